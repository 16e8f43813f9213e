/**
 * Literal triggers for sets of regular expressions: which literals every match of a regex must
 * contain, how far a match can reach, and a registry that finds in one pass over a text which
 * regexes can match there and where. The feature lexicons and the rule engine both run on it.
 */
import type { NormalizedField } from "../types.js";
import literalFrequencyJson from "../generated/literal-frequency.json";

// --- Required literals --------------------------------------------------------------------------

/**
 * Literals of which every match of a regex source contains at least one, or null when no such set
 * was found. A small parser of the regex subset the lexicons use: sequences, groups, alternation,
 * quantifiers, classes and escapes. Within a sequence the mandatory item with the longest shortest
 * literal is chosen, so "\bfree (?:air )?tickets?\b" yields ["ticket"] rather than ["free "]. Mandatory
 * whitespace joins words into one literal ("kinh nghiem"), matched against whitespace-collapsed text.
 */
export function requiredLiterals(source: string): string[] | null {
  const found = triggerLiterals(source);
  return found && [...new Set(found.map(withoutBoundary))];
}

/**
 * Marks a literal that the regex requires to start at a word boundary (`\bage`): its occurrences
 * inside a word ("manage", "page") cannot start a match and are not recorded.
 */
const BOUNDARY = "\u0000";

const withoutBoundary = (literal: string): string => (literal.startsWith(BOUNDARY) ? literal.slice(1) : literal);

/**
 * Whether a source would be triggered by literals in a registry rather than run on every field: it
 * has required literals, none of them a common one-character ASCII literal (see `build()`).
 */
export function hasTrigger(source: string): boolean {
  const literals = triggerLiterals(source);
  return literals !== null && !literals.some((literal) => isAsciiCharacter(withoutBoundary(literal)));
}

/** When set, receives every mandatory literal set the parser weighs (see `candidateLiterals`). */
let candidateSink: ((set: readonly string[]) => void) | null = null;

/**
 * Every literal (cut as triggers are, without boundary marks) of every mandatory set the parser
 * weighs for a source: the literals whose frequency the trigger choice may ask for.
 */
export function candidateLiterals(source: string): string[] {
  const found = new Set<string>();
  candidateSink = (set) => {
    for (const literal of set) found.add(withoutBoundary(literal).slice(0, MAX_LITERAL_LENGTH));
  };
  try {
    literalTriggers(source);
  } finally {
    candidateSink = null;
  }
  return [...found];
}

/** `requiredLiterals` with the word-boundary marks the trigger index checks. */
export function triggerLiterals(source: string): string[] | null {
  return literalTriggers(source).trigger;
}

/**
 * A source's trigger literals and companion literals (see `companionLiterals`) from one parse: the
 * first screen parses every lexicon and rule pattern, and parsing each twice was a tenth of it.
 */
export function literalTriggers(source: string): { trigger: string[] | null; companions: string[] | null; leadEnd: number | null } {
  const cursor = { source, at: 0 };
  const sets: string[][] = [];
  const ends: number[] = [];
  const first = parseSequence(cursor, false, sets, undefined, ends);
  // A top-level alternation stops the sequence at its first "|": its branches are read again as such.
  const sequence = cursor.at === source.length;
  const found = sequence ? first : parseAlternatives({ source, at: 0 }, false);
  if (!found || found.length === 0 || !found.every((literal) => withoutBoundary(literal).length > 0)) return { trigger: null, companions: null, leadEnd: null };
  const companions = sequence ? bestCompanions(sets, found) : null;
  // The chosen set is one of the top-level sequence's items: every trigger occurrence a match holds
  // lies within the source up to that item's end. A top-level alternation has no such place.
  const chosen = sequence ? sets.indexOf(first!) : -1;
  return { trigger: shortened(found), companions: companions && shortened(companions), leadEnd: chosen >= 0 ? ends[chosen]! : null };
}

/**
 * Longest a trigger literal is kept. A match holding a literal holds its first characters too, and a
 * dozen characters already occur rarely; longer literals ("no work experience required", spelt out
 * for every alternative) only deepened the automaton, whose build the first screen pays.
 */
const MAX_LITERAL_LENGTH = 12;

function shortened(literals: readonly string[]): string[] {
  const cut = literals.map((literal) => {
    const mark = literal.startsWith(BOUNDARY) ? BOUNDARY : "";
    return mark + withoutBoundary(literal).slice(0, MAX_LITERAL_LENGTH);
  });
  return withoutSuperstrings(cut);
}

/** A companion set of more literals would cost the scan more than it saves. */
const MAX_COMPANION_LITERALS = 12;

/**
 * A second set of literals of which every match also contains one, besides `trigger` (the set
 * `triggerLiterals` chose), or null. Most patterns a trigger literal wakes fail: "paid air ticket"
 * wakes on "ticket" in every ad offering tickets. Requiring the companion ("paid") somewhere in the
 * field too lets the scan drop those patterns before any regex runs. Only a sequence at the top of the
 * source is read (a top-level alternation has no literal every branch shares). A companion must
 * also occur within the pattern's reach of the trigger occurrence. Common words and short ASCII
 * fragments are never taken: recording their many occurrences cost the scan more than the regexes
 * they spared (measured on generated ads, CPU time per posting).
 */
export function companionLiterals(source: string): string[] | null {
  return literalTriggers(source).companions;
}

function bestCompanions(sets: readonly string[][], trigger: readonly string[]): string[] | null {
  let best: string[] | null = null;
  // Weight 1 marks common words and short ASCII fragments ("no", "in"): a set holding one is passed over.
  let bestScore = 1.5;
  for (const set of sets) {
    if (set.length > MAX_COMPANION_LITERALS || set.some((literal) => trigger.includes(literal))) continue;
    if (set.some((literal) => withoutBoundary(literal).trim().length === 0)) continue;
    const score = literalScore(set);
    if (score > bestScore) {
      best = set;
      bestScore = score;
    }
  }
  return best;
}

interface RegexCursor {
  source: string;
  at: number;
}

/**
 * What an alternation or sequence matches when it is plain text: every string it can match (at most
 * `MAX_EXACT` of them), or null when it holds anything else (a class, a dot, an optional or repeated
 * item). Whitespace runs count as one space, as in the collapsed text the scan reads.
 */
interface ExactStrings {
  exact: string[] | null;
}

/**
 * Most strings a plain-text stretch may stand for. "(?:lam|bao) (?:visa|thi thuc) lao dong" is four
 * strings, each far rarer than " lao dong" alone: a trigger that long wakes the pattern only where it
 * can match. Larger products grow the automaton and the first screen() that builds it (about 0.35 s
 * more at 32), but wake fewer patterns in vain: at 32 `npm run bench` read 2,870 instead of 2,631
 * postings/s (one run each), and two CLI workers kept their share of the machine's two-core ceiling
 * (101% and 103%). At 64 the choice of triggers worsened and the regexes read more text than at eight.
 */
const MAX_EXACT = 32;

/** `atBoundary`: the alternatives start where `\b` holds, as in `\b(?:age|umur)`. */
function parseAlternatives(cursor: RegexCursor, atBoundary: boolean, exactOut?: ExactStrings): string[] | null {
  const branchExact: ExactStrings = { exact: null };
  const first = parseSequence(cursor, atBoundary, [], exactOut ? branchExact : undefined);
  if (cursor.source.charCodeAt(cursor.at) !== PIPE) {
    if (exactOut) exactOut.exact = branchExact.exact;
    return first;
  }
  const branches: (string[] | null)[] = [first];
  let exact: string[] | null = branchExact.exact ? [...branchExact.exact] : null;
  while (cursor.source.charCodeAt(cursor.at) === PIPE) {
    cursor.at += 1;
    branchExact.exact = null;
    branches.push(parseSequence(cursor, atBoundary, [], exactOut ? branchExact : undefined));
    const strings = branchExact.exact as string[] | null;
    exact = exact && strings && exact.length + strings.length <= MAX_EXACT ? [...exact, ...strings] : null;
  }
  if (exactOut) exactOut.exact = exact && [...new Set(exact)];
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

/**
 * Usefulness of a literal as a companion, and as a trigger where the frequency table lacks it: its
 * length, with short ASCII fragments and common words ranked last.
 */
function literalWeight(literal: string): number {
  // Spaces around a word (" you ") make it no rarer: weigh the letters.
  const word = withoutBoundary(literal).trim();
  if (WEAK_LITERALS.has(word)) return 1;
  // A rare sign alone ("(", "/"): better than nothing, worse than any word.
  if (word.length === 1 && word.charCodeAt(0) < 0x80) return 0.5;
  if (word.length <= 2 && word.charCodeAt(0) < 0x80) return 1;
  return word.length;
}

/**
 * How often literals occur in job ads, per million characters of normalised text: those at least
 * `minimumPerMillion`, measured on the corpus's train split (`npm run build:literal-frequency`).
 * A trigger wakes its pattern at every occurrence, and choosing triggers by length alone woke
 * patterns on "me", "with" and "age" several times per posting where a rarer set would not have.
 */
const literalFrequency = literalFrequencyJson as { minimumPerMillion: number; perMillion: Record<string, number> };
let knownFrequencies: Map<string, number> | undefined;

/**
 * Expected occurrences of a literal per million characters of ads. A literal missing from the table
 * is rarer than its threshold; among those, longer ones are rarer still. Common words the table may
 * lack (it was measured on a few thousand ads) keep the rank `WEAK_LITERALS` gives them.
 */
export function literalFrequencyPerMillion(literal: string): number {
  knownFrequencies ??= new Map(Object.entries(literalFrequency.perMillion));
  const text = withoutBoundary(literal).slice(0, MAX_LITERAL_LENGTH);
  const known = knownFrequencies.get(text);
  if (known !== undefined) return known;
  const rare = literalFrequency.minimumPerMillion / 2;
  return literalWeight(literal) <= 1 ? rare * 10 : rare * Math.min(1, 4 / text.length);
}

/**
 * What a literal set costs as a trigger: how often its literals occur in ads together, each
 * occurrence waking the pattern. A one-character ASCII literal cannot trigger (see build()).
 */
function triggerCost(set: readonly string[]): number {
  if (set.some((literal) => isAsciiCharacter(withoutBoundary(literal)))) return Number.POSITIVE_INFINITY;
  let total = 0;
  for (const literal of set) total += literalFrequencyPerMillion(literal);
  return total;
}

/** Score of a companion set: its weakest literal, the selectivity the cut can rely on. */
function literalScore(set: readonly string[]): number {
  // A set with a one-character ASCII literal cannot trigger (see build()); any other set is better.
  if (set.some((literal) => isAsciiCharacter(withoutBoundary(literal)))) return Number.NEGATIVE_INFINITY;
  let weakest = Number.POSITIVE_INFINITY;
  for (const literal of set) weakest = Math.min(weakest, literalWeight(literal));
  return weakest - set.length / 1000;
}

const PIPE = 0x7c;
const OPEN = 0x28;
const CLOSE = 0x29;
const QUESTION = 0x3f;
/** A quantifier at `lastIndex`: `?`, `*`, `+` or `{n}`, `{n,}`, `{n,m}`, maybe lazy. */
const QUANTIFIER_AT = /(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/y;

/**
 * Length of the group opening at `at` (`(`, `(?:`, `(?<name>` or a lookaround) and whether it is a
 * lookaround. Read from char codes, like the rest of this parser: it runs on every pattern at the
 * first screen.
 */
function groupOpening(source: string, at: number): { length: number; lookaround: boolean } {
  if (source.charCodeAt(at + 1) !== QUESTION) return { length: 1, lookaround: false };
  const kind = source[at + 2];
  if (kind === "=" || kind === "!") return { length: 3, lookaround: true };
  if (kind === "<") {
    const next = source[at + 3];
    if (next === "=" || next === "!") return { length: 4, lookaround: true };
    const close = source.indexOf(">", at + 3);
    if (close > at + 3 && close <= at + 43) return { length: close - at + 1, lookaround: false };
  }
  return { length: kind === ":" ? 3 : 1, lookaround: false };
}

/** Single ASCII signs rare enough in prose to trigger a pattern (see `isAsciiCharacter`). */
const RARE_ASCII_SIGNS = new Set(["(", ")", "/", "@", "#", "+", "=", "|", "%", "&", "*", "[", "]", "{", "}", "<", ">", "~", "^", "\\", "_", "`"]);
/**
 * A one-character ASCII literal that occurs all over prose: a letter, a digit, a space or everyday
 * punctuation. Rarer signs ("(", "/", "@", "#") still make workable triggers for patterns that have
 * nothing better: run untriggered, such a pattern read every field of every posting.
 */
const isAsciiCharacter = (literal: string): boolean => literal.length === 1 && literal.charCodeAt(0) < 0x80 && !RARE_ASCII_SIGNS.has(literal);

/**
 * The strings of a set that hold no other string of it: a text holding "free air tickets" holds
 * "free air ticket", so the shorter one alone covers both.
 */
function withoutSuperstrings(strings: readonly string[]): string[] {
  const unique = [...new Set(strings)];
  const bare = unique.map(withoutBoundary);
  return unique.filter(
    (text, i) =>
      !unique.some((other, j) => j !== i && bare[i]!.includes(bare[j]!) && (other.startsWith(BOUNDARY) ? text.startsWith(BOUNDARY) && text.startsWith(other) : true)),
  );
}

/**
 * Two plain-text pieces one after the other; a word-boundary mark only counts at the very start, and
 * two spaces meeting are one whitespace run in the collapsed text the scan reads.
 */
function joinExact(prefix: string, text: string): string {
  if (prefix === "") return text;
  const rest = withoutBoundary(text);
  return prefix.endsWith(" ") && rest.startsWith(" ") ? prefix + rest.slice(1) : prefix + rest;
}

/**
 * `candidates`: when given, receives every mandatory literal set of the sequence, the chosen one
 * included. `exactOut`: when given, receives the strings the whole sequence matches if it is plain
 * text (see `ExactStrings`). `candidateEnds`: when given, receives for each candidate where in the
 * source the item holding it ends.
 */
function parseSequence(cursor: RegexCursor, atBoundary: boolean, candidates: string[][] = [], exactOut?: ExactStrings, candidateEnds?: number[]): string[] | null {
  const { source } = cursor;
  const firstCandidate = candidates.length;
  let run = "";
  // Plain-text groups met since the last flush, multiplied out: the strings the stretch before `run`
  // matches (null: none, the stretch is `run` alone).
  let product: string[] | null = null;
  // Whether everything since the sequence's start is plain text, so `product` and `run` are all it matches.
  let wholeExact = true;
  // Whether `\b` holds where the next item starts: nothing consumed since a `\b` (or the sequence's start, with `atBoundary`).
  let boundary = atBoundary;
  const stretch = (): string[] => (product ? product.map((prefix) => joinExact(prefix, run)) : [run]);
  // Only a finished stretch may drop its superstrings: "khong" holds "k", but "khong noi" not "k noi".
  // `end`: where in the source the stretch ends (see `candidateEnds`).
  const flush = (end = cursor.at): void => {
    const all = stretch();
    const strings = all.filter((text) => withoutBoundary(text).trim().length > 0);
    if (strings.length > 0 && strings.length === all.length) {
      candidates.push(withoutSuperstrings(strings));
      candidateEnds?.push(end);
    }
    run = "";
    product = null;
  };
  while (cursor.at < source.length) {
    const itemStart = cursor.at;
    const code = source.charCodeAt(cursor.at);
    if (code === PIPE || code === CLOSE) break;
    let literal: string | null = null;
    let group: string[] | null = null;
    let zeroWidth = false;
    let groupExact: string[] | null = null;
    if (code === OPEN) {
      const opening = groupOpening(source, cursor.at);
      cursor.at += opening.length;
      const innerExact: ExactStrings = { exact: null };
      const inner = parseAlternatives(cursor, boundary && run === "" && product === null && !opening.lookaround, innerExact);
      cursor.at += 1; // the closing parenthesis
      if (opening.lookaround) zeroWidth = true;
      else {
        group = inner;
        groupExact = innerExact.exact;
      }
    } else if (code === 0x5b /* [ */) {
      cursor.at += 1;
      while (cursor.at < source.length && source.charCodeAt(cursor.at) !== 0x5d /* ] */) cursor.at += source.charCodeAt(cursor.at) === 0x5c ? 2 : 1;
      cursor.at += 1;
    } else if (code === 0x5c /* \ */) {
      const next = source[cursor.at + 1] ?? "";
      cursor.at += 2;
      if (next === "b" || next === "B") {
        zeroWidth = true;
        if (next === "b" && run === "") boundary = true;
      }
      // Whitespace counts as one space: triggers are looked up in text whose whitespace runs are collapsed.
      else if (next === "s") literal = " ";
      else if (!/[a-zA-Z0-9]/.test(next)) literal = next;
      // Code points, properties and named backreferences (\u{…}, \p{…}, \k<…>) stand for no literal.
      else if (/[upPk]/.test(next) && /[{<]/.test(source[cursor.at] ?? "")) {
        const close = source.indexOf(source[cursor.at] === "{" ? "}" : ">", cursor.at);
        cursor.at = Math.max(cursor.at, close + 1);
      }
      else if (next === "u") cursor.at += 4;
      else if (next === "x") cursor.at += 2;
      else if (next === "c") cursor.at += 1;
    } else if (code === 0x5e /* ^ */ || code === 0x24 /* $ */) {
      cursor.at += 1;
      zeroWidth = true;
    } else if (code === 0x2e /* . */) {
      cursor.at += 1;
    } else {
      literal = source[cursor.at]!;
      // A tab or no-break space typed into a source is a whitespace run of the collapsed text too.
      if (literal !== " " && isSpace(literal.charCodeAt(0))) literal = " ";
      cursor.at += 1;
    }
    const next = source.charCodeAt(cursor.at);
    let quantifier: RegExpExecArray | null = null;
    if (next === QUESTION || next === 0x2a /* * */ || next === 0x2b /* + */ || next === 0x7b /* { */) {
      QUANTIFIER_AT.lastIndex = cursor.at;
      quantifier = QUANTIFIER_AT.exec(source);
    }
    const minimum = quantifier ? (quantifier[0][0] === "+" ? 1 : quantifier[1] !== undefined ? Number(quantifier[1]) : 0) : 1;
    if (quantifier) cursor.at += quantifier[0].length;
    if (zeroWidth) continue;
    const startsRun = literal !== null && run === "" && product === null && boundary && (!quantifier || minimum >= 1);
    boundary = false;
    // Whitespace next to whitespace is still one run of the collapsed text: "ab\\s\\scd" holds "ab cd".
    // (A space after a multiplied group's trailing space is merged by joinExact.)
    const extendsSpace = literal === " " && run.endsWith(" ");
    if (literal !== null && !quantifier) {
      if (!extendsSpace) run += startsRun ? BOUNDARY + literal : literal;
      continue;
    }
    if (literal !== null && minimum >= 1) {
      if (!extendsSpace) run += startsRun ? BOUNDARY + literal : literal;
      // "\s{1,3}" is still one space in collapsed text; any other repeated character ends the run.
      if (literal !== " ") {
        wholeExact = false;
        flush();
      }
      continue;
    }
    // A plain-text group, or one optional character or group ("tickets?", "(?:air )?"), multiplies the
    // stretch: "(?:lam|bao) " then "(?:visa|thi thuc)" is four strings.
    // `\s{0,3}` between words is a space or none in the collapsed text.
    const optional = quantifier !== null && (/^\?\??$/.test(quantifier[0]) || (literal === " " && minimum === 0 && quantifier[0][0] === "{"));
    const choices = group && groupExact && (!quantifier || optional) ? (optional ? [...groupExact, ""] : groupExact) : literal !== null && optional ? [literal, ""] : null;
    if (choices) {
      const prefixes = stretch();
      if (prefixes.length * choices.length <= MAX_EXACT) {
        product = [...new Set(prefixes.flatMap((prefix) => choices.map((text) => joinExact(prefix, text))))];
        run = "";
        continue;
      }
    }
    wholeExact = false;
    // The stretch ended before this item, which is not plain text: "\\bvisa\\b[^.]{0,60}" holds
    // "visa" within its first six characters, not within the class after them.
    flush(itemStart);
    if (group && minimum >= 1) {
      candidates.push(group);
      candidateEnds?.push(cursor.at);
    }
  }
  if (exactOut) exactOut.exact = wholeExact ? stretch() : null;
  flush();
  let best: string[] | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const set of candidates.slice(firstCandidate)) {
    candidateSink?.(set);
    const cost = triggerCost(set);
    if (best === null || cost < bestCost) {
      best = set;
      bestCost = cost;
    }
  }
  return best;
}

// --- Match reach --------------------------------------------------------------------------------

/**
 * How far past its start a match of a regex source can read, as `fixed + spaceRuns × S + tokenRuns
 * × T`, where S and T are the longest whitespace run and the longest run without whitespace in the
 * text searched. A repeated atom that only matches whitespace (`\s+`) cannot read more than the
 * longest whitespace run, and one that never matches whitespace (`[a-z]+`, `\d*`) no more than the
 * longest token; bounding them per text keeps the windows of patterns written with `\s+` small.
 */
export interface ReachTerms {
  /** The longest match with every whitespace-only and token-only repetition left out; Infinity when unbounded otherwise. */
  fixed: number;
  spaceRuns: number;
  tokenRuns: number;
}

/**
 * The reach of a regex source: the longest match, with every lookaround counted as if it consumed
 * its text and one more unit for a final boundary test. A match found near a trigger literal
 * therefore lies within this distance of it, so the regex only needs to read that neighbourhood.
 * `fixed` is Infinity for unbounded repetition of anything but whitespace-only or token-only atoms,
 * for backreferences and for any syntax this reader does not know. With `unicode` (the `u` flag)
 * every atom counts two UTF-16 units, since it may match a surrogate pair.
 */
export function matchReachTerms(source: string, unicode = false): ReachTerms {
  const cursor: ReachCursor = { source, at: 0, unknown: false, unit: unicode ? 2 : 1 };
  const longest = longestAlternative(cursor);
  if (cursor.unknown || cursor.at !== source.length) return { fixed: Number.POSITIVE_INFINITY, spaceRuns: 0, tokenRuns: 0 };
  return { fixed: longest.fixed + 1, spaceRuns: longest.spaceRuns, tokenRuns: longest.tokenRuns };
}

/**
 * How far into a match the trigger literal an occurrence stands for can start, as reach terms: the
 * longest stretch the source up to the end of the trigger's item consumes (`leadEnd` from
 * `literalTriggers`). A match therefore starts at most this far before some occurrence it holds, which
 * for a literal leading its pattern is a few characters where the whole reach is dozens.
 */
export function matchLeadTerms(source: string, leadEnd: number, unicode = false): ReachTerms {
  const prefix = source.slice(0, leadEnd);
  const cursor: ReachCursor = { source: prefix, at: 0, unknown: false, unit: unicode ? 2 : 1, consumedOnly: true };
  const longest = longestAlternative(cursor);
  if (cursor.unknown || cursor.at !== prefix.length) return { fixed: Number.POSITIVE_INFINITY, spaceRuns: 0, tokenRuns: 0 };
  return longest;
}

/** The reach of a source in a text whose longest whitespace run and longest token are given (unknown: Infinity). */
export function matchReach(source: string, unicode = false, longestSpaceRun = Number.POSITIVE_INFINITY, longestToken = Number.POSITIVE_INFINITY): number {
  return reachIn(matchReachTerms(source, unicode), longestSpaceRun, longestToken);
}

function reachIn(terms: ReachTerms, longestSpaceRun: number, longestToken: number): number {
  return reachOf(terms.fixed, terms.spaceRuns, terms.tokenRuns, longestSpaceRun, longestToken);
}

function reachOf(fixed: number, spaceRuns: number, tokenRuns: number, longestSpaceRun: number, longestToken: number): number {
  let reach = fixed;
  if (spaceRuns > 0) reach += spaceRuns * longestSpaceRun;
  if (tokenRuns > 0) reach += tokenRuns * longestToken;
  return reach;
}

interface ReachCursor {
  source: string;
  at: number;
  /** Set when the source holds something whose length this reader cannot bound. */
  unknown: boolean;
  /** UTF-16 units one atom may match. */
  unit: number;
  /** Count what a match consumes only: lookarounds read text but add nothing to a match's length. */
  consumedOnly?: boolean;
}

interface Reach {
  fixed: number;
  spaceRuns: number;
  tokenRuns: number;
}

function longestAlternative(cursor: ReachCursor): Reach {
  const longest = longestSequence(cursor);
  while (cursor.source[cursor.at] === "|") {
    cursor.at += 1;
    const next = longestSequence(cursor);
    // An upper bound of every branch, whatever the text's runs.
    longest.fixed = Math.max(longest.fixed, next.fixed);
    longest.spaceRuns = Math.max(longest.spaceRuns, next.spaceRuns);
    longest.tokenRuns = Math.max(longest.tokenRuns, next.tokenRuns);
  }
  return longest;
}

const GROUP_OPENING = /^\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]{0,39}>))?/;
const QUANTIFIER = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/;
/** Escapes of one character, or of none (\b, \B), whose meaning is the same with and without `u`. */
const SIMPLE_ESCAPE = /^\\(?:[bBdDwWsSnrtvf]|0(?![0-9])|[^A-Za-z0-9]|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z])/;
const UNICODE_ESCAPE = /^\\(?:u\{[0-9a-fA-F]{1,6}\}|[pP]\{[\w=]{1,60}\})/;

/** Whitespace code points as `\s` knows them, as ranges: what a class must avoid to be token-only. */
const SPACE_RANGES: readonly (readonly [number, number])[] = [
  [9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];

const touchesSpace = (low: number, high: number): boolean => SPACE_RANGES.some(([from, to]) => low <= to && high >= from);

/** What an atom may match, as far as runs go: only whitespace, never whitespace, or either. */
type AtomKind = "space" | "token" | "mixed";

const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

/** Code point of one class member or escape written at `at` (a plain character or \uXXXX, \xXX, \t…), or -1. */
function memberCode(body: string, at: number): { code: number; length: number } {
  if (body[at] !== "\\") {
    const code = body.codePointAt(at)!;
    return { code, length: code > 0xffff ? 2 : 1 };
  }
  const next = body[at + 1] ?? "";
  if (next === "u" && /^[0-9a-fA-F]{4}$/.test(body.slice(at + 2, at + 6))) return { code: parseInt(body.slice(at + 2, at + 6), 16), length: 6 };
  if (next === "x" && /^[0-9a-fA-F]{2}$/.test(body.slice(at + 2, at + 4))) return { code: parseInt(body.slice(at + 2, at + 4), 16), length: 4 };
  const control = CONTROL_ESCAPES[next];
  if (control !== undefined) return { code: control, length: 2 };
  if (/[A-Za-z0-9]/.test(next)) return { code: -1, length: 2 };
  return { code: next.codePointAt(0) ?? -1, length: 2 };
}

/** Whether a character class body (between the brackets) only matches whitespace, never does, or may do either. */
function classKind(body: string): AtomKind {
  const negated = body.startsWith("^");
  let at = negated ? 1 : 0;
  let hasSpace = false;
  let hasOther = false;
  let coversAllSpace = false;
  while (at < body.length) {
    if (body[at] === "\\" && /[sSdDwW]/.test(body[at + 1] ?? "")) {
      const kind = body[at + 1]!;
      if (kind === "s") {
        hasSpace = true;
        coversAllSpace = true;
      } else if (kind === "D" || kind === "W") {
        hasSpace = true;
        hasOther = true;
      } else hasOther = true;
      at += 2;
      continue;
    }
    if (body[at] === "\\" && /[pP]/.test(body[at + 1] ?? "")) {
      // \p{L} and its kin hold no whitespace; any other property might.
      const close = body.indexOf("}", at);
      const property = body.slice(at + 3, close);
      if (body[at + 1] === "p" && /^(?:L|Lu|Ll|Lo|M|Mn|Mc|N|Nd|Script=\w+|sc=\w+)$/.test(property)) hasOther = true;
      else return "mixed";
      at = close < 0 ? body.length : close + 1;
      continue;
    }
    const low = memberCode(body, at);
    if (low.code < 0) return "mixed";
    at += low.length;
    let high = low.code;
    if (body[at] === "-" && at + 1 < body.length) {
      const upper = memberCode(body, at + 1);
      if (upper.code < 0) return "mixed";
      high = upper.code;
      at += 1 + upper.length;
    }
    if (touchesSpace(low.code, high)) hasSpace = true;
    if (low.code !== high || !touchesSpace(low.code, high)) hasOther = true;
  }
  if (negated) {
    // [^\s…] never matches whitespace; any other negated class matches some.
    return coversAllSpace ? "token" : "mixed";
  }
  if (!hasSpace) return "token";
  return hasOther ? "mixed" : "space";
}

function longestSequence(cursor: ReachCursor): Reach {
  const { source } = cursor;
  const total: Reach = { fixed: 0, spaceRuns: 0, tokenRuns: 0 };
  while (cursor.at < source.length && source[cursor.at] !== "|" && source[cursor.at] !== ")" && !cursor.unknown) {
    const ch = source[cursor.at]!;
    let atom: Reach = { fixed: cursor.unit, spaceRuns: 0, tokenRuns: 0 };
    // What the atom may match: known now, or a class (or one-character escape) to read only if the
    // atom turns out to repeat without bound, which few do; the build reads thousands of patterns.
    let kind: AtomKind = "mixed";
    let classToRead: string | null = null;
    if (ch === "(") {
      const opening = GROUP_OPENING.exec(source.slice(cursor.at, cursor.at + 44))![0];
      // A group extension this reader does not know.
      if (source[cursor.at + 1] === "?" && opening.length === 1) cursor.unknown = true;
      cursor.at += opening.length;
      atom = longestAlternative(cursor);
      if (source[cursor.at] !== ")") cursor.unknown = true;
      cursor.at += 1;
      if (cursor.consumedOnly && /^\(\?(?:[=!]|<[=!])/.test(opening)) atom = { fixed: 0, spaceRuns: 0, tokenRuns: 0 };
    } else if (ch === "[") {
      const open = cursor.at;
      cursor.at += 1;
      while (cursor.at < source.length && source[cursor.at] !== "]") cursor.at += source[cursor.at] === "\\" ? 2 : 1;
      classToRead = source.slice(open + 1, cursor.at);
      cursor.at += 1;
    } else if (ch === "\\") {
      const escape = SIMPLE_ESCAPE.exec(source.slice(cursor.at, cursor.at + 6)) ?? (cursor.unit === 2 ? UNICODE_ESCAPE.exec(source.slice(cursor.at, cursor.at + 64)) : null);
      if (!escape) cursor.unknown = true;
      else {
        cursor.at += escape[0].length;
        if (escape[0] === "\\b" || escape[0] === "\\B") atom = { fixed: 0, spaceRuns: 0, tokenRuns: 0 };
        else if (escape[0] === "\\s") kind = "space";
        else if (/^\\[dwS]$/.test(escape[0])) kind = "token";
        // \uXXXX, \xXX, \u{…}, \p{…} and escaped punctuation: one member, read as a class of one.
        else if (escape[0].length > 2 || /[^A-Za-z0-9]/.test(escape[0][1]!)) classToRead = escape[0];
      }
    } else {
      cursor.at += 1;
      if (ch === "^" || ch === "$") atom = { fixed: 0, spaceRuns: 0, tokenRuns: 0 };
      else if (ch !== ".") classToRead = ch === "\\" || ch === "]" || ch === "^" ? `\\${ch}` : ch;
    }
    const quantifier = QUANTIFIER.exec(source.slice(cursor.at, cursor.at + 16));
    let times = 1;
    if (quantifier) {
      cursor.at += quantifier[0].length;
      if (quantifier[1] === "?") times = 1;
      else if (quantifier[1] !== undefined || (quantifier[3] !== undefined && quantifier[4] === "")) times = Number.POSITIVE_INFINITY;
      else times = Number(quantifier[4] ?? quantifier[2]);
    }
    if (times === Number.POSITIVE_INFINITY && classToRead !== null) kind = classKind(classToRead);
    if (times === Number.POSITIVE_INFINITY && kind !== "mixed") {
      // A repeated whitespace-only or token-only atom reads at most one run of its kind.
      if (kind === "space") total.spaceRuns += 1;
      else total.tokenRuns += 1;
      continue;
    }
    if (times === Number.POSITIVE_INFINITY) {
      if (atom.fixed > 0 || atom.spaceRuns > 0 || atom.tokenRuns > 0) total.fixed = Number.POSITIVE_INFINITY;
      continue;
    }
    total.fixed += atom.fixed * times;
    total.spaceRuns += atom.spaceRuns * times;
    total.tokenRuns += atom.tokenRuns * times;
  }
  return total;
}

// --- Trigger index ------------------------------------------------------------------------------

/** Hash of a trie edge (node, character class), for the automaton's open-addressing edge table. */
function edgeHash(node: number, characterClass: number, bits: number): number {
  return Math.imul(node ^ Math.imul(characterClass, 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);
}

/** Offsets of a node's numbers in the automaton's node table (the only child's class is at 0). */
const SOLE_CHILD = 1;
/** For a node of several children, in the sole child's place: the classes of its children, as bits of a mask. */
const CHILD_CLASSES = 1;
const FAILURE = 2;
const OUTPUT = 3;

/**
 * The automaton's dense table: rows for the nodes reached through the 63 commonest classes (columns
 * 1 to `DENSE_CLASSES` - 1; class 0 never steps) within `DENSE_DEPTH` characters of the root, about
 * 3,200 rows of 16-bit entries (0.4 MB) for the bundled lexicons. `DENSE_NODES` caps the table at
 * 0.5 MB, half what one core's L2 cache holds.
 */
const DENSE_NODES = 4096;
const DENSE_DEPTH = 3;
const DENSE_CLASSES = 64;
/**
 * A dense entry whose target does not fit 16 bits: the step is taken the slow way. Targets lie
 * within four characters of the root, numbered breadth first, so the bundled lexicons' fit (the
 * largest is about 33,000); 16-bit entries halve the table, and the scan's time is mostly cache misses.
 */
const DENSE_MISS = 0xffff;

/** A copy of the table with twice the room (at least 256). */
function grown(table: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(256, table.length * 2));
  bigger.set(table);
  return bigger;
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

/** A word character as `\b` reads it (ASCII, without the `i` and `u` flags together). */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95;
}

/** Whether `\b` holds at `at`: a word character on one side only. */
function wordBoundaryAt(text: string, at: number): boolean {
  return (at > 0 && isWordCode(text.charCodeAt(at - 1))) !== (at < text.length && isWordCode(text.charCodeAt(at)));
}

interface TriggerLiteral {
  literal: string;
  /** Whether every match needs `\b` where the literal starts. */
  atBoundary: boolean;
  ids: number[];
  /** Index of the literal in the per-scan occurrence tables. */
  slot: number;
  /** Whether the literal starts with a space, which stands for a whole whitespace run of the text. */
  leadingSpace: boolean;
}

/** What one scan of a field found; kept so that every extractor reading the field shares it. */
export interface FieldScan {
  /** Number of registered sources when the field was scanned. */
  size: number;
  /** Ids of the patterns that may match, ascending. */
  hits: Int32Array;
  /**
   * The stretches of text each hit's regex has to read, in order: windows `first[h]` to
   * `first[h + 1] - 1`. A match starts inside a window, at or after `from[w]`, and nothing at or after
   * `to[w]` can change it.
   */
  first: Int32Array;
  from: Int32Array;
  to: Int32Array;
}

/**
 * Calls `visit` for every match, in order, of a hit's regex (global) in the text, reading only the
 * hit's windows; `visit` returns false to stop. Between windows the search skips text where no
 * match can start, so the matches are those of one `exec` loop over the whole text.
 */
export function forEachWindowMatch(text: string, scan: FieldScan, h: number, regex: RegExp, visit: (match: RegExpExecArray) => boolean): void {
  let position = 0;
  for (let match = firstWindowMatch(text, scan, h, regex, position); match !== null; match = firstWindowMatch(text, scan, h, regex, position)) {
    if (!visit(match)) return;
    position = match.index + match[0].length;
  }
}

/**
 * The first non-empty match of a hit's regex (global) starting at or after `position`, reading only
 * the hit's windows: the match one `exec` from `position` over the whole text would find.
 */
export function firstWindowMatch(text: string, scan: FieldScan, h: number, regex: RegExp, position: number): RegExpExecArray | null {
  for (let w = scan.first[h]!; w < scan.first[h + 1]!; w++) {
    const end = scan.to[w]!;
    if (end <= position) continue;
    // A prefix of the text keeps what lookbehinds, anchors and boundaries see.
    const input = end < text.length ? text.slice(0, end) : text;
    regex.lastIndex = Math.max(scan.from[w]!, position);
    let match: RegExpExecArray | null;
    while ((match = regex.exec(input)) !== null) {
      if (match[0].length > 0) return match;
      regex.lastIndex += 1;
    }
  }
  return null;
}

/**
 * Windows closer than this are read as one. Every `exec` call costs about as much as reading a hundred
 * characters, and reading the gap between two windows cannot find a false match: a match starting in
 * the gap holds a trigger occurrence, whose own window the merged one contains.
 */
const WINDOW_MERGE_GAP = 96;

/**
 * A set of regexes, each compiled alone and registered with the literals it requires. One pass over
 * a field's text through an Aho–Corasick automaton of those literals finds every occurrence of
 * them; only the regexes whose literals occur run, and only over the stretches a match
 * containing one of the occurrences can reach (see `matchReach`). For the lexicons, a long
 * alternation of all patterns cost hundreds of microseconds per posting; the scan costs tens.
 */
export class TriggerRegistry {
  private readonly regexes: RegExp[] = [];
  private readonly literals: (string[] | null)[] = [];
  private readonly companions: (string[] | null)[] = [];
  /**
   * Per pattern, six numbers: the reach terms (fixed, whitespace runs, tokens; see `matchReachTerms`)
   * and the lead terms (see `matchLeadTerms`). Flat, so the window set-up reads them in one place.
   */
  private readonly reachTerms: number[] = [];
  // Longest whitespace run and longest token of the text last scanned, which bound the reaches.
  private longestSpaceRun = 0;
  private longestToken = 0;
  private built = false;
  // The Aho–Corasick automaton of every trigger literal, over character classes (the characters some
  // literal holds; every other character is class 0 and leads back to the root, node 0). Built by the
  // first scan, not at import. The previous scan looked up hashes of each position's first two to four
  // characters and compared the literals sharing them, which cost more than the automaton: most
  // literals of a language share their first characters with its ordinary words.
  private classOf = new Uint16Array(0);
  /** Per class, the root's child (0: none): nearly every step from the root reads it. */
  private rootChild = new Int32Array(0);
  // Every other edge, in an open-addressing table of three numbers per slot s: the node at 3s, the
  // class at 3s + 1 and the child at 3s + 2 (0: empty slot). Kept about 70% full: a probe that goes on
  // reads the next slot of the same cache line, and the smaller table leaves more of the cache to the
  // rest of screen(), which two CLI workers share. Nodes are numbered breadth first (the dense ones
  // first), so the shallow nodes that most steps visit sit together in the node-indexed arrays.
  private edges = new Int32Array(0);
  private edgeBits = 1;
  /**
   * Whole steps (failure links followed) of the dense nodes (numbered first; see `DENSE_DEPTH`) for
   * the first `DENSE_CLASSES` classes, row by row: on Latin-script text most steps read one entry of
   * it rather than probing the edge table, whose misses went to memory.
   */
  private dense = new Uint16Array(0);

  /**
   * Per node n, four numbers at 4n, read together in one cache line: the class of its only child (0
   * when it has none, -1 when it has several; deep in the trie most nodes have one child, and their
   * steps skip the edge table), that child, its failure link, and the nearest node on its failure
   * chain, itself included, where literals end (0: none).
   */
  private nodeTable = new Int32Array(0);
  /**
   * One bit per node: whether some literal ends at the node or on its failure chain. Most steps end
   * nowhere, and checking this 20 KB mask instead of the node's row of the 2.5 MB node table saved the
   * scan its commonest cache miss (a dense step otherwise reads the table only for this).
   */
  private outputMask = new Int32Array(0);
  /** Literals ending at node n: `outputs[outputFirst[n]]` to `outputs[outputFirst[n + 1] - 1]`. */
  private outputFirst = new Int32Array(0);
  private outputs: TriggerLiteral[] = [];
  /** Per output, its literal's length and whether it must start at a word boundary, read without reaching the entry. */
  private outputLength = new Int32Array(0);
  private outputAtBoundary = new Uint8Array(0);
  /** Raw offsets of the last characters of the collapsed text, as a ring as long as the longest literal. */
  private ring = new Int32Array(0);
  /** Per pattern, the occurrence-table slots of its literals. */
  private literalSlots: number[][] = [];
  /** Per pattern, the slots of its companion literals (see `companionLiterals`), of which one must occur too; empty: none. */
  private companionSlots: number[][] = [];
  private untriggered: number[] = [];
  private readonly cache = new WeakMap<NormalizedField, FieldScan>();

  // Occurrences of the scan in progress, reused from scan to scan: each literal's are chained in order
  // (`nextOccurrence`, -1 at the end), and a literal's chain is valid when its `seen` stamp is the
  // current scan's.
  private seen = new Int32Array(0);
  private firstOccurrence = new Int32Array(0);
  private lastOccurrence = new Int32Array(0);
  private occurrenceStart = new Int32Array(0);
  private occurrenceLatest = new Int32Array(0);
  private nextOccurrence = new Int32Array(0);
  private occurrences = 0;
  private scanCount = 0;
  // Working space of the window computation, reused too.
  private windowFrom = new Int32Array(0);
  private windowTo = new Int32Array(0);
  private merged = new Int32Array(0);
  // One chain head per literal slot of a pattern, sized at build.
  private heads = new Int32Array(0);
  private marks = new Uint8Array(0);
  private found: number[] = [];

  private readonly sources: string[] = [];

  private readonly sourceFlags: string[] = [];
  private readonly idByKey = new Map<string, number>();

  /**
   * Registers a regex source with its flags (`g` is required, `u` is understood); returns its id,
   * a new one unless `reuse` is set and the source was registered with the same flags (so rule engines
   * created again and again over one rule pack do not grow the registry). Compiling the regex and
   * finding its literals wait for the first scan, so importing the library stays cheap (cold import is
   * a benchmark target).
   */
  register(source: string, flags = "g", reuse = false): number {
    const key = `${flags}/${source}`;
    if (reuse) {
      const known = this.idByKey.get(key);
      if (known !== undefined) return known;
    }
    this.sources.push(source);
    this.sourceFlags.push(flags);
    this.built = false;
    const id = this.sources.length - 1;
    if (reuse) this.idByKey.set(key, id);
    return id;
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
    this.occurrences = 0;
    this.scan(text);
    // A first, cheap cut: a pattern none of whose companions occurs anywhere in the field. The window
    // walk below then drops those whose companions are all out of reach.
    let kept = 0;
    for (const id of found) {
      const companions = this.companionSlots[id]!;
      let companionSeen = companions.length === 0;
      for (let c = 0; c < companions.length && !companionSeen; c++) companionSeen = this.seen[companions[c]!] === this.scanCount;
      if (!companionSeen) {
        marks[id] = 0;
        continue;
      }
      found[kept++] = id;
    }
    found.length = kept;
    const hits = sortedIds(found);
    const first = new Int32Array(hits.length + 1);
    let windows = 0;
    for (let h = 0; h < hits.length; h++) {
      const id = hits[h]!;
      marks[id] = 0;
      first[h] = windows;
      const terms = this.reachTerms;
      const reach = reachOf(terms[6 * id]!, terms[6 * id + 1]!, terms[6 * id + 2]!, this.longestSpaceRun, this.longestToken);
      const slots = this.literalSlots[id]!;
      if (reach === Number.POSITIVE_INFINITY || slots.length === 0) {
        windows = this.addWindow(windows, windows, 0, text.length, text.length);
        continue;
      }
      // A match holding an occurrence starts within `lead` (at most `reach`) before some occurrence it
      // holds and reads within `reach` after it.
      const lead = Math.min(reach, reachOf(terms[6 * id + 3]!, terms[6 * id + 4]!, terms[6 * id + 5]!, this.longestSpaceRun, this.longestToken));
      const count = this.mergeOccurrences(slots, 0);
      const companionSlots = this.companionSlots[id]!;
      const companions = companionSlots.length > 0 ? this.mergeOccurrences(companionSlots, count) : -1;
      const occurrenceStart = this.occurrenceStart;
      const merged = this.merged;
      let nearest = count;
      for (let i = 0; i < count; i++) {
        const k = merged[i]!;
        const start = occurrenceStart[k]!;
        if (companions >= 0) {
          // A match holding this occurrence and a companion one has both within reach of each other.
          while (nearest < count + companions && occurrenceStart[merged[nearest]!]! < start - reach) nearest += 1;
          if (nearest === count + companions || occurrenceStart[merged[nearest]!]! > start + reach) continue;
        }
        windows = this.addWindow(windows, first[h]!, start - lead, this.occurrenceLatest[k]! + reach, text.length);
      }
    }
    first[hits.length] = windows;
    const scan: FieldScan = { size: this.sources.length, ...withoutEmptyHits(hits, first), from: this.windowFrom.slice(0, windows), to: this.windowTo.slice(0, windows) };
    this.cache.set(field, scan);
    return scan;
  }

  /**
   * Writes the occurrences of the given literal slots in this scan, in text order, into `merged` from
   * `at` on; returns how many. Each slot's chain is in text order (the automaton records a literal's
   * occurrences as it reaches their ends, and one literal's ends come in the order of its starts), so
   * merging the chains orders them without a sort.
   */
  private mergeOccurrences(slots: readonly number[], at: number): number {
    const heads = this.heads;
    const occurrenceStart = this.occurrenceStart;
    let live = 0;
    for (const slot of slots) if (this.seen[slot] === this.scanCount) heads[live++] = this.firstOccurrence[slot]!;
    let written = 0;
    while (live > 0) {
      let lowest = 0;
      for (let i = 1; i < live; i++) if (occurrenceStart[heads[i]!]! < occurrenceStart[heads[lowest]!]!) lowest = i;
      const k = heads[lowest]!;
      if (at + written === this.merged.length) this.merged = grown(this.merged);
      this.merged[at + written] = k;
      written += 1;
      const next = this.nextOccurrence[k]!;
      if (next >= 0) heads[lowest] = next;
      else heads[lowest] = heads[--live]!;
    }
    return written;
  }

  /**
   * Adds [start, end), clipped to the text, to the hit's windows (which begin at `hitFirst`), merged
   * with the last one if they overlap or lie within `WINDOW_MERGE_GAP` of it; returns the new count.
   */
  private addWindow(count: number, hitFirst: number, start: number, end: number, length: number): number {
    const clipped = Math.min(end, length);
    if (count > hitFirst && start <= this.windowTo[count - 1]! + WINDOW_MERGE_GAP) {
      if (clipped > this.windowTo[count - 1]!) this.windowTo[count - 1] = clipped;
      return count;
    }
    if (count === this.windowFrom.length) {
      this.windowFrom = grown(this.windowFrom);
      this.windowTo = grown(this.windowTo);
    }
    this.windowFrom[count] = Math.max(0, start);
    this.windowTo[count] = clipped;
    return count + 1;
  }

  /**
   * Notes an occurrence of a trigger literal. `start` is where the occurrence begins; `latest` is the
   * last position a match containing it can start at (past the whitespace run that a leading space
   * of the literal stands for).
   */
  private record(entry: TriggerLiteral, start: number, latest: number): void {
    const slot = entry.slot;
    const k = this.occurrences++;
    if (k === this.occurrenceStart.length) {
      this.occurrenceStart = grown(this.occurrenceStart);
      this.occurrenceLatest = grown(this.occurrenceLatest);
      this.nextOccurrence = grown(this.nextOccurrence);
    }
    this.occurrenceStart[k] = start;
    this.occurrenceLatest[k] = latest;
    this.nextOccurrence[k] = -1;
    if (this.seen[slot] !== this.scanCount) {
      this.seen[slot] = this.scanCount;
      this.firstOccurrence[slot] = k;
      const marks = this.marks;
      for (const id of entry.ids) {
        if (marks[id] === 1) continue;
        marks[id] = 1;
        this.found.push(id);
      }
    } else {
      this.nextOccurrence[this.lastOccurrence[slot]!] = k;
    }
    this.lastOccurrence[slot] = k;
  }

  /**
   * One pass over the text as if every whitespace run were a single space (the form literals are
   * written in), without building that string: the automaton reads each collapsed character, and a
   * ring keeps the raw offsets where the last ones start.
   */
  private scan(text: string): void {
    const classOf = this.classOf;
    const rootChild = this.rootChild;
    const edges = this.edges;
    const edgeBits = this.edgeBits;
    const edgeMask = (1 << edgeBits) - 1;
    const outputLength = this.outputLength;
    const outputAtBoundary = this.outputAtBoundary;
    const dense = this.dense;
    const denseNodes = dense.length / DENSE_CLASSES;
    const nodeTable = this.nodeTable;
    const outputMask = this.outputMask;
    const outputFirst = this.outputFirst;
    const outputs = this.outputs;
    const ring = this.ring;
    const ringMask = ring.length - 1;
    const length = text.length;
    let node = 0;
    // Index of the next collapsed character.
    let collapsed = 0;
    let previousSpace = false;
    let spaceRun = 0;
    let tokenRun = 0;
    let longestSpaceRun = 0;
    let longestToken = 0;
    for (let i = 0; i < length; i++) {
      let code = text.charCodeAt(i);
      // Letters and digits, nearly every character, leave by the first test.
      const space = code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code >= 0xa0 && isSpace(code);
      if (space) {
        spaceRun += 1;
        tokenRun = 0;
        if (spaceRun > longestSpaceRun) longestSpaceRun = spaceRun;
        if (previousSpace) continue;
        code = 32;
      } else {
        tokenRun += 1;
        spaceRun = 0;
        if (tokenRun > longestToken) longestToken = tokenRun;
      }
      previousSpace = space;
      ring[collapsed & ringMask] = i;
      collapsed += 1;
      const characterClass = classOf[code]!;
      if (characterClass === 0) {
        node = 0;
        continue;
      }
      // Follow failure links until some node has an edge for the class; the root always ends the walk.
      // A shallow node reading a common class takes its whole step from the dense table.
      for (;;) {
        if (node < denseNodes && characterClass < DENSE_CLASSES) {
          const target = dense[node * DENSE_CLASSES + characterClass]!;
          if (target !== DENSE_MISS) {
            node = target;
            break;
          }
        }
        if (node === 0) {
          node = rootChild[characterClass]!;
          break;
        }
        // Most nodes have no child or one: their step needs no probe of the edge table.
        const only = nodeTable[node << 2]!;
        if (only === characterClass) {
          node = nodeTable[(node << 2) | SOLE_CHILD]!;
          break;
        }
        if (only >= 0 || ((nodeTable[(node << 2) | CHILD_CLASSES]! >>> (characterClass & 31)) & 1) === 0) {
          node = nodeTable[(node << 2) | FAILURE]!;
          continue;
        }
        let slot = edgeHash(node, characterClass, edgeBits);
        let child = edges[3 * slot + 2]!;
        while (child !== 0 && (edges[3 * slot] !== node || edges[3 * slot + 1] !== characterClass)) {
          slot = (slot + 1) & edgeMask;
          child = edges[3 * slot + 2]!;
        }
        if (child !== 0) {
          node = child;
          break;
        }
        node = nodeTable[(node << 2) | FAILURE]!;
      }
      if (((outputMask[node >>> 5]! >>> (node & 31)) & 1) === 0) continue;
      for (let ending = nodeTable[(node << 2) | OUTPUT]!; ending !== 0; ending = nodeTable[(nodeTable[(ending << 2) | FAILURE]! << 2) | OUTPUT]!) {
        for (let o = outputFirst[ending]!; o < outputFirst[ending + 1]!; o++) {
          const first = collapsed - outputLength[o]!;
          const start = ring[first & ringMask]!;
          if (outputAtBoundary[o] === 1 && !wordBoundaryAt(text, start)) continue;
          const entry = outputs[o]!;
          // A match holding the occurrence starts before its second character (past the whitespace run a leading space stands for).
          const latest = entry.leadingSpace ? ring[(first + 1) & ringMask]! - 1 : start;
          this.record(entry, start, latest);
        }
      }
    }
    this.longestSpaceRun = longestSpaceRun;
    this.longestToken = longestToken;
  }

  private build(): void {
    if (this.built) return;
    for (let id = this.regexes.length; id < this.sources.length; id++) {
      this.regexes.push(new RegExp(this.sources[id]!, this.sourceFlags[id]));
      const { trigger, companions, leadEnd } = literalTriggers(this.sources[id]!);
      this.literals.push(trigger);
      this.companions.push(companions);
      const unicode = this.sourceFlags[id]!.includes("u");
      const reach = matchReachTerms(this.sources[id]!, unicode);
      const lead = leadEnd === null ? { fixed: Number.POSITIVE_INFINITY, spaceRuns: 0, tokenRuns: 0 } : matchLeadTerms(this.sources[id]!, leadEnd, unicode);
      this.reachTerms.push(reach.fixed, reach.spaceRuns, reach.tokenRuns, lead.fixed, lead.spaceRuns, lead.tokenRuns);
    }
    this.untriggered = [];
    this.literalSlots = this.sources.map(() => []);
    this.companionSlots = this.sources.map(() => []);
    // Per literal, the patterns it triggers and those it is a companion of.
    const byLiteral = new Map<string, { ids: number[]; companionOf: number[] }>();
    const entryOf = (literal: string) => {
      let entry = byLiteral.get(literal);
      if (!entry) byLiteral.set(literal, (entry = { ids: [], companionOf: [] }));
      return entry;
    };
    this.literals.forEach((literals, id) => {
      // A pure-ASCII single character ("-", "x") would trigger on nearly every field anyway.
      if (!literals || literals.some((literal) => isAsciiCharacter(withoutBoundary(literal)))) {
        this.untriggered.push(id);
        return;
      }
      for (const literal of literals) entryOf(literal).ids.push(id);
      for (const literal of this.companions[id] ?? []) entryOf(literal).companionOf.push(id);
    });
    const entries: TriggerLiteral[] = [];
    for (const [marked, { ids, companionOf }] of byLiteral) {
      const literal = withoutBoundary(marked);
      const entry: TriggerLiteral = { literal, atBoundary: marked !== literal, ids, slot: entries.length, leadingSpace: literal.charCodeAt(0) === 32 };
      entries.push(entry);
      for (const id of ids) this.literalSlots[id]!.push(entry.slot);
      for (const id of companionOf) this.companionSlots[id]!.push(entry.slot);
    }
    this.buildAutomaton(entries);
    const slots = entries.length;
    this.seen = new Int32Array(slots);
    let widest = 1;
    for (let id = 0; id < this.sources.length; id++) widest = Math.max(widest, this.literalSlots[id]!.length, this.companionSlots[id]!.length);
    this.heads = new Int32Array(widest);
    this.firstOccurrence = new Int32Array(slots);
    this.lastOccurrence = new Int32Array(slots);
    this.marks = new Uint8Array(this.sources.length);
    this.built = true;
  }

  /** The automaton of the literals: a trie over character classes, its failure links and what ends where. */
  private buildAutomaton(entries: readonly TriggerLiteral[]): void {
    // Classes numbered by how often their character occurs in the literals, so that the dense table
    // (see `dense`) covers the commonest ones.
    const frequency = new Int32Array(0x10000);
    let longest = 2;
    for (const { literal } of entries) {
      longest = Math.max(longest, literal.length);
      for (let k = 0; k < literal.length; k++) frequency[literal.charCodeAt(k)]! += 1;
    }
    const characters: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (frequency[code]! > 0) characters.push(code);
    characters.sort((a, b) => frequency[b]! - frequency[a]! || a - b);
    const classOf = new Uint16Array(0x10000);
    // 65,535 classes at most: class 0 stands for every character no literal holds.
    characters.slice(0, 0xffff).forEach((code, index) => (classOf[code] = index + 1));
    const classes = Math.min(characters.length, 0xffff) + 1;
    // The trie, with edges in a map while it grows and each node's children listed for the walk below.
    const edges = new Map<number, number>();
    const rootChild = new Int32Array(classes);
    const firstChild: number[] = [-1];
    const nextSibling: number[] = [-1];
    const classIn: number[] = [0];
    const endingHere: (TriggerLiteral[] | undefined)[] = [undefined];
    for (const entry of entries) {
      let node = 0;
      for (let k = 0; k < entry.literal.length; k++) {
        const characterClass = classOf[entry.literal.charCodeAt(k)]!;
        const key = node * 0x10000 + characterClass;
        let child = node === 0 ? rootChild[characterClass]! : (edges.get(key) ?? 0);
        if (child === 0) {
          child = firstChild.length;
          firstChild.push(-1);
          nextSibling.push(firstChild[node]!);
          firstChild[node] = child;
          classIn.push(characterClass);
          endingHere.push(undefined);
          if (node === 0) rootChild[characterClass] = child;
          else edges.set(key, child);
        }
        node = child;
      }
      (endingHere[node] ??= []).push(entry);
    }
    const nodes = firstChild.length;
    // Breadth-first order, in which each node's failure target, which is shallower, comes before it.
    const order = new Int32Array(nodes);
    let ordered = 1;
    for (let head = 0; head < ordered; head++) {
      for (let child = firstChild[order[head]!]!; child >= 0; child = nextSibling[child]!) order[ordered++] = child;
    }
    // The dense table's rows go to the nodes reached through the commonest classes only, to a depth
    // of `DENSE_DEPTH`: those are the shallow nodes ordinary text walks through. Numbered first, breadth
    // first among themselves, so a dense node's failure target (a suffix of its path, so also eligible,
    // shallower and, the rows being a breadth-first prefix of the eligible nodes, dense) has its row
    // complete before it.
    const depthOf = new Uint8Array(nodes);
    const denseEligible = new Uint8Array(nodes);
    denseEligible[0] = 1;
    for (let k = 0; k < nodes; k++) {
      const node = order[k]!;
      for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
        depthOf[child] = Math.min(255, depthOf[node]! + 1);
        denseEligible[child] = denseEligible[node] === 1 && classIn[child]! < DENSE_CLASSES && depthOf[child]! <= DENSE_DEPTH ? 1 : 0;
      }
    }
    const numbering = new Int32Array(nodes);
    let numbered = 0;
    for (let k = 0; k < nodes && numbered < DENSE_NODES; k++) if (denseEligible[order[k]!] === 1) numbering[numbered++] = order[k]!;
    const denseNodes = numbered;
    const hasDenseRow = new Uint8Array(nodes);
    for (let k = 0; k < denseNodes; k++) hasDenseRow[numbering[k]!] = 1;
    for (let k = 0; k < nodes; k++) if (hasDenseRow[order[k]!] === 0) numbering[numbered++] = order[k]!;
    const renumbered = new Int32Array(nodes);
    for (let k = 0; k < nodes; k++) renumbered[numbering[k]!] = k;
    const step = (node: number, characterClass: number): number => (node === 0 ? rootChild[characterClass]! : (edges.get(node * 0x10000 + characterClass) ?? 0));
    // Failure links and output links in the trie's numbering, then everything moved to the final numbers.
    const failureOf = new Int32Array(nodes);
    const outputOf = new Int32Array(nodes);
    for (let k = 1; k < nodes; k++) {
      const node = order[k]!;
      outputOf[node] = endingHere[node] ? node : outputOf[failureOf[node]!]!;
      for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
        const characterClass = classIn[child]!;
        let fallback = failureOf[node]!;
        let target = step(fallback, characterClass);
        while (target === 0 && fallback !== 0) {
          fallback = failureOf[fallback]!;
          target = step(fallback, characterClass);
        }
        failureOf[child] = target;
      }
    }
    const nodeTable = new Int32Array(4 * nodes);
    const outputFirst = new Int32Array(nodes + 1);
    const outputs: TriggerLiteral[] = [];
    for (let k = 0; k < nodes; k++) {
      const node = numbering[k]!;
      nodeTable[4 * k + FAILURE] = renumbered[failureOf[node]!]!;
      nodeTable[4 * k + OUTPUT] = renumbered[outputOf[node]!]!;
      const first = firstChild[node]!;
      if (first >= 0) {
        if (nextSibling[first]! < 0) {
          nodeTable[4 * k] = classIn[first]!;
          nodeTable[4 * k + SOLE_CHILD] = renumbered[first]!;
        } else {
          // A node of several children keeps, where a sole child would be, a mask of its children's
          // classes (modulo 32): a class outside the mask fails over without a probe of the edge table,
          // whose random reads were most of the scan's cache misses.
          nodeTable[4 * k] = -1;
          let mask = 0;
          for (let child = first; child >= 0; child = nextSibling[child]!) mask |= 1 << (classIn[child]! & 31);
          nodeTable[4 * k + CHILD_CLASSES] = mask;
        }
      }
      outputFirst[k] = outputs.length;
      for (const entry of endingHere[node] ?? []) outputs.push(entry);
    }
    outputFirst[nodes] = outputs.length;
    for (let characterClass = 0; characterClass < classes; characterClass++) rootChild[characterClass] = renumbered[rootChild[characterClass]!]!;
    let bits = 4;
    while ((1 << bits) * 0.7 < edges.size) bits += 1;
    const mask = (1 << bits) - 1;
    const table = new Int32Array(3 << bits);
    for (const [key, target] of edges) {
      const node = renumbered[Math.floor(key / 0x10000)]!;
      const characterClass = key % 0x10000;
      let slot = edgeHash(node, characterClass, bits);
      while (table[3 * slot + 2] !== 0) slot = (slot + 1) & mask;
      table[3 * slot] = node;
      table[3 * slot + 1] = characterClass;
      table[3 * slot + 2] = renumbered[target]!;
    }
    this.edges = table;
    // The dense table: for the dense nodes (numbered first) and the commonest classes, the whole step,
    // failure links already followed. A dense node's failure target is numbered before it, so its row is complete first.
    const dense = new Uint16Array(denseNodes * DENSE_CLASSES);
    const child = (node: number, characterClass: number): number => {
      if (node === 0) return rootChild[characterClass]!;
      let slot = edgeHash(node, characterClass, bits);
      while (table[3 * slot + 2] !== 0 && (table[3 * slot] !== node || table[3 * slot + 1] !== characterClass)) slot = (slot + 1) & mask;
      return table[3 * slot + 2]!;
    };
    for (let node = 0; node < denseNodes; node++) {
      for (let characterClass = 1; characterClass < Math.min(classes, DENSE_CLASSES); characterClass++) {
        const next = child(node, characterClass);
        const target = next !== 0 || node === 0 ? next : dense[nodeTable[4 * node + FAILURE]! * DENSE_CLASSES + characterClass]!;
        dense[node * DENSE_CLASSES + characterClass] = target < DENSE_MISS ? target : DENSE_MISS;
      }
    }
    this.dense = dense;
    this.edgeBits = bits;
    this.classOf = classOf;
    this.rootChild = rootChild;
    this.nodeTable = nodeTable;
    const outputMask = new Int32Array((nodes >>> 5) + 1);
    for (let k = 0; k < nodes; k++) if (nodeTable[4 * k + OUTPUT] !== 0) outputMask[k >>> 5] = outputMask[k >>> 5]! | (1 << (k & 31));
    this.outputMask = outputMask;
    this.outputFirst = outputFirst;
    this.outputs = outputs;
    this.outputLength = Int32Array.from(outputs, (entry) => entry.literal.length);
    this.outputAtBoundary = Uint8Array.from(outputs, (entry) => (entry.atBoundary ? 1 : 0));
    let ringLength = 2;
    while (ringLength < longest) ringLength *= 2;
    this.ring = new Int32Array(ringLength);
  }
}

/**
 * The ids in ascending order, as a new array. An insertion sort for the usual few dozen: on them
 * `Int32Array.prototype.sort` cost about as much as the rest of the window set-up.
 */
function sortedIds(ids: readonly number[]): Int32Array {
  // Quadratic at worst: longer lists get the library sort (from an array-like: `Int32Array.from`
  // walks an iterator).
  if (ids.length > 64) return new Int32Array(ids).sort();
  const sorted = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let j = i;
    while (j > 0 && sorted[j - 1]! > id) {
      sorted[j] = sorted[j - 1]!;
      j -= 1;
    }
    sorted[j] = id;
  }
  return sorted;
}

/**
 * The hits left with a window, and their window offsets: a pattern whose trigger occurrences all lack
 * a companion nearby has none, and cannot match.
 */
function withoutEmptyHits(hits: Int32Array, first: Int32Array): { hits: Int32Array; first: Int32Array } {
  let empty = 0;
  for (let h = 0; h < hits.length; h++) if (first[h] === first[h + 1]) empty += 1;
  if (empty === 0) return { hits, first };
  const keptHits = new Int32Array(hits.length - empty);
  const keptFirst = new Int32Array(keptHits.length + 1);
  let kept = 0;
  for (let h = 0; h < hits.length; h++) {
    if (first[h] === first[h + 1]) continue;
    keptHits[kept] = hits[h]!;
    keptFirst[kept] = first[h]!;
    kept += 1;
  }
  keptFirst[kept] = first[hits.length]!;
  return { hits: keptHits, first: keptFirst };
}

/**
 * The registry of the bundled lexicons and of every rule engine: one scan of a field finds the
 * trigger literals of both, and each rule or lexicon pattern then reads only its own windows.
 */
export const sharedTriggers = /* @__PURE__ */ new TriggerRegistry();

/** Index of the first element of an ascending array that is not below `value`. */
export function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

