/**
 * Role family of a posting (indicators §1), plus the lexicon machinery that every lexicon-driven
 * extractor of this folder (roles, requirements, travel, fees, legitimacy) shares.
 */
import type { Evidence, FeatureContext, FieldName, NormalizedField } from "../types.js";
import { evidenceFor, uniqueEvidence } from "./evidence.js";
import rolesFamilyData from "./data/roles.json";
import { mergeLanguagePacks } from "./lexicons/index.js";

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

// --- Required literals --------------------------------------------------------------------------

/**
 * Literals of which every match of a regex source contains at least one, or null when no such set
 * was found. A small parser of the regex subset the lexicons use: sequences, groups, alternation,
 * quantifiers, classes and escapes. Within a sequence the mandatory item with the longest shortest
 * literal is chosen, so "\bfree (?:air )?tickets?\b" yields ["ticket"] rather than ["free "]. Mandatory
 * whitespace joins words into one literal ("kinh nghiem"), matched against whitespace-collapsed text.
 */
export function requiredLiterals(source: string): string[] | null {
  const parser = { source, at: 0 };
  const found = parseAlternatives(parser);
  return found && found.length > 0 && found.every((literal) => literal.length > 0) ? found : null;
}

interface RegexCursor {
  source: string;
  at: number;
}

function parseAlternatives(cursor: RegexCursor): string[] | null {
  const branches: (string[] | null)[] = [parseSequence(cursor)];
  while (cursor.source[cursor.at] === "|") {
    cursor.at += 1;
    branches.push(parseSequence(cursor));
  }
  if (branches.some((branch) => branch === null)) return null;
  return [...new Set(branches.flat() as string[])];
}

/**
 * Words so common in job ads that a pattern triggered by them would run on nearly every posting
 * (the commonest words of a sample of real English, Spanish, Indonesian and Vietnamese ads).
 */
const WEAK_LITERALS = new Set([
  "the", "and", "for", "you", "your", "are", "not", "can", "will", "with", "have", "has", "this", "that", "from",
  "all", "any", "our", "work", "working", "time", "job", "jobs", "team", "must", "able", "good", "new", "more",
  "other", "also", "well", "per", "day", "days", "year", "years", "one", "two", "experience", "company", "help",
  "skills", "business", "management", "development", "services", "service", "process", "processing", "required",
  "office", "customer", "customers", "support", "technical", "provide", "provided", "application", "training",
  "agent", "agency", "apply", "including", "include", "knowledge", "strong", "communication", "quality",
  "position", "salary", "benefits", "people", "product", "design", "data", "only", "part", "full", "high",
  "de", "la", "el", "en", "que", "para", "con", "del", "los", "las", "empresa", "trabajo", "experiencia",
  "dan", "yang", "di", "untuk", "dengan", "khong", "cong", "dong", "nhan", "vien", "kinh", "nghiem", "lam", "viec",
]);

/** Usefulness of a literal as a trigger: its length, with short ASCII fragments and common words ranked last. */
function literalWeight(literal: string): number {
  if (WEAK_LITERALS.has(literal)) return 1;
  if (literal.length <= 2 && literal.charCodeAt(0) < 0x80) return 1;
  return literal.length;
}

/** Score of a literal set: its weakest literal, the selectivity a trigger can rely on. */
function literalScore(set: readonly string[]): number {
  let weakest = Number.POSITIVE_INFINITY;
  for (const literal of set) weakest = Math.min(weakest, literalWeight(literal));
  return weakest - set.length / 1000;
}

function parseSequence(cursor: RegexCursor): string[] | null {
  const { source } = cursor;
  const candidates: string[][] = [];
  let run = "";
  const flush = (): void => {
    if (run.trim().length > 0) candidates.push([run]);
    run = "";
  };
  while (cursor.at < source.length && source[cursor.at] !== "|" && source[cursor.at] !== ")") {
    const ch = source[cursor.at]!;
    let literal: string | null = null;
    let group: string[] | null = null;
    let zeroWidth = false;
    if (ch === "(") {
      const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(source.slice(cursor.at, cursor.at + 4));
      cursor.at += lookaround ? lookaround[0].length : source.startsWith("(?:", cursor.at) ? 3 : 1;
      const inner = parseAlternatives(cursor);
      cursor.at += 1; // the closing parenthesis
      if (lookaround) zeroWidth = true;
      else group = inner;
    } else if (ch === "[") {
      cursor.at += 1;
      while (cursor.at < source.length && source[cursor.at] !== "]") cursor.at += source[cursor.at] === "\\" ? 2 : 1;
      cursor.at += 1;
    } else if (ch === "\\") {
      const next = source[cursor.at + 1] ?? "";
      cursor.at += 2;
      if (next === "b" || next === "B") zeroWidth = true;
      else if (next === "u") cursor.at += 4;
      // Whitespace counts as one space: triggers are looked up in text whose whitespace runs are collapsed.
      else if (next === "s") literal = " ";
      else if (!/[a-zA-Z0-9]/.test(next)) literal = next;
    } else if (ch === "^" || ch === "$") {
      cursor.at += 1;
      zeroWidth = true;
    } else if (ch === ".") {
      cursor.at += 1;
    } else {
      cursor.at += 1;
      literal = ch;
    }
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(cursor.at, cursor.at + 12));
    const minimum = quantifier ? (quantifier[0][0] === "+" ? 1 : quantifier[1] !== undefined ? Number(quantifier[1]) : 0) : 1;
    if (quantifier) cursor.at += quantifier[0].length;
    if (zeroWidth) continue;
    if (literal !== null && !quantifier) {
      run += literal;
      continue;
    }
    if (literal !== null && minimum >= 1) {
      run += literal;
      // "\s{1,3}" is still one space in collapsed text; any other repeated character ends the run.
      if (literal !== " ") flush();
      continue;
    }
    flush();
    if (group && minimum >= 1) candidates.push(group);
  }
  flush();
  let best: string[] | null = null;
  for (const set of candidates) if (best === null || literalScore(set) > literalScore(best)) best = set;
  return best;
}

// --- Match reach --------------------------------------------------------------------------------

/**
 * How far past its start a match of the regex source can read: the longest match, with every
 * lookaround counted as if it consumed its text and one more unit for a final boundary test. A
 * match found near a trigger literal therefore lies within this distance of it, so the regex only
 * needs to read that neighbourhood. Infinity for unbounded repetition, backreferences and any
 * syntax this reader does not know.
 */
export function matchReach(source: string): number {
  const cursor: ReachCursor = { source, at: 0, unknown: false };
  const longest = longestAlternative(cursor);
  return cursor.unknown || cursor.at !== source.length ? Number.POSITIVE_INFINITY : longest + 1;
}

interface ReachCursor {
  source: string;
  at: number;
  /** Set when the source holds something whose length this reader cannot bound. */
  unknown: boolean;
}

function longestAlternative(cursor: ReachCursor): number {
  let longest = longestSequence(cursor);
  while (cursor.source[cursor.at] === "|") {
    cursor.at += 1;
    longest = Math.max(longest, longestSequence(cursor));
  }
  return longest;
}

const GROUP_OPENING = /^\((?:\?(?:[:=!]|<[=!]))?/;
const QUANTIFIER = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/;

function longestSequence(cursor: ReachCursor): number {
  const { source } = cursor;
  let total = 0;
  while (cursor.at < source.length && source[cursor.at] !== "|" && source[cursor.at] !== ")" && !cursor.unknown) {
    const ch = source[cursor.at]!;
    let atom = 1;
    if (ch === "(") {
      const opening = GROUP_OPENING.exec(source.slice(cursor.at, cursor.at + 4))![0];
      // Named groups and other extensions: not used by the lexicons, so not worth reading.
      if (source[cursor.at + 1] === "?" && opening.length === 1) cursor.unknown = true;
      cursor.at += opening.length;
      atom = longestAlternative(cursor);
      if (source[cursor.at] !== ")") cursor.unknown = true;
      cursor.at += 1;
    } else if (ch === "[") {
      cursor.at += 1;
      while (cursor.at < source.length && source[cursor.at] !== "]") cursor.at += source[cursor.at] === "\\" ? 2 : 1;
      cursor.at += 1;
    } else if (ch === "\\") {
      const next = source[cursor.at + 1] ?? "";
      cursor.at += next === "u" ? 6 : next === "x" ? 4 : next === "c" ? 3 : 2;
      if (next === "b" || next === "B") atom = 0;
      else if (/[1-9kpP]/.test(next)) cursor.unknown = true;
    } else {
      cursor.at += 1;
      if (ch === "^" || ch === "$") atom = 0;
    }
    const quantifier = QUANTIFIER.exec(source.slice(cursor.at, cursor.at + 16));
    let times = 1;
    if (quantifier) {
      cursor.at += quantifier[0].length;
      if (quantifier[1] === "?") times = 1;
      else if (quantifier[1] !== undefined || (quantifier[3] !== undefined && quantifier[4] === "")) times = Number.POSITIVE_INFINITY;
      else times = Number(quantifier[4] ?? quantifier[2]);
    }
    if (atom > 0) total += atom * times;
  }
  return total;
}

// --- Trigger index ------------------------------------------------------------------------------

/**
 * Hash of the first two, three or four characters of a literal: the keys of the trigger tables.
 * Shifts and exclusive-or keep every intermediate a small integer; products of UTF-16 codes overflow
 * V8's small-integer range and would push the scan onto slow floating-point arithmetic.
 */
function pairHash(first: number, second: number): number {
  return ((first << 5) ^ second) & 0xffff;
}
function tripleHash(first: number, second: number, third: number): number {
  return ((first << 10) ^ (second << 5) ^ third) & 0xffff;
}
function quadHash(first: number, second: number, third: number, fourth: number): number {
  return ((first << 12) ^ (second << 8) ^ (third << 4) ^ fourth) & 0xffff;
}

/** Whitespace as `\s` knows it, so a literal's space stands for exactly what the regex's `\s` matches. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether `literal` occurs at `at`, a space in the literal standing for any run of whitespace. */
function literalAt(text: string, at: number, literal: string): boolean {
  let i = at;
  for (let j = 0; j < literal.length; j++) {
    const expected = literal.charCodeAt(j);
    if (i >= text.length) return false;
    if (expected === 32) {
      if (!isSpace(text.charCodeAt(i))) return false;
      while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
      continue;
    }
    if (text.charCodeAt(i) !== expected) return false;
    i += 1;
  }
  return true;
}

interface TriggerLiteral {
  literal: string;
  ids: number[];
  /** Index of the literal in the per-scan occurrence tables. */
  slot: number;
}

/** What one scan of a field found; kept so that every extractor reading the field shares it. */
interface FieldScan {
  /** Number of registered sources when the field was scanned. */
  size: number;
  /** Ids of the patterns that may match, ascending. */
  hits: Int32Array;
  /**
   * Per hit, the stretch of text its regex has to read: matches start at or after `from[h]`, and
   * nothing at or after `to[h]` can change one.
   */
  from: Int32Array;
  to: Int32Array;
}

/**
 * Every lexicon pattern of every extractor, each compiled alone and registered with the literals it
 * requires. One pass over a field's text, looking up character pairs, triples and quadruples, finds
 * the patterns whose literals occur, and where the first and last of them are; only those regexes
 * run, and only over the stretch a match containing one of those occurrences can reach (see
 * `matchReach`). A long alternation of all patterns cost hundreds of microseconds per posting; the
 * scan costs tens.
 */
class TriggerRegistry {
  private readonly regexes: RegExp[] = [];
  private readonly literals: (string[] | null)[] = [];
  private readonly reaches: number[] = [];
  private built = false;
  // Hash → slot in a dense list (-1: none); a sparse 65,536-element array would fall into slow dictionary mode.
  private quadSlot = new Int32Array(0x10000);
  private tripleSlot = new Int32Array(0x10000);
  private pairSlot = new Int32Array(0x10000);
  private singleSlot = new Int32Array(0x10000);
  private triggerLists: TriggerLiteral[][] = [];
  private singles: TriggerLiteral[] = [];
  /** Per pattern, the occurrence-table slots of its literals. */
  private literalSlots: number[][] = [];
  private untriggered: number[] = [];
  private readonly cache = new WeakMap<NormalizedField, FieldScan>();

  // Occurrence tables of the scan in progress, reused from scan to scan: a slot's entries are valid
  // when its `seen` stamp is the current scan's.
  private seen = new Int32Array(0);
  private firstAt = new Int32Array(0);
  private lastAt = new Int32Array(0);
  private scanCount = 0;
  private marks = new Uint8Array(0);
  private found: number[] = [];

  private readonly sources: string[] = [];

  /**
   * Registers a regex source; returns its id. Compiling it and finding its literals waits for the
   * first scan, so importing the library stays cheap (cold import is a benchmark target).
   */
  register(source: string): number {
    this.sources.push(source);
    this.built = false;
    return this.sources.length - 1;
  }

  allSources(): readonly string[] {
    return this.sources;
  }

  regex(id: number): RegExp {
    this.build();
    return this.regexes[id]!;
  }

  /** Patterns that no literal can trigger and that therefore run on every field. */
  untriggeredSources(): string[] {
    this.build();
    return this.untriggered.map((id) => this.regexes[id]!.source);
  }

  /**
   * The patterns that may match in this field and the stretch of text each must read. Cached per
   * field object, so the extractors of one posting share a single scan.
   */
  scanOf(field: NormalizedField): FieldScan {
    const cached = this.cache.get(field);
    if (cached && cached.size === this.sources.length) return cached;
    this.build();
    const text = field.text;
    const marks = this.marks;
    const found = this.found;
    found.length = 0;
    for (const id of this.untriggered) {
      marks[id] = 1;
      found.push(id);
    }
    this.scanCount += 1;
    this.scan(text);
    const hits = Int32Array.from(found).sort();
    const from = new Int32Array(hits.length);
    const to = new Int32Array(hits.length);
    for (let h = 0; h < hits.length; h++) {
      const id = hits[h]!;
      marks[id] = 0;
      const reach = this.reaches[id]!;
      const slots = this.literalSlots[id]!;
      if (reach === Number.POSITIVE_INFINITY || slots.length === 0) {
        to[h] = text.length;
        continue;
      }
      let first = text.length;
      let last = 0;
      for (const slot of slots) {
        if (this.seen[slot] !== this.scanCount) continue;
        first = Math.min(first, this.firstAt[slot]!);
        last = Math.max(last, this.lastAt[slot]!);
      }
      from[h] = Math.max(0, first - reach);
      to[h] = Math.min(text.length, last + reach);
    }
    const scan: FieldScan = { size: this.sources.length, hits, from, to };
    this.cache.set(field, scan);
    return scan;
  }

  /**
   * Notes an occurrence of a trigger literal. `start` is where the occurrence begins; `latest` is the
   * last position a match containing it can start at (past the whitespace run that a leading space
   * of the literal stands for).
   */
  private record(entry: TriggerLiteral, start: number, latest: number): void {
    const slot = entry.slot;
    if (this.seen[slot] !== this.scanCount) {
      this.seen[slot] = this.scanCount;
      this.firstAt[slot] = start;
      const marks = this.marks;
      for (const id of entry.ids) {
        if (marks[id] === 1) continue;
        marks[id] = 1;
        this.found.push(id);
      }
    }
    this.lastAt[slot] = latest;
  }

  private recordMatching(candidates: readonly TriggerLiteral[], text: string, start: number, latest: number): void {
    for (const candidate of candidates) {
      if (literalAt(text, start, candidate.literal)) this.record(candidate, start, latest);
    }
  }

  /**
   * One pass over the text as if every whitespace run were a single space (the form literals are
   * written in), without building that string: a window of the last four such characters and the
   * raw offsets where they start.
   */
  private scan(text: string): void {
    const singleSlot = this.singleSlot;
    const pairSlot = this.pairSlot;
    const tripleSlot = this.tripleSlot;
    const quadSlot = this.quadSlot;
    const lists = this.triggerLists;
    const length = text.length;
    let c0 = 0;
    let c1 = 0;
    let c2 = 0;
    let c3 = 0;
    let p0 = -1;
    let p1 = -1;
    let p2 = -1;
    let p3 = -1;
    let previousSpace = false;
    // Three sentinel steps after the text let the last characters start a window too.
    for (let i = 0; i < length + 3; i++) {
      let code = 0;
      if (i < length) {
        code = text.charCodeAt(i);
        // Letters and digits, nearly every character, leave by the first test.
        const space = code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code >= 0xa0 && isSpace(code);
        if (space) {
          if (previousSpace) continue;
          code = 32;
        }
        previousSpace = space;
      }
      c0 = c1;
      c1 = c2;
      c2 = c3;
      c3 = code;
      p0 = p1;
      p1 = p2;
      p2 = p3;
      p3 = i;
      if (p0 < 0) continue;
      // The next character starts at p1, so a match holding this occurrence starts before it.
      const latest = p1 - 1;
      if (c0 >= 0x80) {
        const single = singleSlot[c0]!;
        if (single >= 0) this.record(this.singles[single]!, p0, latest);
      }
      const pair = pairSlot[((c0 << 5) ^ c1) & 0xffff]!;
      if (pair >= 0) this.recordMatching(lists[pair]!, text, p0, latest);
      const triple = tripleSlot[((c0 << 10) ^ (c1 << 5) ^ c2) & 0xffff]!;
      if (triple >= 0) this.recordMatching(lists[triple]!, text, p0, latest);
      const quad = quadSlot[((c0 << 12) ^ (c1 << 8) ^ (c2 << 4) ^ c3) & 0xffff]!;
      if (quad >= 0) this.recordMatching(lists[quad]!, text, p0, latest);
    }
  }

  private build(): void {
    if (this.built) return;
    for (let id = this.regexes.length; id < this.sources.length; id++) {
      this.regexes.push(new RegExp(this.sources[id]!, "g"));
      this.literals.push(requiredLiterals(this.sources[id]!));
      this.reaches.push(matchReach(this.sources[id]!));
    }
    this.quadSlot = new Int32Array(0x10000).fill(-1);
    this.tripleSlot = new Int32Array(0x10000).fill(-1);
    this.pairSlot = new Int32Array(0x10000).fill(-1);
    this.singleSlot = new Int32Array(0x10000).fill(-1);
    this.triggerLists = [];
    this.singles = [];
    this.untriggered = [];
    this.literalSlots = this.sources.map(() => []);
    const byLiteral = new Map<string, number[]>();
    this.literals.forEach((literals, id) => {
      // A pure-ASCII single character ("-", "x") would trigger on nearly every field anyway.
      if (!literals || literals.some((literal) => literal.length === 1 && literal.charCodeAt(0) < 0x80)) {
        this.untriggered.push(id);
        return;
      }
      for (const literal of literals) byLiteral.set(literal, [...(byLiteral.get(literal) ?? []), id]);
    });
    let slots = 0;
    for (const [literal, ids] of byLiteral) {
      const entry: TriggerLiteral = { literal, ids, slot: slots++ };
      for (const id of ids) this.literalSlots[id]!.push(entry.slot);
      if (literal.length === 1) {
        this.singleSlot[literal.charCodeAt(0)] = this.singles.push(entry) - 1;
        continue;
      }
      const codes = [0, 1, 2, 3].map((k) => literal.charCodeAt(k));
      const [c0, c1, c2, c3] = codes as [number, number, number, number];
      const hash =
        literal.length >= 4 ? quadHash(c0, c1, c2, c3) : literal.length === 3 ? tripleHash(c0, c1, c2) : pairHash(c0, c1);
      const table = literal.length >= 4 ? this.quadSlot : literal.length === 3 ? this.tripleSlot : this.pairSlot;
      if (table[hash]! < 0) {
        table[hash] = this.triggerLists.length;
        this.triggerLists.push([]);
      }
      this.triggerLists[table[hash]!]!.push(entry);
    }
    this.seen = new Int32Array(slots);
    this.firstAt = new Int32Array(slots);
    this.lastAt = new Int32Array(slots);
    this.marks = new Uint8Array(this.sources.length);
    this.built = true;
  }
}

const REGISTRY = new TriggerRegistry();

/** Every registered lexicon pattern source (all extractors); exposed so the ReDoS test can check each one. */
export function registeredPatternSources(): readonly string[] {
  return REGISTRY.allSources();
}

/** Sources that run on every field because no literal triggers them; exposed for tests. */
export function untriggeredPatternSources(): string[] {
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
   * first match of each pattern is visited.
   */
  forEachMatch(
    field: NormalizedField,
    visit: (key: K, match: RegExpExecArray) => boolean | void,
    firstOnly = false,
  ): void {
    if (this.ids.length === 0) return;
    const { hits, from, to } = REGISTRY.scanOf(field);
    const text = field.text;
    const first = this.ids[0]!;
    const last = this.ids[this.ids.length - 1]!;
    let local = 0;
    for (let h = lowerBound(hits, first); h < hits.length && hits[h]! <= last; h++) {
      const id = hits[h]!;
      // Sets registered in one go hold consecutive ids; the search keeps this correct if one did not.
      while (local < this.ids.length && this.ids[local]! < id) local += 1;
      if (this.ids[local] !== id) continue;
      const regex = REGISTRY.regex(id);
      // A prefix of the text ends the search where no match can start any more; it keeps what
      // lookbehinds, anchors and boundaries see, so the matches are those of the whole text.
      const input = to[h]! < text.length ? text.slice(0, to[h]) : text;
      regex.lastIndex = from[h]!;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(input)) !== null) {
        if (match[0].length === 0) {
          regex.lastIndex += 1;
          continue;
        }
        if (visit(this.keys[local]!, match) === false) return;
        if (firstOnly) break;
      }
    }
  }
}

/** Index of the first element of an ascending array that is not below `value`. */
function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
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
export function compilePrecedingCue(cues: PatternsByLanguage | undefined, gap = "[^.,;:!?\\n。，、！？]{0,20}"): RegExp | null {
  const sources = languageSources(cues);
  return sources.length === 0 ? null : new RegExp(`(?:${sources.join("|")})${gap}$`);
}

/** Compiles a cue list into a regex that must start right after a match (`^gap cue…`). */
export function compileFollowingCue(cues: PatternsByLanguage | undefined, gap = "[^.;!?\\n。！？]{0,25}?"): RegExp | null {
  const sources = languageSources(cues);
  return sources.length === 0 ? null : new RegExp(`^${gap}(?:${sources.join("|")})`);
}

/** How far before and after a match cue regexes look. */
const CUE_WINDOW = 40;

/** True when `cue` matches the text just before [start, …). */
export function precededBy(text: string, start: number, cue: RegExp | null, window = CUE_WINDOW): boolean {
  return cue !== null && cue.test(text.slice(Math.max(0, start - window), start));
}

/** True when `cue` matches the text just after […, end). */
export function followedBy(text: string, end: number, cue: RegExp | null, window = CUE_WINDOW): boolean {
  return cue !== null && cue.test(text.slice(end, end + window));
}

/** Decides whether one match (a span of the field's normalised text) counts. */
export type MatchFilter = (field: NormalizedField, start: number, end: number) => boolean;

/** Up to three words, so that a negator reaches its verb's object but not the next clause. */
const WORD_GAP = "(?:\\s+[^\\s.,;:!?。，、！？]+){0,3}\\s*";

/** A filter that drops matches negated by the cues; null when there are no cues. */
export function negationFilter(cues: NegationCues | undefined): MatchFilter | null {
  if (!cues) return null;
  const before = compilePrecedingCue(cues.before, WORD_GAP);
  const adjacent = compilePrecedingCue(cues.beforeAdjacent, "\\s{0,2}");
  const after = compileFollowingCue(cues.after, "[^.;!?\\n。！？]{0,12}?");
  return (field, start, end) =>
    !(precededBy(field.text, start, before) || precededBy(field.text, start, adjacent) || followedBy(field.text, end, after));
}

/** The negation filter for every flag whose entry is marked `negatable`. */
export function negatableFilters<F extends string>(
  entries: Readonly<Partial<Record<string, LexiconEntry>>>,
  flags: readonly F[],
  cues: NegationCues | undefined,
): Partial<Record<F, MatchFilter>> {
  const filter = negationFilter(cues);
  const filters: Partial<Record<F, MatchFilter>> = {};
  if (!filter) return filters;
  for (const flag of flags) if (entries[flag]?.negatable) filters[flag] = filter;
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
): { values: Record<F, boolean>; evidenceByFlag: Partial<Record<F, Evidence[]>> } {
  const values = {} as Record<F, boolean>;
  for (const flag of flags) values[flag] = false;
  const evidenceByFlag: Partial<Record<F, Evidence[]>> = {};
  for (const field of jobFields(ctx)) {
    patterns.forEachMatch(field, (flag, match) => {
      const list = evidenceByFlag[flag] ?? [];
      // Later patterns of a full flag are skipped, not the remaining flags.
      if (list.length >= MAX_EVIDENCE_PER_FLAG) return true;
      const start = match.index;
      const end = start + match[0].length;
      const filter = filters[flag];
      if (filter && !filter(field, start, end)) return true;
      const evidence = evidenceFor(field, start, end);
      if (list.some((item) => item.start === evidence.start && item.end === evidence.end && item.field === evidence.field)) return true;
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

const ROLE_ENTRIES = (mergeLanguagePacks("roles", rolesFamilyData) as unknown as RoleLexiconFile).families;
/** Priority of each family: in a title naming two, the lower number wins. */
const PRIORITY = new Map<RoleFamily, number>(ROLE_ENTRIES.map((entry, index) => [entry.family, index]));
const ENTRY_LEVEL = new Map<RoleFamily, boolean>(ROLE_ENTRIES.map((entry) => [entry.family, entry.entryLevel]));
const TITLE_PATTERNS = new PatternSet<RoleFamily>();
const BODY_PATTERNS = new PatternSet<RoleFamily>();
for (const entry of ROLE_ENTRIES) {
  const body = entrySources(entry);
  TITLE_PATTERNS.add(entry.family, [...body, ...languageSources(entry.titleOnly)]);
  BODY_PATTERNS.add(entry.family, body);
}

const BODY_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>(["description", "text"]);

/** Families that lures advertise and that need no qualification (read from the lexicon). */
export const ENTRY_LEVEL_FAMILIES: ReadonlySet<RoleFamily> = new Set(
  ROLE_ENTRIES.filter((entry) => entry.entryLevel).map((entry) => entry.family),
);

interface RoleHit {
  family: RoleFamily;
  field: NormalizedField;
  start: number;
  end: number;
  /** Title: the family's priority. Body: the offset across body fields, so the earliest wins. */
  rank: number;
}

function better(candidate: RoleHit, best: RoleHit | null): boolean {
  if (best === null) return true;
  if (candidate.rank !== best.rank) return candidate.rank < best.rank;
  return PRIORITY.get(candidate.family)! < PRIORITY.get(best.family)!;
}

function titleHit(ctx: FeatureContext): RoleHit | null {
  let best: RoleHit | null = null;
  for (const field of ctx.fields) {
    if (field.field !== "title") continue;
    TITLE_PATTERNS.forEachMatch(
      field,
      (family, match) => {
        const hit = { family, field, start: match.index, end: match.index + match[0].length, rank: PRIORITY.get(family)! };
        // Same family twice: keep the earlier words as evidence.
        if (better(hit, best) || (best !== null && best.family === family && hit.start < best.start)) best = hit;
      },
      true,
    );
  }
  return best;
}

function bodyHit(ctx: FeatureContext): RoleHit | null {
  let best: RoleHit | null = null;
  let offset = 0;
  for (const field of ctx.fields) {
    if (!BODY_FIELDS.has(field.field)) continue;
    const base = offset;
    BODY_PATTERNS.forEachMatch(
      field,
      (family, match) => {
        const hit = { family, field, start: match.index, end: match.index + match[0].length, rank: base + match.index };
        if (better(hit, best)) best = hit;
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
    entryLevel: ENTRY_LEVEL.get(hit.family) ?? false,
    evidence: [evidenceFor(hit.field, hit.start, hit.end)],
  };
}
