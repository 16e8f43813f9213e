/**
 * Role family of a posting (indicators §1), plus the lexicon machinery that every lexicon-driven
 * extractor of this folder (roles, requirements, travel, fees, legitimacy) shares.
 */
import type { Evidence, FeatureContext, FieldName, NormalizedField } from "../types.js";
import { escapeRegexChar, trieSource } from "./contacts.js";
import { evidenceFor, uniqueEvidence } from "./evidence.js";
import rolesFamilyData from "./data/roles.json";
import { mergeLanguagePacks } from "./lexicons/index.js";
import { forEachWindowMatch, hasTrigger, lowerBound, requiredLiterals as literalsOf, sharedTriggers } from "./triggers.js";
import { SCRIPTS, type Script, scriptOf } from "../language/scripts.js";

export { matchReach, requiredLiterals } from "./triggers.js";

// ---------------------------------------------------------------------------------------------
// Lexicon machinery
// ---------------------------------------------------------------------------------------------

/** Regex sources by ISO 639-3 language code. */
export type PatternsByLanguage = Readonly<Partial<Record<string, readonly string[]>>>;

/**
 * One lexicon entry as stored in `data/*.json`. `patterns` are attested in a cited source or are
 * ordinary vocabulary of the language; `inferred` are unverified translations that still need a
 * native speaker or a corpus to confirm them.
 */
export interface LexiconEntry {
  sources?: readonly string[];
  note?: string;
  patterns: PatternsByLanguage;
  inferred?: PatternsByLanguage;
  /** When true, a match that the file's negation cues negate does not count. */
  negatable?: boolean;
}

/** Negation cues of a lexicon file, by language. */
export interface NegationCues {
  /** Cues up to three words ahead of a match: "never travel on a tourist visa". */
  before?: PatternsByLanguage;
  /** Cues right ahead of a match: "no free flight", "不是旅游签". */
  beforeAdjacent?: PatternsByLanguage;
  /** Cues right behind a match: "accommodation allowance is not included". */
  after?: PatternsByLanguage;
  /**
   * Prohibitions that govern the rest of their clause however many words follow, up to
   * `CLAUSE_REACH` characters and never across a sentence end: "never travel to Korea or any other
   * country on a tourist or visit visa", "will never ask you to pay a fee, send money by M-Pesa, or
   * travel on a visitor visa". Legitimate agencies write such warnings; `before` reaches three words.
   */
  clauseBefore?: PatternsByLanguage;
  /**
   * Headers that open a list of warning signs ("Walk away if:", "Red flags", "Signs of a fake job"):
   * every item under such a header, up to a blank line, a ticked line or the next header and at most
   * `SECTION_REACH` characters on, is something the reader must refuse. Advisories set the lures'
   * offers out this way, one per bullet, with no negation inside the item ("• You are told to travel
   * on a visit visa"). A header matches at the start of a line, after bullets or emoji.
   */
  sectionBefore?: PatternsByLanguage;
}

/**
 * Digits of every script the lexicons cover: NFKC leaves Arabic-Indic (Arabic, Urdu), Devanagari,
 * Bengali, Thai, Lao, Burmese and Khmer digits alone.
 */
const DIGIT =
  "[0-9\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\u09e6-\\u09ef\\u0e50-\\u0e59\\u0ed0-\\u0ed9\\u1040-\\u1049\\u17e0-\\u17e9]";
const NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten";
/** Placeholders lexicon authors may use; each expands to exactly one capturing group. */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  "{n}": `(${DIGIT}{1,3})`,
  "{y}": `(${DIGIT}{1,2}|[一二两兩三四五六七八九十]{1,3}|${NUMBER_WORDS})`,
};

/**
 * Turns a lexicon pattern into a regex source. Lexicons are written for normalised text, so the
 * pattern is put through NFKC like the text is (Thai SARA AM, for one, decomposes). Outside
 * character classes a literal space stands for one to three whitespace characters and ` ?` for up to
 * three, because posters break lines and double-space at random; `{n}` and `{y}` capture a number.
 */
export function expandPattern(raw: string): string {
  const source = raw.normalize("NFKC");
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      out += ch + (source[i + 1] ?? "");
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      out += ch;
      continue;
    }
    if (ch === " ") {
      if (source[i + 1] === "?") {
        out += "\\s{0,3}";
        i += 1;
      } else {
        out += "\\s{1,3}";
      }
      continue;
    }
    if (ch === "{") {
      const expansion = PLACEHOLDERS[source.slice(i, i + 3)];
      if (expansion) {
        out += expansion;
        i += 2;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

/** Every pattern of some language-keyed lists, expanded. */
export function languageSources(...lists: readonly (PatternsByLanguage | undefined)[]): string[] {
  const sources: string[] = [];
  for (const byLanguage of lists) {
    if (!byLanguage) continue;
    for (const patterns of Object.values(byLanguage)) {
      for (const pattern of patterns ?? []) sources.push(expandPattern(pattern));
    }
  }
  return sources;
}

/** Every pattern of a lexicon entry, attested and inferred, all languages, expanded. */
export function entrySources(entry: LexiconEntry): string[] {
  return languageSources(entry.patterns, entry.inferred);
}

/** Every lexicon pattern of every extractor, beside the rule patterns: one scan of a field serves them all. */
const REGISTRY = sharedTriggers;

const LEXICON_LOADERS: (() => void)[] = [];

/**
 * A lexicon family's patterns and cues, built on first use: expanding and registering thousands of
 * patterns was most of the library's import time (cold import is a benchmark target), and the first
 * screen pays it instead. The first use of any family builds every family defined so far, in the
 * order their modules defined them, so the trigger registry is built once, not once per family.
 */
export function defineLexicon<T extends object>(build: () => T): () => T {
  let built: T | undefined;
  LEXICON_LOADERS.push(() => {
    built ??= build();
  });
  return () => {
    if (built === undefined) loadLexicons();
    return built!;
  };
}

function loadLexicons(): void {
  for (const load of LEXICON_LOADERS) load();
}

/** Every registered lexicon pattern source (all extractors); exposed so the ReDoS test can check each one. */
export function registeredPatternSources(): readonly string[] {
  loadLexicons();
  return REGISTRY.allSources().flatMap((source) => GATE_ALTERNATIVES.get(source) ?? [source]);
}

/** Sources that run on every field because no literal triggers them; exposed for tests. */
export function untriggeredPatternSources(): string[] {
  loadLexicons();
  return REGISTRY.untriggeredSources();
}

/** A set of keyed patterns registered with the shared trigger index. */
export class PatternSet<K extends string> {
  /** Registry ids of this set, ascending: a set registers all its patterns in one go. */
  private readonly ids: number[] = [];
  private readonly keys: K[] = [];

  /** Registers expanded sources under a key; order is kept. */
  add(key: K, sources: readonly string[]): this {
    for (const source of sources) {
      this.ids.push(REGISTRY.register(source));
      this.keys.push(key);
    }
    return this;
  }

  /**
   * Calls `visit` for every match of every pattern that the field's text can trigger, pattern by
   * pattern in registration order. `visit` returns false to stop early; with `firstOnly`, only the
   * first match of each pattern is visited, where a match `visit` answers "skip" to does not count as
   * the first.
   */
  forEachMatch(
    field: NormalizedField,
    visit: (key: K, match: RegExpExecArray) => boolean | void | "skip",
    firstOnly = false,
  ): void {
    if (this.ids.length === 0) return;
    const scan = REGISTRY.scanOf(field);
    const hits = scan.hits;
    const first = this.ids[0]!;
    const last = this.ids[this.ids.length - 1]!;
    let local = 0;
    let stopped = false;
    const consecutive = last - first === this.ids.length - 1;
    for (let h = lowerBound(hits, first); h < hits.length && hits[h]! <= last && !stopped; h++) {
      const id = hits[h]!;
      // Sets registered in one go hold consecutive ids, and a hit's place in the set is its offset;
      // the walk keeps this correct if a set's ids were not consecutive.
      if (consecutive) local = id - first;
      else while (local < this.ids.length && this.ids[local]! < id) local += 1;
      if (this.ids[local] !== id) continue;
      const key = this.keys[local]!;
      forEachWindowMatch(field.text, scan, h, REGISTRY.regex(id), (match) => {
        const answer = visit(key, match);
        if (answer === "skip") return true;
        stopped = answer === false;
        return !stopped && !firstOnly;
      });
    }
  }
}

/** Builds a pattern set from the flag entries of a lexicon file. */
export function flagPatterns<F extends string>(
  entries: Readonly<Partial<Record<string, LexiconEntry>>>,
  flags: readonly F[],
): PatternSet<F> {
  const set = new PatternSet<F>();
  for (const flag of flags) {
    const entry = entries[flag];
    if (entry) set.add(flag, entrySources(entry));
  }
  return set;
}

// --- Cues and filters ---------------------------------------------------------------------------

/** Compiles a cue list into a regex that must end exactly where a match starts (`…cue gap$`). */
export function compilePrecedingCue(cues: PatternsByLanguage | undefined, gap = `[^${CLAUSE_END}]{0,20}`): RegExp | null {
  return gatedCue(languageSources(cues), (sources) => new RegExp(`(?:${sources.join("|")})${gap}$`));
}

// --- Script gating of cue lists ------------------------------------------------------------------

/** A bit per script; Latin has none, since any text may hold it, and neither has a code point of no script. */
const SCRIPT_BITS = new Map<Script, number>(SCRIPTS.filter((script) => script !== "latin").map((script, i) => [script, 1 << i]));

function scriptBit(code: number): number {
  const script = scriptOf(code);
  return script === null ? 0 : (SCRIPT_BITS.get(script) ?? 0);
}

function scriptsOf(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0370) mask |= scriptBit(code);
  }
  return mask;
}

/**
 * The scripts one of which every match of a cue source contains, from the literals every match
 * holds (`requiredLiterals`); 0 when a match may be written in Latin letters alone, or the source
 * has no such literals.
 */
function scriptsRequired(source: string): number {
  const literals = literalsOf(source);
  if (!literals || literals.length === 0) return 0;
  let mask = 0;
  for (const literal of literals) {
    const scripts = scriptsOf(literal);
    if (scripts === 0) return 0;
    mask |= scripts;
  }
  return mask;
}

/** Most script combinations a gated cue keeps a regex for; past it, the whole list runs. */
const MAX_GATED_VARIANTS = 64;

interface ScriptGate {
  sources: string[];
  scripts: number[];
  build: (sources: string[]) => RegExp;
  variants: Map<number, RegExp | null>;
}

const CUE_GATES = new WeakMap<RegExp, ScriptGate>();

/**
 * One regex for a cue list, and beside it (in `CUE_GATES`) what each cue needs: the cue lists of all
 * languages run after every match, and a Korean, Thai or Devanagari cue, which needs its own letters,
 * cannot match a stretch of English. `cueFor` picks the cues a stretch's scripts allow; the answer of
 * `test` is the same, at a fraction of the alternatives.
 */
function gatedCue(sources: string[], build: (sources: string[]) => RegExp): RegExp | null {
  if (sources.length === 0) return null;
  const full = withLiteralGate(build(sources), sources, build);
  const scripts = sources.map(scriptsRequired);
  if (scripts.some((mask) => mask !== 0)) CUE_GATES.set(full, { sources, scripts, build, variants: new Map() });
  return full;
}

/** The regex of `cue` with only the cues the scripts of `stretch` allow (null: none can match). */
function cueFor(cue: RegExp, stretch: string): RegExp | null {
  const gate = CUE_GATES.get(cue);
  if (!gate) return cue;
  const mask = scriptsOf(stretch);
  let variant = gate.variants.get(mask);
  if (variant === undefined) {
    if (gate.variants.size >= MAX_GATED_VARIANTS) return cue;
    const kept = gate.sources.filter((_, i) => gate.scripts[i] === 0 || (gate.scripts[i]! & mask) !== 0);
    variant = kept.length === 0 ? null : kept.length === gate.sources.length ? cue : withLiteralGate(gate.build(kept), kept, gate.build);
    gate.variants.set(mask, variant);
  }
  return variant;
}

/**
 * What a cue list's literals tell about a stretch (see `LiteralSubsets`), per cue regex; absent when
 * some cue of the list has no literals.
 */
const CUE_SUBSETS = new WeakMap<RegExp, LiteralSubsets>();
/** The same cues and their gates, listed for the test that checks each against its cue over the corpus. */
const GATED_CUES: (readonly [cue: RegExp, gate: RegExp])[] = [];

function withLiteralGate(cue: RegExp, sources: string[], build: (sources: string[]) => RegExp): RegExp {
  const subsets = literalSubsetsOf(sources, build);
  if (subsets !== null) {
    CUE_SUBSETS.set(cue, subsets);
    GATED_CUES.push([cue, subsets.gate]);
  }
  return cue;
}

/**
 * A list's sources by the literals of which every match of each holds one (see `requiredLiterals`).
 * Two uses, cheapest first:
 * - `gate`, one regex over all the literals, shaped as one trie and with whitespace read as any run
 *   of it: where a stretch holds none, no source can match. A cue list is up to 190 cues of every
 *   language, each tried at every position of the stretch, and most stretches hold none of their
 *   literals;
 * - past the gate, the regex of only the sources whose literals the stretch holds
 *   (`regexOfSourcesIn`). The whole list still ran at each position, and on Devanagari, Thai or Korean
 *   text that cost up to a millisecond a try; a stretch holds the literals of a few sources at most,
 *   and those few run in a regex built once per combination.
 */
interface LiteralSubsets {
  gate: RegExp;
  sources: readonly string[];
  build: (sources: string[]) => RegExp;
  /** Each literal once, whitespace as one space, with the indices (into `sources`) of the sources that need it. */
  literals: string[];
  holders: number[][];
  /** Literal indices by the literal's first UTF-16 unit. */
  byFirstUnit: Map<number, number[]>;
  regexes: Map<string, RegExp>;
}

/** Most regexes of source combinations one list keeps; past it, the whole list runs. */
const MAX_SUBSET_REGEXES = 256;
const WHITESPACE_RUNS = /\s+/g;

/** The literal subsets of a list (null when some source has no literals); `build` joins sources into the list's regex. */
function literalSubsetsOf(sources: string[], build: (sources: string[]) => RegExp): LiteralSubsets | null {
  const literals: string[] = [];
  const holders: number[][] = [];
  const indexOf = new Map<string, number>();
  for (let s = 0; s < sources.length; s++) {
    const required = literalsOf(sources[s]!);
    if (!required || required.length === 0 || required.some((literal) => literal.trim() === "")) return null;
    for (const literal of required) {
      // Whitespace in a literal stands for any run of it: one space here, as in the stretch `regexOfSourcesIn` reads.
      const key = literal.replace(WHITESPACE_RUNS, " ");
      let index = indexOf.get(key);
      if (index === undefined) {
        index = literals.push(key) - 1;
        holders.push([]);
        indexOf.set(key, index);
      }
      if (!holders[index]!.includes(s)) holders[index]!.push(s);
    }
  }
  const byFirstUnit = new Map<number, number[]>();
  literals.forEach((literal, index) => {
    const unit = literal.charCodeAt(0);
    const list = byFirstUnit.get(unit);
    if (list) list.push(index);
    else byFirstUnit.set(unit, [index]);
  });
  const units = (literal: string): string[] => Array.from(literal, (ch) => (ch === " " ? "\\s+" : escapeRegexChar(ch)));
  const gate = new RegExp(trieSource(literals.map((literal) => ({ units: units(literal) }))));
  return { gate, sources, build, literals, holders, byFirstUnit, regexes: new Map() };
}

/**
 * The regex of the sources whose literals `stretch` holds (null: none does, so none can match), or
 * `whole` when they are all of them or too many combinations were seen.
 */
function regexOfSourcesIn(subsets: LiteralSubsets, stretch: string, whole: RegExp): RegExp | null {
  if (!subsets.gate.test(stretch)) return null;
  const text = stretch.replace(WHITESPACE_RUNS, " ");
  let held: number[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const candidates = subsets.byFirstUnit.get(text.charCodeAt(i));
    if (candidates === undefined) continue;
    for (const l of candidates) {
      if (!text.startsWith(subsets.literals[l]!, i)) continue;
      for (const source of subsets.holders[l]!) if (held === null || !held.includes(source)) (held ??= []).push(source);
    }
  }
  if (held === null) return null;
  return subsetRegex(subsets.regexes, held, subsets.sources, whole, subsets.build);
}

/**
 * The regex `build` makes of the `kept` indices of `sources` (sorted here), kept in `regexes` by
 * combination: `whole` when they are all of them, or once `MAX_SUBSET_REGEXES` combinations are kept.
 */
function subsetRegex(regexes: Map<string, RegExp>, kept: number[], sources: readonly string[], whole: RegExp, build: (kept: string[]) => RegExp): RegExp {
  if (kept.length === sources.length) return whole;
  kept.sort((a, b) => a - b);
  const key = kept.join(",");
  let regex = regexes.get(key);
  if (regex === undefined) {
    if (regexes.size >= MAX_SUBSET_REGEXES) return whole;
    regex = build(kept.map((index) => sources[index]!));
    regexes.set(key, regex);
  }
  return regex;
}

/** Every cue regex built so far that has a literal gate, with its gate (see `withLiteralGate`), for tests. */
export function literalGatedCues(): readonly (readonly [cue: RegExp, gate: RegExp])[] {
  return GATED_CUES;
}

/** The literal gate of a cue regex (see `LiteralSubsets`), for tests; undefined when it has none. */
export function cueLiteralGate(cue: RegExp): RegExp | undefined {
  return CUE_SUBSETS.get(cue)?.gate;
}

/**
 * The regex that reading `stretch` with `cue` runs: the cues whose literals the stretch holds, the
 * whole list when it has no literal gate, or null when none can match. Exported for tests.
 */
export function cueRegexFor(cue: RegExp, stretch: string): RegExp | null {
  const subsets = CUE_SUBSETS.get(cue);
  return subsets === undefined ? cue : regexOfSourcesIn(subsets, stretch, cue);
}

/** Whether `cue` matches somewhere in `stretch`, running only the cues whose literals it holds. */
export function cueMatches(cue: RegExp | null, stretch: string): boolean {
  return cue !== null && (cueRegexFor(cue, stretch)?.test(stretch) ?? false);
}

/**
 * Characters that end a sentence, for the gaps a cue may reach across: Latin and CJK stops, and the
 * danda (।, ॥) of Hindi, Bengali and Nepali, without which a negation in the next sentence cancelled a match.
 */
export const SENTENCE_END = ".;!?\\n。！？।॥";

/** Sentence ends and the commas and colons that end a clause, for the gaps a preceding cue may reach across. */
export const CLAUSE_END = `,:，、${SENTENCE_END}`;

/** Compiles a cue list into a regex that must start right after a match (`^gap cue…`). */
export function compileFollowingCue(cues: PatternsByLanguage | undefined, gap = `[^${SENTENCE_END}]{0,25}?`): RegExp | null {
  return gatedCue(languageSources(cues), (sources) => new RegExp(`^${gap}(?:${sources.join("|")})`));
}

/** How far before and after a match cue regexes look. */
const CUE_WINDOW = 40;

/** True when `cue` matches the text just before [start, …). */
export function precededBy(text: string, start: number, cue: RegExp | null, window = CUE_WINDOW): boolean {
  if (cue === null) return false;
  const stretch = text.slice(Math.max(0, start - window), start);
  return cueMatches(cueFor(cue, stretch), stretch);
}

/** True when `cue` matches the text just after […, end). */
export function followedBy(text: string, end: number, cue: RegExp | null, window = CUE_WINDOW): boolean {
  if (cue === null) return false;
  const stretch = text.slice(end, end + window);
  return cueMatches(cueFor(cue, stretch), stretch);
}

/** Decides whether one match (a span of the field's normalised text) counts. */
export type MatchFilter = (field: NormalizedField, start: number, end: number) => boolean;

/** Up to three words, so that a negator reaches its verb's object but not the next clause. */
const WORD_GAP = `(?:[^\\S\\n\\r]+[^\\s${CLAUSE_END}]+){0,3}[^\\S\\n\\r]*`;

/** How far back a clause-governing prohibition (`NegationCues.clauseBefore`) reaches. */
const CLAUSE_REACH = 100;

/**
 * How far back the header of a list of warning signs (`NegationCues.sectionBefore`) reaches: a
 * notice's seven numbered signs, each a sentence, run past 600 characters.
 */
const SECTION_REACH = 900;

/** Most characters of bullets, numbering and emoji before a list header or item (`LINE_LEAD`). */
const LINE_LEAD_LENGTH = 8;
/** Bullets, numbering and emoji a list header or item may start with. */
const LINE_LEAD = `[\\s\\-–—•*·●○■□▪▫◆◇►▶▸✖✗✘❌❎⛔⚠\\ufe0f!#>.()\\d]{0,${LINE_LEAD_LENGTH}}`;

/** What may follow a header on its own line: a few words, then a colon or nothing. */
const HEADER_REST = /^[^\n.!?。！？।]{0,30}[:：!！]?[\s\p{Extended_Pictographic}\ufe0f]*$/u;
/**
 * Most UTF-16 units `HEADER_REST` reads before its closing run of spaces and emoji: 30 code points of
 * two units at most, and the colon.
 */
const HEADER_REST_LEAD = 61;
/** A character of `HEADER_REST`'s closing run. */
const HEADER_REST_TRAILER = /^[\s\p{Extended_Pictographic}\ufe0f]$/u;

/**
 * A sentence ending between a header and a match on the header's own line: "Walk away if anyone asks
 * a fee! We process the work permit after arrival." borrows the header, and the lure's own sentence
 * follows it. Numbering ("1. fees") ends nothing.
 */
const SENTENCE_BREAK = /(?<!\d)[.!?](?:\s|$)|[。！？।]/;

/** Lines that open another list: ticks, or a short line ending in a colon. */
const OTHER_HEADER = /^[\s\-–—•*·]{0,4}[✅✔☑]|^[^\n]{0,60}[:：]\s*$/;

/** Compiles header cues into a regex matching at the start of a line. */
export function compileSectionCue(cues: PatternsByLanguage | undefined): RegExp | null {
  const sources = languageSources(cues);
  if (sources.length === 0) return null;
  const header = new RegExp(`^${LINE_LEAD}(?:${sources.join("|")})`);
  HEADER_ALTERNATIVES.set(header.source, sources);
  return header;
}

/** The header sources each compiled header regex joins, by the regex's source. */
const HEADER_ALTERNATIVES = new Map<string, readonly string[]>();

/** The first line of a numbered or bulleted list ("1. ", "2)", "1️⃣", "• ", "- "). */
// Emoji bullets outside the BMP (🔸🔹🔶🔷🔺🔻 👉 🚩) are written as surrogate pairs: the regex has no u flag.
// Circled numbers (①②③) fold to a digit and a space ("1 …"), hence the digit before a letter.
const LIST_ITEM = /^[^\S\n]{0,4}(?:\d{1,2}(?:[.)]|\ufe0f?\u20e3| (?=[^\s\d]))|[-–—•*·●○■□▪▫◆◇►▶▸➤➢→❗✖✗✘❌❎⛔⚠]|\ud83d[\udd36-\udd3b\udc49\udea9])/;

/**
 * A line in the ad's own voice ("हमारे यहाँ ऐसा कुछ नहीं", "Humare yahan dono nahi!", "hamro ma tyasto
 * chaina", "We pay on time"): the list of warning signs above it has ended, and what follows is what
 * the ad offers. Lures set their own offer right under rivals' red flags this way. A short line that ends
 * in a colon ("We have seen these:") introduces the list instead; the look-ahead is bounded, since a
 * one-line field of any length reaches it once per match.
 */
const OWN_VOICE_LINE =
  /^[^\S\n]{0,4}(?:[-–—•*·][^\S\n]{0,2})?(?:hum|humare|hamare|hamara|humara|hamari|humari|hamre|humko|hamko|हम|हमारे|हमारा|हमारी|हमें|हाम्रो|हाम्रा|हाम्री|हामी|हामीले|hamro|hamra|hami|hamile|we|our|ours)(?![\p{L}\p{M}])(?![^\n]{0,120}[:：][^\S\n]{0,8}$)/iu;

const INDENTED = /^[^\S\n]/;

/** How much of a line's end may hold a header that closes it ("… before applying, watch for these 7 signs"). */
const LINE_TAIL = 120;

/**
 * The header regex unanchored, for a header that ends an introductory line rather than opening one:
 * "Lately many ads lure people abroad. Before applying, watch for these 7 signs" over a numbered list;
 * and a gate that says where the trigger scan found its words.
 */
interface TailHeader {
  regex: RegExp;
  /**
   * The alternatives by their literals (see `LiteralSubsets`), null when one has none: the tail regex
   * joins every language's headers and is tried at each of up to 120 characters, and on a line of Thai
   * one search took about a millisecond; the lines above every list item of an advisory are searched.
   */
  subsets: LiteralSubsets | null;
  near: CueGate;
  /**
   * Whether a match of the tail may start in [from, to): `near` for each alternative apart, whose
   * windows reach only as far before its words as that alternative can. The joined alternatives'
   * windows reach as far as the longest one, so a header word anywhere in a paragraph's first hundred
   * characters passed `near` at the paragraph's start.
   */
  startsNear: CueGate;
  /**
   * The header regex, sticky at a line start, of just the alternatives a match of which may start in
   * [from, to) (as `startsNear` tells them apart); null when none may. Every language's headers ran
   * at each line start where one header's words were near: on Thai postings a tenth of screening went
   * to that one search. Tested for a yes or no only, so leaving out alternatives that cannot match
   * changes no answer.
   */
  lineHeader: (field: NormalizedField, from: number, to: number) => RegExp | null;
  /** The same choice as `lineHeader`, for the header regex itself (`^`, no flags), as `inWarningSection` runs it on a line's slice. */
  sliceHeader: (field: NormalizedField, from: number, to: number) => RegExp | null;
}
const TAIL_HEADERS = new Map<string, TailHeader>();
function tailHeader(header: RegExp): TailHeader {
  let tail = TAIL_HEADERS.get(header.source);
  if (!tail) {
    const lead = `^${LINE_LEAD}`;
    const source = header.source.startsWith(lead) ? header.source.slice(lead.length) : header.source;
    const alternatives = HEADER_ALTERNATIVES.get(header.source) ?? [source];
    const build = (kept: string[]): RegExp => new RegExp(kept.length === alternatives.length ? source : `(?:${kept.join("|")})`, "g");
    // `m` lets a header that must end its line ("no viajes si:$") end there, as it does in the line's own slice.
    const atLine = (kept: readonly string[]): RegExp => new RegExp(`${LINE_LEAD}(?:${kept.join("|")})`, "my");
    tail = {
      regex: new RegExp(source, "g"),
      subsets: literalSubsetsOf([...alternatives], build),
      near: sourceGate(source, alternatives),
      startsNear: alternativesGate(alternatives),
      lineHeader: header.source.startsWith(lead) ? alternativesRegexFor(alternatives, atLine) : constant(new RegExp(header.source.replace(/^\^/, ""), "my")),
      sliceHeader: header.source.startsWith(lead) ? alternativesRegexFor(alternatives, (kept) => new RegExp(`${lead}(?:${kept.join("|")})`)) : constant(header),
    };
    TAIL_HEADERS.set(header.source, tail);
  }
  return tail;
}

const constant =
  <T>(value: T) =>
  (): T =>
    value;

/**
 * The regex `build` makes of the alternatives that may start in [from, to) of the field (see
 * `alternativesGate`), built once per combination (at most `MAX_SUBSET_REGEXES`, then all of them);
 * null when none may. Alternatives without words to trigger on may start anywhere: all of them run.
 */
function alternativesRegexFor(
  alternatives: readonly string[],
  build: (kept: readonly string[]) => RegExp,
): (field: NormalizedField, from: number, to: number) => RegExp | null {
  const whole = build(alternatives);
  if (!alternatives.every(hasTrigger)) return constant(whole);
  const alternativesOfId = new Map<number, number[]>();
  alternatives.forEach((alternative, index) => {
    const id = sharedTriggers.register(alternative, "g", true);
    alternativesOfId.set(id, [...(alternativesOfId.get(id) ?? []), index]);
  });
  const ids = Int32Array.from(alternativesOfId.keys()).sort();
  const regexes = new Map<string, RegExp>();
  return (field, from, to) => {
    const kept: number[] = [];
    forEachIdStartingIn(ids, field, from, to, (id) => {
      kept.push(...alternativesOfId.get(id)!);
      return true;
    });
    return kept.length === 0 ? null : subsetRegex(regexes, kept, alternatives, whole, build);
  };
}

/**
 * Whether a match of some alternative may start in [from, to) of the field: a window of the
 * alternative's own (registered alone with the trigger scan) overlaps it. Every match of an
 * alternative holds an occurrence of its words and starts within its lead before it, whatever the
 * regex's flags, in the whole text or in a slice of it (see `closesALineAboveAList` for the one place
 * a slice differs). An alternative without words to trigger on may start anywhere.
 */
function alternativesGate(alternatives: readonly string[]): CueGate {
  if (!alternatives.every(hasTrigger)) return () => true;
  const ids = Int32Array.from(new Set(alternatives.map((alternative) => sharedTriggers.register(alternative, "g", true)))).sort();
  return (field, from, to) => {
    let found = false;
    forEachIdStartingIn(ids, field, from, to, () => {
      found = true;
      return false;
    });
    return found;
  };
}

/**
 * Calls `visit` with each of the registered ids (ascending) a window of which, in the field's scan,
 * overlaps [from, to), until it returns false.
 */
function forEachIdStartingIn(ids: Int32Array, field: NormalizedField, from: number, to: number, visit: (id: number) => boolean): void {
  const scan = sharedTriggers.scanOf(field);
  const hits = scan.hits;
  let h = lowerBound(hits, ids[0]!);
  for (let i = 0; i < ids.length && h < hits.length; i++) {
    const id = ids[i]!;
    while (h < hits.length && hits[h]! < id) h += 1;
    if (hits[h] !== id) continue;
    for (let w = scan.first[h]!; w < scan.first[h + 1]!; w++) {
      if (scan.from[w]! < to && scan.to[w]! > from) {
        if (!visit(id)) return;
        break;
      }
    }
  }
}

/**
 * Whether some line of the field right above a list item (past at most one blank line) ends with a
 * header. Ads are full of bulleted lists: only lines where the trigger scan found a header's words
 * are searched, for searching above every item cost a fifth of screening real job-board ads.
 */
function closesALineAboveAList(field: NormalizedField, header: RegExp): boolean {
  const { near, startsNear } = tailHeader(header);
  const text = field.text;
  // Lines read top down; `above` is where the last non-blank line starts, `blanks` the blank lines since it.
  let above = -1;
  let aboveEnd = -1;
  let blanks = 0;
  for (let line = 0; line <= text.length; ) {
    const newline = text.indexOf("\n", line);
    const end = newline < 0 ? text.length : newline;
    const content = text.slice(line, end);
    if (content.trim() === "") blanks += 1;
    else {
      if (above >= 0 && blanks <= 1 && LIST_ITEM.test(content) && near(field, above, aboveEnd) && tailMayStart(field, above, aboveEnd, startsNear) && endsWithHeader(text.slice(above, aboveEnd), header)) return true;
      above = line;
      aboveEnd = end;
      blanks = 0;
    }
    if (newline < 0) break;
    line = newline + 1;
  }
  return false;
}

/**
 * Whether `endsWithHeader` may find a header in the line [start, end) of the field: some alternative's
 * window reaches the stretch it searches (the line's last `LINE_TAIL` characters). It searches a slice,
 * where `\b` holds at the slice's first character whatever came before it; a word the trigger scan
 * read as inside a word could start a match there, so such a cut is searched whatever the windows say.
 */
function tailMayStart(field: NormalizedField, start: number, end: number, startsNear: CueGate): boolean {
  const from = start + Math.max(0, end - start - LINE_TAIL);
  const text = field.text;
  if (from > start && isAsciiWordCode(text.charCodeAt(from - 1)) && isAsciiWordCode(text.charCodeAt(from))) return true;
  // A header that closes the line leaves only `HEADER_REST` after it, so it ends at or after
  // `lastEnd`; a match ends before its window does, so only windows reaching past `lastEnd` count.
  const lastEnd = end - HEADER_REST_LEAD - trailingRunLength(text, start, end);
  return startsNear(field, Math.max(from, lastEnd - 1), end + 1);
}

/** UTF-16 units of the longest run of `HEADER_REST_TRAILER` characters ending [start, end) of the text. */
function trailingRunLength(text: string, start: number, end: number): number {
  let at = end;
  while (at > start) {
    const low = text.charCodeAt(at - 1);
    const high = at - 2 >= start ? text.charCodeAt(at - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!HEADER_REST_TRAILER.test(text.slice(at - width, at))) break;
    at -= width;
  }
  return end - at;
}

/** A word character as `\b` reads it without the `u` and `i` flags. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95;
}

/** Whether the line ends with a header of the cue, with only `HEADER_REST` after it. */
function endsWithHeader(line: string, header: RegExp): boolean {
  const { regex: whole, subsets } = tailHeader(header);
  const from = Math.max(0, line.length - LINE_TAIL);
  const text = line.slice(from);
  // The alternatives left out hold none of their literals here, so cannot match: the matches, and
  // the order they are found in, are the whole tail's.
  const tail = subsets === null ? whole : regexOfSourcesIn(subsets, text, whole);
  if (tail === null) return false;
  tail.lastIndex = 0;
  for (let found = tail.exec(text); found !== null; found = tail.exec(text)) {
    if (HEADER_REST.test(text.slice(found.index + found[0].length))) return true;
    tail.lastIndex = found.index + 1;
  }
  return false;
}

/**
 * True when [start, …) lies in a list opened by a header `header` matches: the header is on the
 * match's own line (before the match) or on a line above it, with no ticked line or other header in
 * between and no blank line other than one right under the header, within `SECTION_REACH` characters.
 */
export function inWarningSection(
  text: string,
  start: number,
  header: RegExp | null,
  headerAt: (from: number, to: number) => RegExp | null = () => header,
): boolean {
  if (header === null) return false;
  const floor = Math.max(0, start - SECTION_REACH);
  let lineEnd = start;
  let lineStart = text.lastIndexOf("\n", start - 1) + 1;
  // Notices set a blank line between a heading and its numbered list ("Red flags:\n\n1. …"); a blank
  // line anywhere else ends the list, so after one only the header itself may come.
  let blankCrossed = false;
  // The nearest non-blank line below the one read: a list's first item, when the line read is its header.
  let below = "";
  // Whether the line read is neither blank, nor a list item, nor an item's indented continuation.
  let unbulletedStart = false;
  for (let own = true; lineStart >= floor; own = false) {
    const line = text.slice(lineStart, lineEnd);
    // Only the headers whose words may start the line can match: the alternatives it leaves out, so the first match is the same.
    const found = headerAt(lineStart, Math.min(lineEnd, lineStart + LINE_LEAD_LENGTH) + 1)?.exec(line) ?? null;
    // On the match's own line, the header governs up to the first sentence end; on a line above, it
    // must stand alone ("Walk away if:"): a line that goes on into a sentence ("Red flags to avoid:
    // agents who ask for fees.") is an item of its own, not a heading.
    if (found && (own ? !SENTENCE_BREAK.test(line.slice(found[0].length)) : HEADER_REST.test(line.slice(found[0].length)))) return true;
    // Or it closes an introductory line, right above a numbered or bulleted list.
    if (!own && LIST_ITEM.test(below) && endsWithHeader(line, header)) return true;
    if (OWN_VOICE_LINE.test(line)) return false;
    // A plain line under a bulleted list lies past its end: the list's items carry the bullets.
    if (!own && LIST_ITEM.test(line) && unbulletedStart) return false;
    // An indented line carries on the item above it (a bullet wrapped onto a second line).
    if (own) unbulletedStart = line.trim() !== "" && !LIST_ITEM.test(line) && !INDENTED.test(line);
    if (line.trim() !== "") below = line;
    if (!own) {
      if (line.trim() === "") {
        if (blankCrossed) return false;
        blankCrossed = true;
      } else if (blankCrossed || OTHER_HEADER.test(line)) return false;
    }
    if (lineStart === 0) return false;
    lineEnd = lineStart - 1;
    lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
  }
  return false;
}

/**
 * Whether any line of a field opens with a header of the given cue, cached per field. Most ads hold
 * no list of warning signs, and for them the walk back over the lines before each match is skipped:
 * without this, an ad of 50,000 pay figures spent most of a second on it.
 */
function headerPresence(header: RegExp): (field: NormalizedField) => boolean {
  const known = PRESENCE_BY_SOURCE.get(header.source);
  if (known) return known;
  // Tried at each line start, sticky (see `TailHeader.lineHeader`): one search of the whole field cost
  // ten times as much. Registered with the trigger scan now, while the lexicons are set up, rather
  // than mid-screen.
  const { near, lineHeader } = tailHeader(header);
  const cache = new WeakMap<NormalizedField, boolean>();
  const presence = (field: NormalizedField): boolean => {
    let present = cache.get(field);
    if (present === undefined) {
      present = false;
      const text = field.text;
      for (let line = 0; line >= 0 && line < text.length; ) {
        const end = text.indexOf("\n", line);
        // A header at the line's start holds the words of its tail there: a line where the trigger
        // scan found none skips the regex, whose lazy gaps tried every language's headers at each of
        // up to 200 characters (a tenth of screening an ad once advisories' headers had grown). The
        // tail's match starts within the lead, so only the windows that reach the line's first
        // characters count: a paragraph with a header's word further on skips the regex too, which
        // had cost real job-board ads (one line per paragraph) a tenth of their time. A lead running
        // on into the next line finds its header there as well, when that line is tried.
        const lineEnd = end < 0 ? text.length : end + 1;
        const atLine = near(field, line, lineEnd) ? lineHeader(field, line, Math.min(lineEnd, line + LINE_LEAD_LENGTH + 1)) : null;
        if (atLine !== null) {
          atLine.lastIndex = line;
          if (atLine.test(text)) {
            present = true;
            break;
          }
        }
        line = end < 0 ? -1 : end + 1;
      }
      // A header may also close a line right above a list (see `inWarningSection`).
      if (!present) present = closesALineAboveAList(field, header);
      cache.set(field, present);
    }
    return present;
  };
  PRESENCE_BY_SOURCE.set(header.source, presence);
  return presence;
}

/**
 * The regex a line start, where a header may start in [from, to) of `field`, runs for `header`: sticky
 * in the whole text (`TailHeader.lineHeader`) or on the line's slice (`sliceHeader`). For tests.
 */
export function lineHeaderFor(header: RegExp, field: NormalizedField, from: number, to: number, on: "text" | "slice" = "text"): RegExp | null {
  const tail = tailHeader(header);
  return on === "text" ? tail.lineHeader(field, from, to) : tail.sliceHeader(field, from, to);
}

/** One presence check per header source: travel and fees share their headers, and each filter asked again. */
const PRESENCE_BY_SOURCE = new Map<string, (field: NormalizedField) => boolean>();

/** Every cue source of every kind, for the data-integrity tests: a new cue kind is checked once listed here. */
export function negationSources(cues: NegationCues): string[] {
  return languageSources(cues.before, cues.beforeAdjacent, cues.after, cues.clauseBefore, cues.sectionBefore);
}

/** Whether a cue match may start in [from, to) of the field (false: it cannot, so the cue regex need not run). */
export type CueGate = (field: NormalizedField, from: number, to: number) => boolean;

/**
 * The gate of a cue list: whether the trigger scan found, near [from, to), the words every cue match
 * holds (see `TriggerRegistry`). The cue lists of all languages are merged, so each cue regex is a
 * long alternation; tried after every match in an ad without spaces (Chinese, Thai), the lazy gap
 * before it ran the whole alternation at each of a dozen positions, a third of screening a short
 * Chinese ad. Most matches have no cue word near them, and skip the regex.
 */
export function cueGate(cues: PatternsByLanguage | undefined): CueGate {
  const sources = languageSources(cues);
  return sources.length === 0 ? () => false : sourceGate(`(?:${sources.join("|")})`, sources);
}

/**
 * The alternatives each gate's registered source joins. The ReDoS test checks these one by one
 * (`registeredPatternSources`): a top-level alternation of safe patterns is safe, and the analyser
 * gave up on the joined header lists of every language.
 */
const GATE_ALTERNATIVES = new Map<string, readonly string[]>();

/** The gate of one regex source joining `alternatives` (see `cueGate`). */
function sourceGate(source: string, alternatives: readonly string[]): CueGate {
  // A source that holds no usable literal ("0", a bare character class) cannot be gated: it is tried everywhere.
  if (!hasTrigger(source)) return () => true;
  GATE_ALTERNATIVES.set(source, alternatives);
  const id = sharedTriggers.register(source, "g", true);
  return (field, from, to) => {
    const scan = sharedTriggers.scanOf(field);
    const h = lowerBound(scan.hits, id);
    if (h >= scan.hits.length || scan.hits[h] !== id) return false;
    for (let w = scan.first[h]!; w < scan.first[h + 1]!; w++) if (scan.from[w]! < to && scan.to[w]! > from) return true;
    return false;
  };
}

/** A filter that drops matches negated by the cues; null when there are no cues. */
export function negationFilter(cues: NegationCues | undefined): MatchFilter | null {
  if (!cues) return null;
  const before = compilePrecedingCue(cues.before, WORD_GAP);
  const adjacent = compilePrecedingCue(cues.beforeAdjacent, "\\s{0,2}");
  const after = compileFollowingCue(cues.after, `[^${SENTENCE_END}]{0,12}?`);
  const afterNear = cueGate(cues.after);
  const clause = compilePrecedingCue(cues.clauseBefore, `[^${SENTENCE_END}]{0,${CLAUSE_REACH}}`);
  const outsideWarningList = warningListFilter(cues);
  return (field, start, end) =>
    !(
      precededBy(field.text, start, before) ||
      precededBy(field.text, start, adjacent) ||
      (afterNear(field, end, end + CUE_WINDOW) && followedBy(field.text, end, after)) ||
      precededBy(field.text, start, clause, CLAUSE_REACH + CUE_WINDOW) ||
      (outsideWarningList !== null && !outsideWarningList(field, start, end))
    );
}

/**
 * A filter that drops only the matches inside a list of warning signs (`NegationCues.sectionBefore`);
 * null when there are no headers.
 */
export function warningListFilter(cues: NegationCues | undefined): MatchFilter | null {
  const header = compileSectionCue(cues?.sectionBefore);
  if (header === null) return null;
  const present = headerPresence(header);
  const { sliceHeader } = tailHeader(header);
  return (field, start) =>
    !(
      inQuotedListItem(field, start) ||
      inReportedQuote(field, start) ||
      (present(field) && inWarningSection(field.text, start, header, (from, to) => sliceHeader(field, from, to)))
    );
}

/** Quotation marks that open a quote, each with the marks that may close it. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '"': '"”', "“": "”\"", "„": "“”", "«": "»", "「": "」", "『": "』", "‘": "’'", "'": "'’", "❝": "❞", "‹": "›" };

/**
 * A saying verb right after a closing quote ("…"라고 했다, "…" भनिएको, "…" कहकर) or right before an
 * opening one (บอกว่า "…", told me "…"): the quote is what someone said, reported, not the ad's own
 * offer. Survivors' accounts, news and notices report lures this way ("एक जना विद्यार्थीलाई त
 * \"पहिले tourist visa मा Bangkok आउनुस्\" भनिएको", romanised "'… labour chaidaina' bhanera"); an ad states its
 * offer without a reporter.
 */
// The Devanagari and Bengali verbs must end there: "कहा" (said) is not "कहाँ" (where).
const SPEECH_AFTER_QUOTE =
  /^[\s,.!?…)]{0,3}(?:라고|이라고|고 ?(?:하는데|하더라|하던데|합니다|해요|하네요|들었|그러)|(?:라는|이라는) ?(?:제안|메시지|메세지|연락|광고)(?:을|를)? ?받|(?:제안|메시지|메세지|연락|DM|디엠|쪽지)을? ?받았|(?:भनिएको|भनियो|भन्यो|भन्थे|भनेका थिए|भनेको थियो|भनेको छ|भन्ने (?:अफर|म्यासेज|मेसेज|सन्देश|कुरा|प्रस्ताव|विज्ञापन|पोस्ट)|भन्छ(?![\u0900-\u0963\u0966-\u09ff]| ?भने)|भन्छन्(?! ?भने)|कहकर|कहा|कहते हैं|बोला|बोले|बोली|बताया|বলেছিল|বলা হয়েছিল)(?![\u0900-\u0963\u0966-\u09ff])|(?:bhanera|bhanyo|bhanthyo|bhanthe|bhaneko|bhanchha|bhanchhan|bola|bole|boli|bol ?ke|bolkar|keh ?kar|kehke|bataya)(?![a-z])|と言われ|と言った|he said|she said|they said|was told|were told|the message said|the ad said)/i;
const SPEECH_BEFORE_QUOTE = /(?:บอกว่า|พูดว่า|อ้างว่า|เขียนว่า|โพสต์ว่า|ข้อความว่า|ประมาณว่า|ทำนองว่า|\b(?:said|told (?:me|him|her|them|us|you)|promised|wrote|messaged|claimed|claiming)|बताया कि|कहा कि|बोला कि|लिखा था|ने लिखा|ने कहा|उन्होंने कहा|भन्यो|भनेका थिए|লিখেছে|বলেছে|라며|에게서|한테서|\b(?:jo bhi|jo koi|koi bhi|agar koi|agent ne|dalal ne|recruiter ne|scammer ne|thag ne|fraud ne) (?:bola|boli|bole|kaha|kahe|kehta|kahta|likha)(?: (?:tha|thi|the|gaya|gaya tha))?(?: ki)?)[\s:,–—-]{0,3}$/i;

/**
 * A quote held up as an example of what such offers say ("'USD 1,500, Thailand' जस्ता अफरबाट सावधान",
 * "“숙식 제공” 같은 광고", ads saying "…") or asked about ("“…” จริงไหม", "“…” 진짜인가요?", "'…' सही है
 * क्या"): a notice or a job seeker's question quotes the lure. The nouns are required after "like":
 * an ad lists its own perks as "“free visa” जैसी सुविधाएँ" (facilities like "free visa"). Korean "등"
 * (and so on) may stand a few words from its noun ("…" 등 출처가 불분명한 제안은); an ad's own perks
 * end in 등 다양한 혜택 (benefits), which is not among the nouns. A Nepali example denied right after
 * ("'…' जस्ता प्रस्ताव ठगी होइनन्": such offers are no fraud) is a lure vouching for itself.
 */
const EXAMPLE_OR_QUESTION_AFTER_QUOTE =
  /^[\s,.!?…)]{0,3}(?:(?:जस्ता|जस्तो|जस्तै) ?(?:अफर|विज्ञापन|म्यासेज|प्रलोभन|कुरा|पोस्ट|लोभ|प्रस्ताव|सन्देश)(?![^\n।]{0,24}?(?:होइन|हैन))|(?:जैसे|जैसी|जैसा) ?(?:ऑफर|ऑफ़र|विज्ञापन|मैसेज|वादे|वादों|झांसे|झाँसे|पोस्ट|लालच|बातें|संदेश|संदेशों)|(?:같은|와 같은|과 같은|등의|따위의) ?(?:광고|문구|제안|말|글|메시지|메세지|공고|유혹|게시물|구인 ?글)|등 (?:[가-힣]{1,8} ){0,3}(?:광고|문구|제안|메시지|메세지|공고|유혹|게시물|구인 ?글)(?:은|는|이|가|을|를|에|도)?(?![가-힣])|(?:진짜(?:인가요|예요|일까요|냐)|사기(?:인가요|일까요|아닌가요|냐)|믿어도 ?되나요|맞나요)|(?:จริงไหม|จริงมั้ย|จริงหรือเปล่า|จริงรึเปล่า|จริงหรือ|หลอกหรือเปล่า|หลอกไหม|เชื่อได้ไหม)|(?:(?:सही|सच|असली|फ्रॉड|फ़्रॉड|फर्जी|फ़र्ज़ी) (?:है|हैं) (?:क्या|या नहीं)|(?:फ्रॉड|फ़्रॉड|फर्जी|फ़र्ज़ी) तो नहीं)|(?:(?:साँचो|सांचो|सक्कली|ठगी|नक्कली|फर्जी) (?:हो|होला) ?(?:कि|\?|？))|(?:[\s—–-]{0,3}(?:जाऊँ|जाऊं|जाएँ|जाएं|जाना चाहिए) (?:या|कि) नहीं)|(?:[\s—–-]{0,3}(?:kya )?(?:ye|yeh|yah) (?:real|sach|sahi|asli|genuine|fraud|fake) (?:hai|h)\b)|(?:(?:matlab|yaani|yani|मतलब|यानी)(?![^\n"“”]{0,40}?\bkoi (?:bhi )?(?:illegal|fraud|farzi|scam|dhokha|galat)\b)[^\n"“”]{0,40}?(?:illegal|fraud|farzi|scam|dhokha|jaal|galat|khatarnak|dangerous|अवैध|ग़?ैर-? ?क़?ानूनी|फ्रॉड|धोखा|जाल|ख़?तरनाक)(?![^\n.]{0,15}?(?:\b(?:nahi|nahin|nhi|nai|na)\b|नहीं|नही)))|(?:is (?:it|this|that) (?:legit|real|true|a scam)|legit\?|real\?|a scam\?))/i;

/**
 * The rest of a quote's line vouching for it ("Sab sach hai, humne hi daali hai", "Haan 100% real hai!",
 * "इनबॉक्स करें, 5 सीट बची हैं"): the quote is the poster's own offer, whatever frame it sits in
 * ("viral ho rahi hai:", "— जाऊँ या नहीं?"). An adversarial review wrote lures that way.
 */
const ENDORSED_AFTER_QUOTE =
  /^[^\n]{0,160}?(?:\b(?:sab sach|sach hai(?!\s?\?)|100 ?%|genuine hai|hamara hi|humara hi|hamari hi|humari hi|humne hi|hamne hi|hamara offer|humara offer|(?:dm|inbox|msg|message) (?:karo|karein|karen|kare|kijiye)|seats? (?:baaki|bachi|left))\b|\?\s{0,3}(?:haan|han|bilkul|yes)\b|\?\s{0,3}(?:हाँ|हां|बिल्कुल)|हमारा ही|हमारी ही|हमने ही|सच है(?!\s?\?)|इनबॉक्स करें|सीट बची)/i;
/** How far past a quote's end `ENDORSED_AFTER_QUOTE` reads, on the same line. */
const ENDORSEMENT_REACH = 200;

/** A noun that introduces a quote of what such ads say: "ads saying", "विज्ञापन में लिखा होता है", "광고에는". */
const EXAMPLE_BEFORE_QUOTE =
  /(?:\b(?:offers?|ads?|adverts?|messages?|posts?|promises?|lines?|wording|phrases?) (?:like|such as|saying|that say|which say|promising|offering)|(?:विज्ञापन|मैसेज|ऑफर|ऑफ़र|पोस्ट)(?:ों)? में (?:लिखा (?:था|होता है|है|रहता है)|कहा (?:गया|जाता) है)|(?:संदेशों|मैसेजों|विज्ञापनों) में(?: आम तौर पर| अक्सर| प्रायः)?|\b(?:msg|message|mesej|post|forward|offer|ad)s? (?:(?:forward|viral|circulate|share) )?(?:ho raha hai|ho rahe hain|ho rahi hai|chal raha hai|chal rahe hain|ghoom raha hai|ghum raha hai|ghoom rahe hain)|(?:विज्ञापन|म्यासेज|अफर|पोस्ट)(?:मा)? (?:लेखिएको|भनिएको)(?: हुन्छ| थियो| छ)?|(?:광고|문구|메시지|메세지|공고|글)(?:에는|에서는|엔)|(?:โฆษณา|โพสต์)(?:ที่|ทำนอง|ประมาณ)?(?:ว่า|เช่น)|(?:คล้าย(?:กัน|ๆ)?|ลักษณะ|ทำนอง) ?(?:เช่น|ว่า))[\s:,]{0,3}$/i;

/**
 * The question and answer markers of a Q&A card, read at a line's start: "Q1.", "질문:", "प्र. 1:",
 * "प्रश्न १:", "ถาม:", "问：" and "A.", "답:", "उ.:", "उत्तर:", "ตอบ:", "答：".
 */
const QA_QUESTION_LINE = /[^\S\n]{0,4}(?:[-•*·▶►✅❓❔🔹🔸]\ufe0f?[^\S\n]{0,2})?(?:Q ?[\d]{0,2}|질문 ?\d{0,2}|प्र\. ?[\d०-९]{0,2}|प्रश्न ?[\d०-९]{0,2}|ถาม|คำถาม ?\d{0,2}|问|問)[^\S\n]{0,2}[.:：)]/iuy;
const QA_ANSWER_LINE = /[^\S\n]{0,4}(?:[-•*·▶►✅💬🔹🔸]\ufe0f?[^\S\n]{0,2})?(?:A ?[\d]{0,2}|답변?|उ\.|उत्तर|ตอบ|答)[^\S\n]{0,2}[.:：)]/iuy;

/** Question and answer lines a field needs before it reads as a Q&A card. */
const MIN_QA_PAIRS = 2;

/**
 * The [start, end) of each question line of a Q&A card, flat; empty when the field holds fewer than
 * `MIN_QA_PAIRS` question and answer lines. A card's question quotes what the reader was offered
 * (Q1. 텔레그램으로 "캄보디아 CS 업무, 월 600" 제안을 받았어요) and its answer says what that is;
 * a lure's own FAQ asks in the applicant's words (Q. 경력 없어도 되나요?) and quotes nothing.
 */
function qaQuestionLines(field: NormalizedField): readonly number[] {
  let cached = QA_QUESTION_LINES.get(field);
  if (cached === undefined) {
    cached = field.text.includes("\n") ? readQaQuestionLines(field.text) : [];
    QA_QUESTION_LINES.set(field, cached);
  }
  return cached;
}

/** Per field, its Q&A card's question lines (see `qaQuestionLines`): the quotations and the legitimacy reading both ask. */
const QA_QUESTION_LINES = new WeakMap<NormalizedField, readonly number[]>();

function readQaQuestionLines(text: string): number[] {
  const questions: number[] = [];
  let answers = 0;
  for (let line = 0; line < text.length; ) {
    const newline = text.indexOf("\n", line);
    const end = newline < 0 ? text.length : newline;
    QA_QUESTION_LINE.lastIndex = line;
    QA_ANSWER_LINE.lastIndex = line;
    if (QA_QUESTION_LINE.test(text) && QA_QUESTION_LINE.lastIndex <= end) questions.push(line, end);
    else if (QA_ANSWER_LINE.test(text) && QA_ANSWER_LINE.lastIndex <= end) answers++;
    line = end + 1;
  }
  return questions.length / 2 >= MIN_QA_PAIRS && answers >= MIN_QA_PAIRS ? questions : [];
}

/**
 * The [start, end) of each question line of a Q&A card that quotes something (see `qaQuestionLines`),
 * flat: "Q1. 텔레그램으로 \"캄보디아 CS 업무, 월 600\" 제안을 받았어요", "प्रश्न २: \"टुरिस्ट भिसामा आउनू\" भन्छ".
 */
export function quotingQuestionLines(field: NormalizedField): number[] {
  const lines = qaQuestionLines(field);
  if (lines.length === 0) return [];
  const quotes = closedQuotations(field);
  const quoting: number[] = [];
  for (let k = 0; k < lines.length; k += 2) {
    // A quotation opening on the line (quotations never cross a line end).
    const q = lastSpanFrom(quotes, lines[k + 1]! - 1);
    if (q >= 0 && quotes[q]! >= lines[k]!) quoting.push(lines[k]!, lines[k + 1]!);
  }
  return quoting;
}

/** What may stand between two quotes of one list: a comma, a slash, "or", "and" ("…", "…" या "…"; "…" หรือ "…"). */
const QUOTE_LIST_JOINER = /^[\s,、;/]{0,3}(?:or|and|หรือ|และ|या|और|अथवा|वा|र|তথা|বা|ও|및|또는|或|和|hoặc|và|atau|dan|o|at)?[\s,、;/]{0,3}$/i;

/** The longest gap read between two quotes of one list. */
const MAX_QUOTE_LIST_GAP = 12;

/** Per field, the [start, end) of each reported quote, flat. */
const REPORTED_QUOTES = new WeakMap<NormalizedField, readonly number[]>();

/** Longest quote read as reported speech; a stray quotation mark must not swallow a paragraph. */
const MAX_REPORTED_QUOTE = 240;

/** Opening quotation marks (see `QUOTE_PAIRS`). */
const QUOTE_OPENER = /["“„«「『'‘❝‹]/g;

/**
 * A Latin letter or digit. An apostrophe beside one is inside a word (don't, it's): it opens and
 * closes nothing. Other scripts attach to real quotes ('…'라고), so they do not count.
 */
const LATIN_WORD_UNIT = /[A-Za-z0-9\u00c0-\u024f]/;

/**
 * Whether `start` lies inside a quote that someone is reported to have said (see `SPEECH_AFTER_QUOTE`),
 * or that a notice or a question holds up as an example (see `EXAMPLE_OR_QUESTION_AFTER_QUOTE`).
 */
function inReportedQuote(field: NormalizedField, start: number): boolean {
  let spans = REPORTED_QUOTES.get(field);
  if (spans === undefined) {
    const found: number[] = [];
    const text = field.text;
    const questionLines = qaQuestionLines(field);
    const quotes = closedQuotations(field);
    // The quotes of the list being read that nothing has reported yet, and whether one was.
    const run: number[] = [];
    let runReported = false;
    let runEnd = -1;
    for (let q = 0; q < quotes.length; q += 2) {
      const i = quotes[q]!;
      const close = quotes[q + 1]!;
      // Long enough for a quote explained and judged in one breath ("…" matlab tourist entry pe kaam – illegal).
      const after = text.slice(close + 1, close + 48);
      const before = text.slice(Math.max(0, i - 32), i);
      const onQuestionLine = questionLines.length > 0 && inSpans(questionLines, i);
      const reported =
        (onQuestionLine || SPEECH_AFTER_QUOTE.test(after) || SPEECH_BEFORE_QUOTE.test(before) || EXAMPLE_OR_QUESTION_AFTER_QUOTE.test(after) || EXAMPLE_BEFORE_QUOTE.test(before)) &&
        !ENDORSED_AFTER_QUOTE.test(text.slice(close + 1, close + ENDORSEMENT_REACH));
      // Quotes listed one after another ("…", "…" या "…" जैसी बातें; เช่น "…" หรือ "…") are one list: what is said of one is said of all.
      if (runEnd < 0 || i - runEnd > MAX_QUOTE_LIST_GAP || !QUOTE_LIST_JOINER.test(text.slice(runEnd + 1, i))) {
        run.length = 0;
        runReported = false;
      }
      if (reported && !runReported) {
        for (const at of run) found.push(at);
        run.length = 0;
        runReported = true;
      }
      if (runReported) found.push(i, close);
      else run.push(i, close);
      runEnd = close;
    }
    spans = found;
    REPORTED_QUOTES.set(field, spans);
  }
  const k = lastSpanFrom(spans, start - 1);
  return k >= 0 && start < spans[k + 1]!;
}

/** Whether `at` lies in one of the flat, sorted, disjoint [from, to) `spans`. */
function inSpans(spans: readonly number[], at: number): boolean {
  const k = lastSpanFrom(spans, at);
  return k >= 0 && at < spans[k + 1]!;
}

/** Per field, the [start, end) of every closed quotation, flat. */
const QUOTATIONS = new WeakMap<NormalizedField, readonly number[]>();

/** Whether `start` lies inside a closed quotation (see `closedQuotations`), whoever is quoted. */
export function inQuotation(field: NormalizedField, start: number): boolean {
  return inSpans(closedQuotations(field), start);
}

/**
 * The [open, close] of every closed quotation of a field, flat and in order: an opening mark (see
 * `QUOTE_PAIRS`; an apostrophe inside a Latin word opens nothing) closed on the same line within
 * `MAX_REPORTED_QUOTE` characters, with two or more characters inside. Read once per field.
 */
function closedQuotations(field: NormalizedField): readonly number[] {
  let spans = QUOTATIONS.get(field);
  if (spans === undefined) {
    const found: number[] = [];
    const text = field.text;
    QUOTE_OPENER.lastIndex = 0;
    for (let opener = QUOTE_OPENER.exec(text); opener !== null; opener = QUOTE_OPENER.exec(text)) {
      const i = opener.index;
      if (text[i] === "'" && i > 0 && LATIN_WORD_UNIT.test(text[i - 1]!)) continue;
      const closers = QUOTE_PAIRS[text[i]!]!;
      let close = -1;
      for (let j = i + 1; j < text.length && j - i <= MAX_REPORTED_QUOTE; j++) {
        const c = text[j]!;
        if (c === "\n") break;
        if (closers.includes(c) && !((c === "'" || c === "’") && j + 1 < text.length && LATIN_WORD_UNIT.test(text[j + 1]!))) {
          close = j;
          break;
        }
      }
      if (close < 0 || close - i < 3) continue;
      found.push(i, close);
      QUOTE_OPENER.lastIndex = close + 1;
    }
    spans = found;
    QUOTATIONS.set(field, spans);
  }
  return spans;
}

/**
 * Index of the last [from, to) pair of flat, sorted, disjoint `spans` whose `from` is at most `at`,
 * or -1: a hostile text may hold thousands of quotes, and every match asks.
 */
function lastSpanFrom(spans: readonly number[], at: number): number {
  let low = 0;
  let high = spans.length / 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[2 * middle]! <= at) low = middle + 1;
    else high = middle;
  }
  return 2 * low - 2;
}

/** A list item whose text opens with a quotation mark: `• "Free flight, free room"`, `❌ “Telegram only”`. Sticky, read at each line's start. */
const QUOTED_LIST_ITEM = new RegExp(`${LIST_ITEM.source.replace(/^\^/, "")}\ufe0f?[^\\S\n]*["“„«「『'‘❝‹]`, "y");

/** The [start, end) of each line of `text` that is a quoted list item, flat. */
export function quotedListItems(text: string): number[] {
  const found: number[] = [];
  for (let line = 0; line < text.length; ) {
    const newline = text.indexOf("\n", line);
    const end = newline < 0 ? text.length : newline;
    QUOTED_LIST_ITEM.lastIndex = line;
    if (QUOTED_LIST_ITEM.test(text) && QUOTED_LIST_ITEM.lastIndex <= end) found.push(line, end);
    line = end + 1;
  }
  return found;
}

/** Quoted list items a field needs before they count as quotations (see `inQuotedListItem`). */
const MIN_QUOTED_ITEMS = 2;

/** Per field, the [start, end) of each line that is a quoted list item, flat; empty when fewer than `MIN_QUOTED_ITEMS`. */
const QUOTED_ITEMS = new WeakMap<NormalizedField, readonly number[]>();

/**
 * Whether `start` lies on a list item that quotes, in a field with at least two of them. Notices list
 * what lures say as quotations under whatever header they use ("ประกาศปลอมมักมีข้อความประมาณนี้",
 * "ตอบ: ถ้ามีหลายข้อรวมกัน เช่น", "यस्ता विज्ञापनमा प्राय: निम्न कुरा उल्लेख हुने गरेको पाइएको छ").
 * A lure lists its own offer and does not quote it: no train lure has two such items (a corpus test
 * checks it with `quotedListItems`).
 */
function inQuotedListItem(field: NormalizedField, start: number): boolean {
  let items = QUOTED_ITEMS.get(field);
  if (items === undefined) {
    const found = quotedListItems(field.text);
    items = found.length >= 2 * MIN_QUOTED_ITEMS ? found : [];
    QUOTED_ITEMS.set(field, items);
  }
  const k = lastSpanFrom(items, start);
  return k >= 0 && start < items[k + 1]!;
}

/**
 * The negation filter for every flag whose entry is marked `negatable`. With `warningListsEverywhere`,
 * the other flags drop the matches inside a list of warning signs: their own wording carries negations
 * the cues would misread ("no visa needed", "work permit will be done after arrival"), but an item
 * under "Red flags:" is quoted, whatever it says.
 */
export function negatableFilters<F extends string>(
  entries: Readonly<Partial<Record<string, LexiconEntry>>>,
  flags: readonly F[],
  cues: NegationCues | undefined,
  { warningListsEverywhere = false }: { warningListsEverywhere?: boolean } = {},
): Partial<Record<F, MatchFilter>> {
  const filter = negationFilter(cues);
  const listFilter = warningListsEverywhere ? warningListFilter(cues) : null;
  const filters: Partial<Record<F, MatchFilter>> = {};
  for (const flag of flags) {
    const chosen = entries[flag]?.negatable ? filter : listFilter;
    if (chosen) filters[flag] = chosen;
  }
  return filters;
}

// --- Scanning -----------------------------------------------------------------------------------

/** Evidence spans kept per flag: enough to show a moderator, bounded for hostile input. */
export const MAX_EVIDENCE_PER_FLAG = 3;

/** Fields whose text describes the job; `url` is left out because slugs repeat the title. */
export const JOB_TEXT_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  "title",
  "description",
  "text",
  "salary",
  "company",
  "location",
  "contact",
]);

/** The job-text fields of a context. */
export function jobFields(ctx: FeatureContext): NormalizedField[] {
  return ctx.fields.filter((field) => JOB_TEXT_FIELDS.has(field.field));
}

/** Index of the first capturing group that took part in a match, or -1. */
export function firstGroup(match: RegExpExecArray, from = 1): number {
  for (let i = from; i < match.length; i++) if (match[i] !== undefined) return i;
  return -1;
}

const CJK_NUMERALS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};
const ENGLISH_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
/** Zero code points of the digit blocks in `DIGIT`. */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xed0, 0x1040, 0x17e0];

/**
 * Reads a number captured by `{n}` or `{y}`: digits of any covered script, CJK numerals up to
 * 99 (`十五`, `二十`), or an English number word. Returns NaN when it cannot.
 */
export function parseSmallNumber(token: string): number {
  const word = ENGLISH_NUMBERS[token];
  if (word !== undefined) return word;
  if (token.length > 0 && CJK_NUMERALS[token[0]!] !== undefined) {
    const ten = token.indexOf("十");
    if (ten < 0) return CJK_NUMERALS[token[0]!]!;
    const tens = ten === 0 ? 1 : (CJK_NUMERALS[token[ten - 1]!] ?? 1);
    const units = ten + 1 < token.length ? (CJK_NUMERALS[token[ten + 1]!] ?? 0) : 0;
    return tens * 10 + units;
  }
  let value = 0;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    let digit = -1;
    for (const zero of DIGIT_ZEROS) {
      if (code >= zero && code <= zero + 9) {
        digit = code - zero;
        break;
      }
    }
    if (digit < 0) return Number.NaN;
    value = value * 10 + digit;
  }
  return token.length === 0 ? Number.NaN : value;
}

export { uniqueEvidence };

/**
 * Runs a flag pattern set over the job-text fields and returns every flag with the evidence of each
 * true one (at most `MAX_EVIDENCE_PER_FLAG` spans). Shared by the boolean families so that their
 * output shapes agree.
 */
export function scanFlags<F extends string>(
  ctx: FeatureContext,
  flags: readonly F[],
  patterns: PatternSet<F>,
  filters: Partial<Record<F, MatchFilter>> = {},
  limits: Partial<Record<F, number>> = {},
): { values: Record<F, boolean>; evidenceByFlag: Partial<Record<F, Evidence[]>> } {
  const values = {} as Record<F, boolean>;
  for (const flag of flags) values[flag] = false;
  const evidenceByFlag: Partial<Record<F, Evidence[]>> = {};
  for (const field of jobFields(ctx)) {
    patterns.forEachMatch(field, (flag, match) => {
      const list = evidenceByFlag[flag] ?? [];
      // Later patterns of a full flag are skipped, not the remaining flags.
      if (list.length >= (limits[flag] ?? MAX_EVIDENCE_PER_FLAG)) return true;
      const start = match.index;
      const end = start + match[0].length;
      const filter = filters[flag];
      if (filter && !filter(field, start, end)) return true;
      const evidence = evidenceFor(field, start, end);
      // Two patterns of one flag often match nested spans ("vé máy bay miễn phí", "bay miễn phí"): the
      // widest is the evidence, so a moderator sees each phrase once.
      if (list.some((item) => item.field === evidence.field && item.start <= evidence.start && evidence.end <= item.end)) return true;
      for (let i = list.length - 1; i >= 0; i--) {
        const item = list[i]!;
        if (item.field === evidence.field && evidence.start <= item.start && item.end <= evidence.end) list.splice(i, 1);
      }
      list.push(evidence);
      evidenceByFlag[flag] = list;
      values[flag] = true;
      return true;
    });
  }
  return { values, evidenceByFlag };
}

/** All evidence of a per-flag record, flattened and de-duplicated. */
export function flattenEvidence(evidenceByFlag: Readonly<Partial<Record<string, readonly Evidence[]>>>): Evidence[] {
  const all: Evidence[] = [];
  for (const list of Object.values(evidenceByFlag)) if (list) all.push(...list);
  return uniqueEvidence(all);
}

// ---------------------------------------------------------------------------------------------
// Roles
// ---------------------------------------------------------------------------------------------

/** Role families the pay benchmark and the rules know. */
export type RoleFamily =
  | "customer-service"
  | "chat-support"
  | "typing"
  | "data-entry"
  | "admin"
  | "marketing"
  | "sales"
  | "it-support"
  | "translator"
  | "game-tester"
  | "casino"
  | "model"
  | "hospitality"
  | "construction"
  | "teacher"
  | "nursing"
  | "seafarer"
  | "professional"
  | "other";

/** Role of the advertised job. */
export interface RoleFeature {
  /** Best family; `other` when no family matched or the title names an occupation outside the list. */
  family: RoleFamily;
  /** True when the title decided the family; the body is read only when the title says nothing usable. */
  fromTitle: boolean;
  /** True for the entry-level families that lures advertise (indicators §1): customer service, typing, admin, casino… */
  entryLevel: boolean;
  /** The words that named the role. */
  evidence: Evidence[];
}

interface RoleFamilyEntry extends LexiconEntry {
  family: RoleFamily;
  entryLevel: boolean;
  /** Extra patterns read only in the title, where a bare word (`Hotel`, `Model`) names the job. */
  titleOnly?: PatternsByLanguage;
}

interface RoleLexiconFile {
  families: readonly RoleFamilyEntry[];
}

const ROLE_LEXICON = defineLexicon(() => {
  const entries = (mergeLanguagePacks("roles", rolesFamilyData) as unknown as RoleLexiconFile).families;
  const title = new PatternSet<RoleFamily>();
  const body = new PatternSet<RoleFamily>();
  for (const entry of entries) {
    const sources = entrySources(entry);
    title.add(entry.family, [...sources, ...languageSources(entry.titleOnly)]);
    body.add(entry.family, sources);
  }
  return {
    entries,
    /** Priority of each family: in a title naming two, the lower number wins. */
    priority: new Map<RoleFamily, number>(entries.map((entry, index) => [entry.family, index])),
    entryLevel: new Map<RoleFamily, boolean>(entries.map((entry) => [entry.family, entry.entryLevel])),
    title,
    body,
  };
});

const BODY_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>(["description", "text"]);

/** Families that lures advertise and that need no qualification (read from the lexicon). */
export const ENTRY_LEVEL_FAMILIES: ReadonlySet<RoleFamily> = /* @__PURE__ */ (() =>
  new Set(ROLE_LEXICON().entries.filter((entry) => entry.entryLevel).map((entry) => entry.family)))();

interface RoleHit {
  family: RoleFamily;
  field: NormalizedField;
  start: number;
  end: number;
  /** Title: the family's priority. Body: the offset across body fields, so the earliest wins. */
  rank: number;
}

function better(candidate: RoleHit, best: RoleHit | null, priority: ReadonlyMap<RoleFamily, number>): boolean {
  if (best === null) return true;
  if (candidate.rank !== best.rank) return candidate.rank < best.rank;
  return priority.get(candidate.family)! < priority.get(best.family)!;
}

/** Whether `inner` lies within `outer`'s words and is shorter: "매니저" inside "CS 매니저". */
function within(inner: RoleHit, outer: RoleHit): boolean {
  return inner.field === outer.field && inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start;
}

/**
 * What scammers, fraudsters or traffickers are said to promise or offer, earlier in the role word's
 * clause ("Scammers promise USD 1,500 a month for simple typing jobs", "traffickers who offer fake
 * customer-service jobs"): an advisory reporting the lure, not a role the ad offers. Pay reads such
 * amounts the same way (`NOT_PAY_WORDS` in pay/lexicon.ts). The clause ends at a sentence end, a colon,
 * a comma other than a digit group's, or "but/we/our/however", so a lure that disowns scammers
 * before its own offer ("unlike scammers who promise the moon, we offer real typing jobs", "scammers
 * offer nothing but we pay typing jobs weekly") keeps its role; "no/not scammers" reports nothing.
 */
const REPORTED_LURE =
  /(?<!\b(?:no|not|never)\s{1,3}(?:an?\s{1,3})?)\b(?:scammers?|fraudsters?|traffickers?|(?:fake|bogus|illegal|unlicen[sc]ed)\s{1,3}(?:agents?|agencies|recruiters?|brokers?))(?:\s{1,3}(?:who|that))?(?:\s{1,3}(?:often|usually|typically|commonly|sometimes|may|might|will|can|also))?\s{1,3}(?:promis(?:e|es|ed|ing)|offer(?:s|ed|ing)?|advertis(?:e|es|ed|ing)|post(?:s|ed|ing)?)\b(?:(?!\b(?:but|we|our|however)\b)(?:[^.;:!?,\n]|(?<=[0-9])[.,](?=[0-9]))){0,80}$/;
/** A literal every `REPORTED_LURE` match holds one of, so that the regex runs only near one. */
const REPORTED_LURE_HINT = /scammer|fraudster|trafficker|fake|bogus|illegal|unlicen/;
/** How far before a role word `REPORTED_LURE` reads. */
const REPORTED_LURE_REACH = 160;

/** Whether the role word at `start` is something scammers are said to promise (`REPORTED_LURE`). */
function reportedLure(field: NormalizedField, start: number): boolean {
  const stretch = field.text.slice(Math.max(0, start - REPORTED_LURE_REACH), start);
  return REPORTED_LURE_HINT.test(stretch) && REPORTED_LURE.test(stretch);
}

function titleHit(ctx: FeatureContext): RoleHit | null {
  const { title, priority } = ROLE_LEXICON();
  const hits: RoleHit[] = [];
  for (const field of ctx.fields) {
    if (field.field !== "title") continue;
    title.forEachMatch(
      field,
      (family, match) => {
        if (reportedLure(field, match.index)) return "skip";
        hits.push({ family, field, start: match.index, end: match.index + match[0].length, rank: priority.get(family)! });
      },
      true,
    );
  }
  let best: RoleHit | null = null;
  for (const hit of hits) {
    // A family word inside a longer role phrase names less than the phrase: "CS 매니저" is customer service, not a manager.
    if (hits.some((other) => other.family !== hit.family && within(hit, other))) continue;
    // Same family twice: keep the earlier words as evidence.
    if (better(hit, best, priority) || (best !== null && best.family === hit.family && hit.start < best.start)) best = hit;
  }
  return best;
}

function bodyHit(ctx: FeatureContext): RoleHit | null {
  const { body, priority } = ROLE_LEXICON();
  let best: RoleHit | null = null;
  let offset = 0;
  for (const field of ctx.fields) {
    if (!BODY_FIELDS.has(field.field)) continue;
    const base = offset;
    body.forEachMatch(
      field,
      (family, match) => {
        if (reportedLure(field, match.index)) return "skip";
        const hit = { family, field, start: match.index, end: match.index + match[0].length, rank: base + match.index };
        if (better(hit, best, priority)) best = hit;
      },
      true,
    );
    offset += field.text.length + 1;
  }
  return best;
}

/**
 * Finds the role family. The title wins: the first family (in priority order) that the title names.
 * Without a usable title, the body's earliest role word decides, since ads announce the role first and
 * mention other roles ("good customer service") later.
 */
export function extractRole(ctx: FeatureContext): RoleFeature {
  const fromTitle = titleHit(ctx);
  const hit = fromTitle ?? bodyHit(ctx);
  if (!hit) return { family: "other", fromTitle: false, entryLevel: false, evidence: [] };
  return {
    family: hit.family,
    fromTitle: fromTitle !== null,
    entryLevel: ROLE_LEXICON().entryLevel.get(hit.family) ?? false,
    evidence: [evidenceFor(hit.field, hit.start, hit.end)],
  };
}
