/**
 * Developer tool: guards lexicon edits. The rule for new patterns in `src/features/lexicons/<lang>.json`
 * and `src/features/data/*.json` (legitimacy markers, negation cues…) is that a new pattern may not
 * move any marker on any lure. This tool records, for every posting it reads, the marker flags the
 * feature extractors set (the boolean values of the travel, fees, requirements, legitimacy and contacts
 * families, `legitimacy.licences` when a licence is read, `roles.entryLevel`), the role family, the
 * count of advisory cues and the ids of the signals that fired, and compares two such records.
 *
 * It reads the TRAIN split of corpus/postings (lures, legitimate texts and scams) and the lure rows of
 * the adversarial fixtures (test/fixtures/reviewer-probes.jsonl, test/fixtures/pasted-legitimacy-lures.jsonl).
 * Never the test split: it is for measuring. Only ids are printed, never posting text.
 *
 *   npx tsx src/fit/marker-guard.ts --save test/output/markers-before.json      # before the edit: snapshot the markers
 *   (edit src/features/lexicons/<lang>.json or src/features/data/*.json)
 *   npx tsx src/fit/marker-guard.ts --against test/output/markers-before.json   # after: what moved; exit 1 if a lure got less suspicious
 *   npx tsx src/fit/marker-guard.ts [--lang hin,nep]               # how many lures / legit / scams carry each flag
 *   npx tsx src/fit/marker-guard.ts --help
 *
 * Lexicon edits are read at once (the JSON is imported); an edit of a rule file under rules/ needs
 * `npm run build:rules` before --against, since the screener reads the generated rule pack. A full run
 * over every language screens about 3,300 postings (half a minute); --lang keeps both runs short, and
 * both must use the same --lang (ids on one side only are counted, not compared).
 *
 * With --against it prints, per flag, signal and the advisory-cue count, how many lures, legitimate texts
 * and scams gained or lost it, then every lure whose flags, signals, role family or cues changed. Exit
 * code 1 when a lure moved in the direction that lowers suspicion: it lost a risk flag (a new negation
 * cue shows as that) or a risk signal (kind marker, signal or combination), or gained a legitimacy flag,
 * a mitigating signal or advisory cues. Legitimate texts that gain legitimacy markers are the intended
 * effect of such edits and are only counted. A snapshot is tied to the code that wrote it, not to a
 * model: signals come from the rule pack and features, so refitting the model moves nothing here.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadJsonl } from "../eval/load.js";
import type { RulePackData } from "../rules/pack.js";
import { BUNDLED_RULE_PACK, type ScreenResult, type Screener, createScreener } from "../screen.js";

/** Feature families whose boolean values are recorded as flags ("travel.touristVisa"). */
export const FLAG_FAMILIES = ["travel", "fees", "requirements", "legitimacy", "contacts"] as const;

/** The adversarial fixtures whose lure rows are read, relative to the repository root. */
export const FIXTURE_FILES = ["test/fixtures/reviewer-probes.jsonl", "test/fixtures/pasted-legitimacy-lures.jsonl"] as const;

/** Snapshot format; a file of another format is refused rather than misread. */
export const SNAPSHOT_FORMAT = 1;

/** Labels the tables count, in column order. */
export const LABELS = ["lure", "legit", "scam"] as const;
export type Label = (typeof LABELS)[number];

/** One posting to screen: the corpus or fixture row, without its text in anything that is printed. */
export interface GuardPosting {
  id: string;
  label: string;
  lang: string;
  /** "train" for the corpus's train split, else the fixture's file name without extension. */
  source: string;
  posting: unknown;
}

/** What one posting reads as: the snapshot's value for its id. */
export interface PostingRecord {
  label: string;
  lang: string;
  source: string;
  /** True flag paths, sorted ("fees.upfrontFee", "legitimacy.licences"). */
  flags: string[];
  /** Ids of the signals that fired, sorted. */
  signals: string[];
  roleFamily: string | null;
  /** `legitimacy.advisoryCues`, or null when the features do not expose it. */
  advisoryCues: number | null;
  /** The posting was refused by the schema (it then has no flags). */
  invalid?: true;
}

export interface Snapshot {
  tool: "marker-guard";
  format: number;
  rulePack: string;
  /** Languages the snapshot was restricted to, or null for all. */
  langs: string[] | null;
  /** Kind of every rule of the pack that wrote the snapshot, to classify signals since removed. */
  ruleKinds: Record<string, string>;
  records: Record<string, PostingRecord>;
}

// ---------------------------------------------------------------------------------------------------
// Reading

const jsonlIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(dir, f)) : []);

/**
 * The postings the guard reads: the corpus's train split (every label) and the fixtures' lure rows,
 * restricted to `langs` when given. Ids are unique keys; a fixture id that repeats a corpus id is
 * prefixed with its source.
 */
export function loadPostings(root: string, langs?: readonly string[]): GuardPosting[] {
  const inLangs = (lang: string | undefined): boolean => langs === undefined || (lang !== undefined && langs.includes(lang));
  const out: GuardPosting[] = [];
  const seen = new Set<string>();
  const add = (p: GuardPosting): void => {
    const id = seen.has(p.id) ? `${p.source}/${p.id}` : p.id;
    seen.add(id);
    out.push({ ...p, id });
  };
  for (const r of loadJsonl(jsonlIn(join(root, "corpus/postings")))) {
    if (r.split !== "train" || !inLangs(r.lang)) continue;
    add({ id: r.id, label: r.label ?? "?", lang: r.lang ?? "?", source: "train", posting: r.posting });
  }
  for (const file of FIXTURE_FILES) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const source = basename(file, ".jsonl");
    for (const r of loadJsonl([path])) {
      if (r.label !== "lure" || !inLangs(r.lang)) continue;
      add({ id: r.id, label: r.label, lang: r.lang ?? "?", source, posting: r.posting });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Records

/** The true boolean flags of the recorded families, plus `legitimacy.licences` and `roles.entryLevel`. */
export function markerFlags(features: ScreenResult["features"]): string[] {
  const flags: string[] = [];
  const all = features as unknown as Record<string, Record<string, unknown> | undefined>;
  for (const family of FLAG_FAMILIES) {
    for (const [key, value] of Object.entries(all[family] ?? {})) {
      if (value === true) flags.push(`${family}.${key}`);
    }
  }
  // The one legitimacy marker that is a list: a rule tests it for being non-empty.
  const licences = all.legitimacy?.licences;
  if (Array.isArray(licences) && licences.length > 0) flags.push("legitimacy.licences");
  if (all.roles?.entryLevel === true) flags.push("roles.entryLevel");
  return flags.sort();
}

/** The record of one screened posting. */
export function recordOf(posting: Pick<GuardPosting, "label" | "lang" | "source">, result: ScreenResult): PostingRecord {
  const cues = (result.features.legitimacy as { advisoryCues?: unknown } | undefined)?.advisoryCues;
  return {
    label: posting.label,
    lang: posting.lang,
    source: posting.source,
    flags: markerFlags(result.features),
    signals: [...new Set(result.signals.map((s) => s.id))].sort(),
    roleFamily: result.features.roles?.family ?? null,
    advisoryCues: typeof cues === "number" ? cues : null,
  };
}

/** Screens every posting with the current code and records it. */
export function buildRecords(postings: readonly GuardPosting[], screener: Screener = createScreener()): Record<string, PostingRecord> {
  const records: Record<string, PostingRecord> = {};
  for (const posting of postings) {
    const outcome = screener.safeScreen(posting.posting);
    records[posting.id] = outcome.success
      ? recordOf(posting, outcome.data)
      : { label: posting.label, lang: posting.lang, source: posting.source, flags: [], signals: [], roleFamily: null, advisoryCues: null, invalid: true };
  }
  return records;
}

/** A snapshot of the records, with what is needed to read it later. */
export function makeSnapshot(records: Record<string, PostingRecord>, langs: readonly string[] | null, pack: RulePackData = BUNDLED_RULE_PACK): Snapshot {
  return {
    tool: "marker-guard",
    format: SNAPSHOT_FORMAT,
    rulePack: pack.version,
    langs: langs ? [...langs] : null,
    ruleKinds: Object.fromEntries(pack.rules.map((rule) => [rule.id, rule.kind])),
    records,
  };
}

/** Parses a snapshot file's content; throws with a readable message when it is not one. */
export function parseSnapshot(text: string): Snapshot {
  const value = JSON.parse(text) as Partial<Snapshot>;
  if (value?.tool !== "marker-guard" || value.format !== SNAPSHOT_FORMAT || typeof value.records !== "object" || value.records === null) {
    throw new Error(`not a marker-guard snapshot of format ${SNAPSHOT_FORMAT}; write one with --save`);
  }
  return { ruleKinds: {}, langs: null, rulePack: "?", ...value } as Snapshot;
}

// ---------------------------------------------------------------------------------------------------
// Direction

/** Which way a marker points: towards a lure (risk) or towards a legitimate recruiter or an advisory. */
export type Side = "risk" | "legitimacy";

/**
 * Contact flags outside the mitigating rules' conditions that still speak for the recruiter: each is a
 * way to find the recruiter other than an app, and each clears `contacts.messagingOnly`.
 */
const CONTACT_LEGITIMACY_FLAGS = new Set(["contacts.hasCorporateEmail", "contacts.hasWebsite", "contacts.hasStreetAddress", "contacts.hasLandline"]);

/** Flag paths a mitigating rule tests for being true (`fees.noFeePolicy`, `requirements.seniorQualifications`…). */
export function mitigatingFlagPaths(pack: RulePackData = BUNDLED_RULE_PACK): Set<string> {
  const paths = new Set<string>();
  for (const rule of pack.rules) {
    if (rule.kind !== "mitigating") continue;
    for (const predicate of rule.when ?? []) if (predicate.op === "truthy") paths.add(predicate.path);
  }
  return paths;
}

/**
 * The side of a flag: every legitimacy-family flag, every flag a mitigating rule tests and the contact
 * flags that show where the recruiter can be found are on the legitimacy side; every other flag of
 * travel, fees, requirements, contacts and roles is a risk flag.
 */
export function flagSide(flag: string, mitigating: ReadonlySet<string> = mitigatingFlagPaths()): Side {
  if (flag.startsWith("legitimacy.")) return "legitimacy";
  if (mitigating.has(flag) || CONTACT_LEGITIMACY_FLAGS.has(flag)) return "legitimacy";
  return "risk";
}

/**
 * The side of a signal from its rule's kind: mitigating rules on the legitimacy side; markers, signals
 * and combinations on the risk side. `kinds` are looked up in order (the current pack, then the
 * snapshot's); an unknown rule has no side.
 */
export function signalSide(ruleId: string, ...kinds: readonly Readonly<Record<string, string>>[]): Side | undefined {
  for (const table of kinds) {
    const kind = table[ruleId];
    if (kind === undefined) continue;
    return kind === "mitigating" ? "legitimacy" : "risk";
  }
  return undefined;
}

/** Gaining a risk marker or losing a legitimacy one raises suspicion; the other two lower it. */
export function changeDirection(side: Side, gained: boolean): "lowers" | "raises" {
  return (side === "risk") === gained ? "raises" : "lowers";
}

// ---------------------------------------------------------------------------------------------------
// Diffing

/** One change of one posting. `item` is what the tally counts it under. */
export interface Change {
  /** "travel.touristVisa", "sig:tourist-visa-for-work", "advisoryCues", "roles.family=customer-service" */
  item: string;
  gained: boolean;
  /** As printed: "+travel.touristVisa", "-sig:no-fee-policy", "advisoryCues 0→3", "roles.family other→customer-service" (once per posting). */
  text: string;
  direction: "lowers" | "raises" | "neutral";
}

export interface Classifier {
  mitigatingFlags: ReadonlySet<string>;
  /** Rule kind tables, looked up in order. */
  ruleKinds: readonly Readonly<Record<string, string>>[];
}

/** The classifier of the current rule pack, falling back on the snapshot's rule kinds. */
export function classifierFor(pack: RulePackData = BUNDLED_RULE_PACK, snapshotKinds: Readonly<Record<string, string>> = {}): Classifier {
  return { mitigatingFlags: mitigatingFlagPaths(pack), ruleKinds: [Object.fromEntries(pack.rules.map((r) => [r.id, r.kind])), snapshotKinds] };
}

const setDiff = (a: readonly string[], b: readonly string[]): string[] => {
  const other = new Set(b);
  return a.filter((x) => !other.has(x));
};

/** What changed from `before` to `after` of one posting, flags first, then signals, cues and role. */
export function diffRecord(before: PostingRecord, after: PostingRecord, classifier: Classifier = classifierFor()): Change[] {
  const changes: Change[] = [];
  for (const [gained, list] of [
    [true, setDiff(after.flags, before.flags)],
    [false, setDiff(before.flags, after.flags)],
  ] as const) {
    for (const flag of list) {
      changes.push({ item: flag, gained, text: `${gained ? "+" : "-"}${flag}`, direction: changeDirection(flagSide(flag, classifier.mitigatingFlags), gained) });
    }
  }
  for (const [gained, list] of [
    [true, setDiff(after.signals, before.signals)],
    [false, setDiff(before.signals, after.signals)],
  ] as const) {
    for (const id of list) {
      const side = signalSide(id, ...classifier.ruleKinds);
      changes.push({ item: `sig:${id}`, gained, text: `${gained ? "+" : "-"}sig:${id}`, direction: side ? changeDirection(side, gained) : "neutral" });
    }
  }
  const cuesBefore = before.advisoryCues ?? 0;
  const cuesAfter = after.advisoryCues ?? 0;
  if (cuesBefore !== cuesAfter) {
    const gained = cuesAfter > cuesBefore;
    changes.push({ item: "advisoryCues", gained, text: `advisoryCues ${cuesBefore}→${cuesAfter}`, direction: changeDirection("legitimacy", gained) });
  }
  if (before.roleFamily !== after.roleFamily) {
    const text = `roles.family ${before.roleFamily ?? "none"}→${after.roleFamily ?? "none"}`;
    // The family sets the pay benchmark; what that does shows in the signals, so it has no direction of its own.
    if (before.roleFamily !== null) changes.push({ item: `roles.family=${before.roleFamily}`, gained: false, text, direction: "neutral" });
    if (after.roleFamily !== null) changes.push({ item: `roles.family=${after.roleFamily}`, gained: true, text, direction: "neutral" });
  }
  if (before.invalid !== after.invalid) changes.push({ item: "invalid", gained: after.invalid === true, text: after.invalid ? "+invalid" : "-invalid", direction: "neutral" });
  return changes;
}

/** Per item, how many postings of each label gained and lost it. */
export type Tally = Map<string, Record<Label | "other", { gained: number; lost: number }>>;

export interface ChangedLure {
  id: string;
  source: string;
  lang: string;
  changes: Change[];
  /** Some change lowers suspicion. */
  lowers: boolean;
}

export interface Comparison {
  tally: Tally;
  /** Every lure with a change, in snapshot order. */
  changedLures: ChangedLure[];
  /** Postings with any change, per label. */
  changedByLabel: Record<string, number>;
  compared: number;
  onlyBefore: string[];
  onlyAfter: string[];
}

const labelKey = (label: string): Label | "other" => ((LABELS as readonly string[]).includes(label) ? (label as Label) : "other");

/** Compares the current records with a snapshot's. Ids present on one side only are listed, not diffed. */
export function compareRecords(
  before: Readonly<Record<string, PostingRecord>>,
  after: Readonly<Record<string, PostingRecord>>,
  classifier: Classifier = classifierFor(),
): Comparison {
  const tally: Tally = new Map();
  const changedLures: ChangedLure[] = [];
  const changedByLabel: Record<string, number> = {};
  let compared = 0;
  for (const [id, old] of Object.entries(before)) {
    const now = after[id];
    if (!now) continue;
    compared++;
    const changes = diffRecord(old, now, classifier);
    if (changes.length === 0) continue;
    const label = now.label;
    changedByLabel[label] = (changedByLabel[label] ?? 0) + 1;
    for (const change of changes) {
      let row = tally.get(change.item);
      if (!row) {
        row = { lure: { gained: 0, lost: 0 }, legit: { gained: 0, lost: 0 }, scam: { gained: 0, lost: 0 }, other: { gained: 0, lost: 0 } };
        tally.set(change.item, row);
      }
      row[labelKey(label)][change.gained ? "gained" : "lost"] += 1;
    }
    if (label === "lure") {
      changedLures.push({ id, source: now.source, lang: now.lang, changes, lowers: changes.some((c) => c.direction === "lowers") });
    }
  }
  return {
    tally,
    changedLures,
    changedByLabel,
    compared,
    onlyBefore: Object.keys(before).filter((id) => !(id in after)),
    onlyAfter: Object.keys(after).filter((id) => !(id in before)),
  };
}

/** The exit code of --against: 1 when a lure moved towards lower suspicion. */
export function exitCodeOf(comparison: Comparison): 0 | 1 {
  return comparison.changedLures.some((lure) => lure.lowers) ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------
// Reporting

/** Per flag (and role family, and advisory-cue level), how many postings of each label carry it. */
export function flagCounts(records: Readonly<Record<string, PostingRecord>>): { totals: Record<string, number>; rows: Map<string, Record<string, number>> } {
  const totals: Record<string, number> = {};
  const rows = new Map<string, Record<string, number>>();
  const bump = (item: string, label: string): void => {
    const row = rows.get(item) ?? {};
    row[label] = (row[label] ?? 0) + 1;
    rows.set(item, row);
  };
  for (const record of Object.values(records)) {
    totals[record.label] = (totals[record.label] ?? 0) + 1;
    for (const flag of record.flags) bump(flag, record.label);
    if (record.roleFamily !== null) bump(`roles.family=${record.roleFamily}`, record.label);
    const cues = record.advisoryCues ?? 0;
    if (cues >= 2) bump("advisoryCues>=2", record.label);
    if (cues >= 4) bump("advisoryCues>=4", record.label);
  }
  return { totals, rows: new Map([...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

const sideLabel = (item: string, classifier: Classifier): string => {
  if (item.startsWith("roles.family") || item === "invalid") return "";
  if (item.startsWith("advisoryCues")) return "legitimacy";
  if (item.startsWith("sig:")) return signalSide(item.slice(4), ...classifier.ruleKinds) ?? "?";
  return flagSide(item, classifier.mitigatingFlags);
};

const pct = (n: number, of: number): string => (of > 0 ? `${n} (${((100 * n) / of).toFixed(1)}%)` : `${n}`);

/** The table printed without --save or --against. */
export function formatFlagTable(records: Readonly<Record<string, PostingRecord>>, classifier: Classifier = classifierFor()): string[] {
  const { totals, rows } = flagCounts(records);
  const lines = [
    `${totals.lure ?? 0} lures (train + fixtures), ${totals.legit ?? 0} legitimate texts, ${totals.scam ?? 0} scams (train)`,
    "| marker | side | lures | legit | scams |",
    "|---|---|---:|---:|---:|",
  ];
  for (const [item, row] of rows) {
    lines.push(`| ${item} | ${sideLabel(item, classifier)} | ${pct(row.lure ?? 0, totals.lure ?? 0)} | ${pct(row.legit ?? 0, totals.legit ?? 0)} | ${pct(row.scam ?? 0, totals.scam ?? 0)} |`);
  }
  return lines;
}

/** The report of --against; only ids and marker names, never text. */
export function formatComparison(comparison: Comparison, classifier: Classifier = classifierFor()): string[] {
  const lines: string[] = [];
  const { tally, changedLures, changedByLabel } = comparison;
  const changed = Object.entries(changedByLabel).map(([label, n]) => `${label} ${n}`).join(", ") || "none";
  lines.push(`${comparison.compared} postings compared; changed: ${changed}`);
  if (comparison.onlyBefore.length > 0 || comparison.onlyAfter.length > 0) {
    lines.push(`not compared: ${comparison.onlyBefore.length} only in the snapshot, ${comparison.onlyAfter.length} only now (corpus or --lang changed?)`);
  }
  if (tally.size > 0) {
    lines.push("", "| marker | side | lures +/- | legit +/- | scams +/- |", "|---|---|---:|---:|---:|");
    const cell = (c: { gained: number; lost: number }): string => (c.gained || c.lost ? `+${c.gained} / -${c.lost}` : "");
    for (const [item, row] of [...tally].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      lines.push(`| ${item} | ${sideLabel(item, classifier)} | ${cell(row.lure)} | ${cell(row.legit)} | ${cell(row.scam)} |`);
    }
  }
  const lowering = changedLures.filter((l) => l.lowers).length;
  if (changedLures.length === 0) {
    lines.push("", "no lure changed");
  } else {
    lines.push("", `lures whose markers changed: ${changedLures.length}, ${lowering} towards lower suspicion (marked !)`);
    for (const lure of changedLures) {
      // A change of role family is tallied under both families but printed once.
      const texts = [...new Set(lure.changes.map((c) => c.text))];
      lines.push(`${lure.lowers ? "!" : " "} ${lure.id} [${lure.source}, ${lure.lang}] ${texts.join(" ")}`);
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------
// Command line

export interface Options {
  langs: string[] | null;
  save?: string;
  against?: string;
  help: boolean;
}

export const USAGE = `usage: npx tsx src/fit/marker-guard.ts [--lang hin,nep] [--save before.json | --against before.json]

  --save FILE     write each posting's marker flags and signal ids (train split + fixture lures) to FILE
  --against FILE  compare the current code with FILE; exit 1 when a lure moved towards lower suspicion
  --lang A,B      only these languages (ISO 639-3, as in the corpus); default all
  (neither)       print how many lures / legit / scams carry each flag

workflow: --save test/output/markers-before.json, edit src/features/lexicons or src/features/data, --against test/output/markers-before.json`;

/** Parses the arguments (without node and the script); returns a message on a usage error. */
export function parseArgs(argv: readonly string[]): Options | { error: string } {
  const options: Options = { langs: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) return undefined;
      i++;
      return next;
    };
    if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--lang") {
      const v = value();
      if (!v) return { error: "--lang needs a comma-separated list of languages" };
      options.langs = v.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
    } else if (arg === "--save" || arg === "--against") {
      const v = value();
      if (!v) return { error: `${arg} needs a file` };
      options[arg === "--save" ? "save" : "against"] = v;
    } else return { error: `unknown argument ${arg}` };
  }
  if (options.save !== undefined && options.against !== undefined) return { error: "give --save or --against, not both" };
  return options;
}

function main(): number {
  const parsed = parseArgs(process.argv.slice(2));
  if ("error" in parsed) {
    console.error(`${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    console.log(USAGE);
    return 0;
  }
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const postings = loadPostings(root, parsed.langs ?? undefined);
  if (postings.length === 0) {
    console.error(`no postings${parsed.langs ? ` in ${parsed.langs.join(", ")}` : ""}`);
    return 2;
  }
  for (const lang of parsed.langs ?? []) if (!postings.some((p) => p.lang === lang)) console.warn(`no posting in ${lang}`);
  const screener = createScreener();
  const records = buildRecords(postings, screener);

  if (parsed.save !== undefined) {
    // test/output/, the suggested place, is made by the test run, which a fresh clone may not have had yet.
    mkdirSync(dirname(resolve(parsed.save)), { recursive: true });
    writeFileSync(parsed.save, `${JSON.stringify(makeSnapshot(records, parsed.langs, screener.rulePack))}\n`);
    const lures = postings.filter((p) => p.label === "lure").length;
    console.log(`${postings.length} postings (${lures} lures) recorded in ${parsed.save} (rule pack ${screener.rulePack.version})`);
    return 0;
  }
  if (parsed.against !== undefined) {
    let snapshot: Snapshot;
    try {
      snapshot = parseSnapshot(readFileSync(parsed.against, "utf8"));
    } catch (error) {
      console.error(`${parsed.against}: ${(error as Error).message}`);
      return 2;
    }
    const sameLangs = (snapshot.langs ?? []).join(",") === (parsed.langs ?? []).join(",");
    if (!sameLangs) console.warn(`the snapshot was taken with --lang ${snapshot.langs?.join(",") ?? "(all)"}; only ids on both sides are compared`);
    const classifier = classifierFor(screener.rulePack, snapshot.ruleKinds);
    const comparison = compareRecords(snapshot.records, records, classifier);
    console.log(`against ${parsed.against} (rule pack ${snapshot.rulePack} then, ${screener.rulePack.version} now)`);
    for (const line of formatComparison(comparison, classifier)) console.log(line);
    return exitCodeOf(comparison);
  }
  for (const line of formatFlagTable(records, classifierFor(screener.rulePack))) console.log(line);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
