/**
 * Literal triggers for sets of regular expressions: which literals every match of a regex must
 * contain, how far a match can reach, and a registry that finds in one pass over a text which
 * regexes can match there and where. The feature lexicons and the rule engine both run on it.
 */
import type { NormalizedField } from "../types.js";
import literalFrequencyJson from "../generated/literal-frequency.json";
import { freshInt32Array, int32Copy } from "../normalize/int32-slab.js";

// --- Required literals --------------------------------------------------------------------------

/**
 * Literals of which every match of a regex source contains at least one, or null when no such set
 * was found. A small parser of the regex subset the lexicons use: sequences, groups, alternation,
 * quantifiers, classes and escapes. Within a sequence the mandatory item with the longest shortest
 * literal is chosen, so "\bfree (?:air )?tickets?\b" yields ["ticket"] rather than ["free "]. Mandatory
 * whitespace joins words into one literal ("kinh nghiem"), matched against whitespace-collapsed text.
 */
export function requiredLiterals(source: string): string[] | null {
  const found = parsedTriggers(source).trigger;
  return found && [...new Set(found.map(withoutBoundary))];
}

/**
 * Marks a literal that the regex requires to start at a word boundary (`\bage`): its occurrences
 * inside a word ("manage", "page") cannot start a match and are not recorded.
 */
const BOUNDARY = "\u0000";

const withoutBoundary = (literal: string): string => (literal.startsWith(BOUNDARY) ? literal.slice(1) : literal);

/** Whether a literal, without its boundary mark, is whitespace only (or empty): what `trim` would leave nothing of. */
function isBlank(literal: string): boolean {
  for (let k = literal.startsWith(BOUNDARY) ? 1 : 0; k < literal.length; k++) if (!isSpace(literal.charCodeAt(k))) return false;
  return true;
}

/**
 * Whether a source would be triggered by literals in a registry rather than run on every field: it
 * has required literals, none of them a common one-character ASCII literal (see `build()`).
 */
export function hasTrigger(source: string): boolean {
  const literals = parsedTriggers(source).trigger;
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

/** What `literalTriggers` finds in a source. */
export interface LiteralTriggers {
  trigger: string[] | null;
  companions: string[] | null;
  leadEnd: number | null;
}

/**
 * A source's trigger literals and companion literals (see `companionLiterals`) from one parse: the
 * first screen parses every lexicon and rule pattern, and parsing each twice was a tenth of it.
 */
export function literalTriggers(source: string): LiteralTriggers {
  const { trigger, companions, leadEnd } = parsedTriggers(source);
  return { trigger: trigger && [...trigger], companions: companions && [...companions], leadEnd };
}

/**
 * Parses of sources since the last build of a registry, which reads them (and forgets them): the
 * lexicons ask `hasTrigger` and `requiredLiterals` of sources they then register, and a registry
 * holds some sources more than once (with other flags). Shared: callers get copies.
 */
const parsedSources = new Map<string, LiteralTriggers>();

function parsedTriggers(source: string): LiteralTriggers {
  // The candidate sink wants to see the parse itself.
  if (candidateSink !== null) return parseTriggers(source);
  let parsed = parsedSources.get(source);
  if (parsed === undefined) parsedSources.set(source, (parsed = parseTriggers(source)));
  return parsed;
}

function parseTriggers(source: string): LiteralTriggers {
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
    const text = withoutBoundary(literal);
    // Short enough already: the same string, not a copy to hash again.
    if (text.length <= MAX_LITERAL_LENGTH) return literal;
    return (text === literal ? "" : BOUNDARY) + text.slice(0, MAX_LITERAL_LENGTH);
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
    if (set.some(isBlank)) continue;
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
  // The branches' literals so far, in order; null once a branch has none.
  let union: Set<string> | null = first && new Set(first);
  let exact: string[] | null = branchExact.exact ? [...branchExact.exact] : null;
  while (cursor.source.charCodeAt(cursor.at) === PIPE) {
    cursor.at += 1;
    branchExact.exact = null;
    const branch = parseSequence(cursor, atBoundary, [], exactOut ? branchExact : undefined);
    if (branch === null) union = null;
    else if (union) for (const literal of branch) union.add(literal);
    const strings = branchExact.exact as string[] | null;
    if (exact && strings && exact.length + strings.length <= MAX_EXACT) exact.push(...strings);
    else exact = null;
  }
  if (exactOut) exactOut.exact = exact && [...new Set(exact)];
  return union && [...union];
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
 * "free air ticket", so the shorter one alone covers both. Exported for its test.
 */
export function withoutSuperstrings(strings: readonly string[]): string[] {
  if (strings.length === 1) return [strings[0]!];
  const unique = [...new Set(strings)];
  const bare = unique.map(withoutBoundary);
  // Each string is looked for in all the texts at once, each text followed by a line break: one
  // search per string rather than one per pair, which for stretches multiplied out to dozens of
  // strings and alternations of a thousand literals was about a tenth of the first screen.
  const joined = bare.join("\n") + "\n";
  const starts = new Int32Array(unique.length + 1);
  for (let k = 0; k < unique.length; k++) starts[k + 1] = starts[k]! + bare[k]!.length + 1;
  const holdsAnother = new Uint8Array(unique.length);
  for (let j = 0; j < unique.length; j++) {
    const needle = bare[j]!;
    // A marked string is only held by marked strings that start with it.
    const marked = needle !== unique[j];
    // The search goes on from the next text: a later occurrence in the same one tells no more (and
    // an empty string, found everywhere, is found once per text).
    for (let at = joined.indexOf(needle), k = 0; at >= 0 && at < joined.length; at = joined.indexOf(needle, starts[k + 1]!)) {
      while (starts[k + 1]! <= at) k += 1;
      // An occurrence running past the end of text k is not in it, nor is any later one.
      if (k === j || at + needle.length >= starts[k + 1]!) continue;
      if (!marked || (at === starts[k] && bare[k] !== unique[k])) holdsAnother[k] = 1;
    }
  }
  return unique.filter((_, k) => holdsAnother[k] === 0);
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
  while (cursor.at < source.length) {
    const itemStart = cursor.at;
    const code = source.charCodeAt(cursor.at);
    if (code === PIPE || code === CLOSE) break;
    // Plain characters that no quantifier follows, taken as one piece: most of a source is words.
    let end = itemStart;
    while (end < source.length && isPlainCharacter(source.charCodeAt(end))) end += 1;
    if (end < source.length && isQuantifierStart(source.charCodeAt(end))) end -= 1;
    if (end > itemStart) {
      const startsRun = run === "" && product === null && boundary;
      boundary = false;
      run += startsRun ? BOUNDARY + source.slice(itemStart, end) : source.slice(itemStart, end);
      cursor.at = end;
      continue;
    }
    let literal: string | null = null;
    let group: string[] | null = null;
    let zeroWidth = false;
    let groupExact: string[] | null = null;
    if (code === OPEN) {
      const opening = groupOpening(source, cursor.at);
      if (opening.lookaround && candidateSink === null) {
        // A lookaround consumes nothing and its literals are no match's: only the candidate sink weighs them.
        cursor.at = groupEnd(source, cursor.at);
        zeroWidth = true;
      } else {
        cursor.at += opening.length;
        const innerExact: ExactStrings = { exact: null };
        const inner = parseAlternatives(cursor, boundary && run === "" && product === null && !opening.lookaround, innerExact);
        cursor.at += 1; // the closing parenthesis
        if (opening.lookaround) zeroWidth = true;
        else {
          group = inner;
          groupExact = innerExact.exact;
        }
      }
    } else if (code === 0x5b /* [ */) {
      cursor.at = classEnd(source, cursor.at);
    } else if (code === 0x5c /* \ */) {
      const next = source.charCodeAt(cursor.at + 1);
      if (next === 0x62 /* b */ || next === 0x42 /* B */) {
        zeroWidth = true;
        if (next === 0x62 && run === "") boundary = true;
      }
      // Whitespace counts as one space: triggers are looked up in text whose whitespace runs are collapsed.
      else if (next === 0x73 /* s */) literal = " ";
      // An escape at the very end stands for the empty string.
      else if (!isAlphanumeric(next)) literal = source.charAt(cursor.at + 1);
      cursor.at = escapeEnd(source, cursor.at);
    } else if (code === 0x5e /* ^ */ || code === 0x24 /* $ */) {
      cursor.at += 1;
      zeroWidth = true;
    } else if (code === 0x2e /* . */) {
      cursor.at += 1;
    } else {
      // A tab or no-break space typed into a source is a whitespace run of the collapsed text too.
      literal = isSpace(code) ? " " : source[cursor.at]!;
      cursor.at += 1;
    }
    let quantifier: RegExpExecArray | null = null;
    if (isQuantifierStart(source.charCodeAt(cursor.at))) {
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
        addStretch(stretchStrings(product, run), cursor.at, candidates, candidateEnds);
        run = "";
        product = null;
      }
      continue;
    }
    // A plain-text group, or one optional character or group ("tickets?", "(?:air )?"), multiplies the
    // stretch: "(?:lam|bao) " then "(?:visa|thi thuc)" is four strings.
    // `\s{0,3}` between words is a space or none in the collapsed text.
    const optional = quantifier !== null && (quantifier[0] === "?" || quantifier[0] === "??" || (literal === " " && minimum === 0 && quantifier[0][0] === "{"));
    const choices = group && groupExact && (!quantifier || optional) ? (optional ? [...groupExact, ""] : groupExact) : literal !== null && optional ? [literal, ""] : null;
    if (choices) {
      const prefixes = stretchStrings(product, run);
      if (prefixes.length * choices.length <= MAX_EXACT) {
        const strings = new Set<string>();
        for (const prefix of prefixes) for (const text of choices) strings.add(joinExact(prefix, text));
        product = [...strings];
        run = "";
        continue;
      }
    }
    wholeExact = false;
    // The stretch ended before this item, which is not plain text: "\\bvisa\\b[^.]{0,60}" holds
    // "visa" within its first six characters, not within the class after them.
    addStretch(stretchStrings(product, run), itemStart, candidates, candidateEnds);
    run = "";
    product = null;
    if (group && minimum >= 1) {
      candidates.push(group);
      candidateEnds?.push(cursor.at);
    }
  }
  const stretch = stretchStrings(product, run);
  if (exactOut) exactOut.exact = wholeExact ? stretch : null;
  addStretch(stretch, cursor.at, candidates, candidateEnds);
  let best: string[] | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  // A sole candidate is chosen whatever it costs.
  const choosing = candidates.length - firstCandidate > 1;
  for (let c = firstCandidate; c < candidates.length; c++) {
    const set = candidates[c]!;
    candidateSink?.(set);
    const cost = choosing ? triggerCost(set) : 0;
    if (best === null || cost < bestCost) {
      best = set;
      bestCost = cost;
    }
  }
  return best;
}

/** The strings a stretch matches: those of its multiplied-out groups (if any), each followed by `run`. */
function stretchStrings(product: string[] | null, run: string): string[] {
  if (product === null) return [run];
  const strings = new Array<string>(product.length);
  for (let i = 0; i < product.length; i++) strings[i] = joinExact(product[i]!, run);
  return strings;
}

/**
 * Adds a finished stretch's strings as a candidate set, unless one of them is blank (a match need
 * hold no literal there). Only a finished stretch may drop its superstrings: "khong" holds "k", but
 * "khong noi" not "k noi". `end`: where in the source the stretch ends (see `candidateEnds`).
 */
function addStretch(strings: readonly string[], end: number, candidates: string[][], candidateEnds: number[] | undefined): void {
  if (strings.length === 0) return;
  for (const text of strings) if (isBlank(text)) return;
  candidates.push(withoutSuperstrings(strings));
  candidateEnds?.push(end);
}

/** A character the parsers read as itself whatever follows: no syntax, no whitespace. */
function isPlainCharacter(code: number): boolean {
  return code < 0x80 ? PLAIN_ASCII[code] === 1 : !isSpace(code);
}

/** `isPlainCharacter` of the ASCII characters, looked up: the parsers ask it of nearly every character. */
const PLAIN_ASCII = Uint8Array.from({ length: 0x80 }, (_, code) => ("|()[\\^$.?*+{".includes(String.fromCharCode(code)) || isSpace(code) ? 0 : 1));

/** `?`, `*`, `+` or `{`: where a quantifier may start (`QUANTIFIER_AT` decides). */
function isQuantifierStart(code: number): boolean {
  return code === QUESTION || code === 0x2a /* * */ || code === 0x2b /* + */ || code === 0x7b /* { */;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Where the escape at `at` (its backslash) ends. */
function escapeEnd(source: string, at: number): number {
  const next = source.charCodeAt(at + 1);
  const end = at + 2;
  // Code points, properties and named backreferences (\u{…}, \p{…}, \k<…>) stand for no literal.
  const opening = source.charCodeAt(end);
  if ((next === 0x75 /* u */ || next === 0x70 /* p */ || next === 0x50 /* P */ || next === 0x6b /* k */) && (opening === 0x7b /* { */ || opening === 0x3c /* < */)) {
    const close = source.indexOf(opening === 0x7b ? "}" : ">", end);
    return Math.max(end, close + 1);
  }
  if (next === 0x75 /* u */) return end + 4;
  if (next === 0x78 /* x */) return end + 2;
  if (next === 0x63 /* c */) return end + 1;
  return end;
}

/** Where the character class opening at `at` ends, past its closing bracket. */
function classEnd(source: string, at: number): number {
  let end = at + 1;
  while (end < source.length && source.charCodeAt(end) !== 0x5d /* ] */) end += source.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
  return end + 1;
}

/**
 * Where the group opening at `at` ends, past its closing parenthesis, read as `parseSequence` reads
 * it: classes and escapes hide parentheses, and a group left open ends one place past the end per
 * level, as the parser's cursor does.
 */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  while (at < source.length) {
    const code = source.charCodeAt(at);
    if (code === OPEN) {
      at += groupOpening(source, at).length;
      depth += 1;
    } else if (code === CLOSE) {
      at += 1;
      depth -= 1;
      if (depth === 0) return at;
    } else if (code === 0x5b /* [ */) at = classEnd(source, at);
    else if (code === 0x5c /* \ */) at = escapeEnd(source, at);
    else at += 1;
  }
  return at + depth;
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
  const cursor: ReachCursor = { source, at: 0, unknown: false, unit: unicode ? 2 : 1, consumedOnly: false };
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
  consumedOnly: boolean;
}

interface Reach {
  fixed: number;
  spaceRuns: number;
  tokenRuns: number;
}

function longestAlternative(cursor: ReachCursor): Reach {
  const longest = longestSequence(cursor);
  while (cursor.source.charCodeAt(cursor.at) === PIPE) {
    cursor.at += 1;
    const next = longestSequence(cursor);
    // An upper bound of every branch, whatever the text's runs.
    longest.fixed = Math.max(longest.fixed, next.fixed);
    longest.spaceRuns = Math.max(longest.spaceRuns, next.spaceRuns);
    longest.tokenRuns = Math.max(longest.tokenRuns, next.tokenRuns);
  }
  return longest;
}

const QUANTIFIER = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/;
// Sticky: read at `lastIndex` of the whole source rather than from a slice of it.
const GROUP_OPENING_AT = /\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]{0,39}>))?/y;
/** Escapes of one character, or of none (\b, \B), whose meaning is the same with and without `u`. */
const SIMPLE_ESCAPE_AT = /\\(?:[bBdDwWsSnrtvf]|0(?![0-9])|[^A-Za-z0-9]|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z])/y;
const UNICODE_ESCAPE_AT = /\\(?:u\{[0-9a-fA-F]{1,6}\}|[pP]\{[\w=]{1,60}\})/y;

/** The match of a sticky regex at `at` of the source, or null. */
function stickyMatch(regex: RegExp, source: string, at: number): string | null {
  regex.lastIndex = at;
  return regex.exec(source)?.[0] ?? null;
}

/** How many characters of the source the reach reads a quantifier from. */
const QUANTIFIER_LENGTH = 16;

/**
 * The quantifier at `at` as `QUANTIFIER` reads it from the 16 characters there: its length and how
 * many times it lets an atom match (once for `?`), or null. Read from the character codes in the
 * usual cases, which are most atoms' ends; the regex decides the rest.
 */
function reachQuantifierAt(source: string, at: number): { length: number; times: number } | null {
  const code = source.charCodeAt(at);
  if (code === QUESTION || code === 0x2a /* * */ || code === 0x2b /* + */) {
    const length = source.charCodeAt(at + 1) === QUESTION ? 2 : 1;
    return { length, times: code === QUESTION ? 1 : Number.POSITIVE_INFINITY };
  }
  // {n}, {n,} or {n,m}, maybe lazy. One that is not, or runs past the 16 characters, goes to the regex.
  const lowerEnd = digitsEnd(source, at + 1);
  if (lowerEnd > at + 1) {
    const comma = source.charCodeAt(lowerEnd) === 0x2c /* , */;
    const upperEnd = comma ? digitsEnd(source, lowerEnd + 1) : lowerEnd;
    if (source.charCodeAt(upperEnd) === 0x7d /* } */) {
      const length = upperEnd + 1 - at + (source.charCodeAt(upperEnd + 1) === QUESTION ? 1 : 0);
      const times = !comma ? Number(source.slice(at + 1, lowerEnd)) : upperEnd === lowerEnd + 1 ? Number.POSITIVE_INFINITY : Number(source.slice(lowerEnd + 1, upperEnd));
      if (length <= QUANTIFIER_LENGTH) return { length, times };
    }
  }
  const quantifier = QUANTIFIER.exec(source.slice(at, at + QUANTIFIER_LENGTH));
  if (!quantifier) return null;
  const times = quantifier[3] !== undefined && quantifier[4] === "" ? Number.POSITIVE_INFINITY : Number(quantifier[4] ?? quantifier[2]);
  return { length: quantifier[0].length, times };
}

/** Where the run of ASCII digits starting at `at` ends. */
function digitsEnd(source: string, at: number): number {
  while (isDigit(source.charCodeAt(at))) at += 1;
  return at;
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

const isHexDigit = (code: number): boolean => isDigit(code) || (code >= 0x61 && code <= 0x66) || (code >= 0x41 && code <= 0x46);

/** Escapes whose letter stands for a class, an assertion or a control character: two characters. */
const LETTER_ESCAPES = new Set([..."bBdDwWsSnrtvf"].map((letter) => letter.charCodeAt(0)));

/**
 * Length of the escape at `at` as `SIMPLE_ESCAPE_AT` (and, with `u`, `UNICODE_ESCAPE_AT`) reads it,
 * or 0 when neither does. The commonest (a letter escape, escaped punctuation, \uXXXX, \xXX) are read
 * from the codes.
 */
function reachEscapeLength(source: string, at: number, unit: number): number {
  const next = source.charCodeAt(at + 1);
  if (LETTER_ESCAPES.has(next) || (at + 1 < source.length && !isAlphanumeric(next))) return 2;
  if (next === 0x75 /* u */ && isHexDigit(source.charCodeAt(at + 2)) && isHexDigit(source.charCodeAt(at + 3)) && isHexDigit(source.charCodeAt(at + 4)) && isHexDigit(source.charCodeAt(at + 5))) return 6;
  if (next === 0x78 /* x */ && isHexDigit(source.charCodeAt(at + 2)) && isHexDigit(source.charCodeAt(at + 3))) return 4;
  const escape = stickyMatch(SIMPLE_ESCAPE_AT, source, at) ?? (unit === 2 ? stickyMatch(UNICODE_ESCAPE_AT, source, at) : null);
  return escape === null ? 0 : escape.length;
}

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
  while (cursor.at < source.length && !cursor.unknown) {
    const at = cursor.at;
    const code = source.charCodeAt(at);
    if (code === PIPE || code === CLOSE) break;
    // Plain characters that no quantifier follows, one unit each, taken together: most of a source is words.
    let end = at;
    while (end < source.length && isPlainCharacter(source.charCodeAt(end))) end += 1;
    if (end < source.length && isQuantifierStart(source.charCodeAt(end))) end -= 1;
    if (end > at) {
      total.fixed += (end - at) * cursor.unit;
      cursor.at = end;
      continue;
    }
    let atom: Reach | null = null;
    // What the atom may match: known now, or a class (or one-character escape) to read only if the
    // atom turns out to repeat without bound, which few do; the build reads thousands of patterns.
    let kind: AtomKind = "mixed";
    let escapeTextEnd = -1;
    let classBodyEnd = -1;
    let characterToRead = -1;
    if (code === OPEN) {
      const opening = stickyMatch(GROUP_OPENING_AT, source, at)!;
      // A group extension this reader does not know.
      if (source.charCodeAt(at + 1) === QUESTION && opening.length === 1) cursor.unknown = true;
      cursor.at += opening.length;
      atom = longestAlternative(cursor);
      if (source.charCodeAt(cursor.at) !== CLOSE) cursor.unknown = true;
      cursor.at += 1;
      if (cursor.consumedOnly && /^\(\?(?:[=!]|<[=!])/.test(opening)) atom = ZERO_WIDTH;
    } else if (code === 0x5b /* [ */) {
      cursor.at = classEnd(source, at);
      classBodyEnd = cursor.at - 1;
    } else if (code === 0x5c /* \ */) {
      const length = reachEscapeLength(source, at, cursor.unit);
      if (length === 0) cursor.unknown = true;
      else {
        cursor.at += length;
        const letter = length === 2 ? source.charCodeAt(at + 1) : -1;
        if (letter === 0x62 /* b */ || letter === 0x42 /* B */) atom = ZERO_WIDTH;
        else if (letter === 0x73 /* s */) kind = "space";
        else if (letter === 0x64 /* d */ || letter === 0x77 /* w */ || letter === 0x53 /* S */) kind = "token";
        // \uXXXX, \xXX, \u{…}, \p{…} and escaped punctuation: one member, read as a class of one.
        else if (length > 2 || !isAlphanumeric(letter)) escapeTextEnd = cursor.at;
      }
    } else {
      cursor.at += 1;
      if (code === 0x5e /* ^ */ || code === 0x24 /* $ */) atom = ZERO_WIDTH;
      else if (code !== 0x2e /* . */) characterToRead = at;
    }
    let times = 1;
    if (isQuantifierStart(source.charCodeAt(cursor.at))) {
      const quantifier = reachQuantifierAt(source, cursor.at);
      if (quantifier) {
        cursor.at += quantifier.length;
        times = quantifier.times;
      }
    }
    if (times === Number.POSITIVE_INFINITY) {
      if (classBodyEnd >= 0) kind = classKind(source.slice(at + 1, classBodyEnd));
      else if (escapeTextEnd >= 0) kind = classKind(source.slice(at, escapeTextEnd));
      else if (characterToRead >= 0) {
        const character = source[characterToRead]!;
        kind = classKind(character === "\\" || character === "]" || character === "^" ? `\\${character}` : character);
      }
    }
    if (times === Number.POSITIVE_INFINITY && kind !== "mixed") {
      // A repeated whitespace-only or token-only atom reads at most one run of its kind.
      if (kind === "space") total.spaceRuns += 1;
      else total.tokenRuns += 1;
      continue;
    }
    // Any atom but a group or a zero-width one reads one character.
    const fixed = atom ? atom.fixed : cursor.unit;
    const spaceRuns = atom ? atom.spaceRuns : 0;
    const tokenRuns = atom ? atom.tokenRuns : 0;
    if (times === Number.POSITIVE_INFINITY) {
      if (fixed > 0 || spaceRuns > 0 || tokenRuns > 0) total.fixed = Number.POSITIVE_INFINITY;
      continue;
    }
    total.fixed += fixed * times;
    total.spaceRuns += spaceRuns * times;
    total.tokenRuns += tokenRuns * times;
  }
  return total;
}

const ZERO_WIDTH: Readonly<Reach> = { fixed: 0, spaceRuns: 0, tokenRuns: 0 };

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

/** Lists packed into one array: list i is `items[from[i]]` up to `items[from[i + 1]]`. */
function packedLists(lists: readonly (readonly number[])[]): { from: Int32Array<ArrayBuffer>; items: Int32Array<ArrayBuffer> } {
  const from = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) from[i + 1] = from[i]! + lists[i]!.length;
  const items = new Int32Array(from[lists.length]!);
  for (let i = 0; i < lists.length; i++) items.set(lists[i]!, from[i]!);
  return { from, items };
}

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
   * Worked out at a pattern's first hit (`reachKnown`): a posting wakes a few hundred patterns, and
   * working out all of them in the build was a tenth of the first screen.
   */
  private readonly reachTerms: number[] = [];
  private reachKnown = new Uint8Array(0);
  /** Per pattern, `leadEnd` from `literalTriggers`, or -1 when it has none. */
  private readonly leadEnds: number[] = [];
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
  /**
   * Per pattern, the occurrence-table slots of its literals: `literalSlots[literalSlotsFrom[id]]` up to
   * `literalSlots[literalSlotsFrom[id + 1]]`. Packed into one array rather than an array per pattern,
   * whose scattered objects cost the scan's bookkeeping a cache miss or two for every pattern it met.
   */
  private literalSlotsFrom = new Int32Array(1);
  private literalSlots = new Int32Array(0);
  /** Per pattern, the slots of its companion literals (see `companionLiterals`), of which one must occur too; none: no companion. Packed likewise. */
  private companionSlotsFrom = new Int32Array(1);
  private companionSlots = new Int32Array(0);
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
    const companionSlots = this.companionSlots;
    const companionSlotsFrom = this.companionSlotsFrom;
    for (const id of found) {
      const companionsEnd = companionSlotsFrom[id + 1]!;
      let companionSeen = companionSlotsFrom[id] === companionsEnd;
      for (let c = companionSlotsFrom[id]!; c < companionsEnd && !companionSeen; c++) companionSeen = this.seen[companionSlots[c]!] === this.scanCount;
      if (!companionSeen) {
        marks[id] = 0;
        continue;
      }
      found[kept++] = id;
    }
    found.length = kept;
    const hits = sortedIds(found);
    const first = freshInt32Array(hits.length + 1);
    let windows = 0;
    for (let h = 0; h < hits.length; h++) {
      const id = hits[h]!;
      marks[id] = 0;
      first[h] = windows;
      if (this.reachKnown[id] === 0) this.learnReach(id);
      const terms = this.reachTerms;
      const reach = reachOf(terms[6 * id]!, terms[6 * id + 1]!, terms[6 * id + 2]!, this.longestSpaceRun, this.longestToken);
      const slotsFrom = this.literalSlotsFrom[id]!;
      const slotsTo = this.literalSlotsFrom[id + 1]!;
      if (reach === Number.POSITIVE_INFINITY || slotsFrom === slotsTo) {
        windows = this.addWindow(windows, windows, 0, text.length, text.length);
        continue;
      }
      // A match holding an occurrence starts within `lead` (at most `reach`) before some occurrence it
      // holds and reads within `reach` after it.
      const lead = Math.min(reach, reachOf(terms[6 * id + 3]!, terms[6 * id + 4]!, terms[6 * id + 5]!, this.longestSpaceRun, this.longestToken));
      const count = this.mergeOccurrences(this.literalSlots, slotsFrom, slotsTo, 0);
      const companionsFrom = companionSlotsFrom[id]!;
      const companionsTo = companionSlotsFrom[id + 1]!;
      const companions = companionsFrom < companionsTo ? this.mergeOccurrences(companionSlots, companionsFrom, companionsTo, count) : -1;
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
    const scan: FieldScan = { size: this.sources.length, ...withoutEmptyHits(hits, first), from: int32Copy(this.windowFrom, 0, windows), to: int32Copy(this.windowTo, 0, windows) };
    this.cache.set(field, scan);
    return scan;
  }

  /** Works out a pattern's reach and lead terms (see `reachTerms`). */
  private learnReach(id: number): void {
    const source = this.sources[id]!;
    const unicode = this.sourceFlags[id]!.includes("u");
    const reach = matchReachTerms(source, unicode);
    const leadEnd = this.leadEnds[id]!;
    const lead = leadEnd < 0 ? { fixed: Number.POSITIVE_INFINITY, spaceRuns: 0, tokenRuns: 0 } : matchLeadTerms(source, leadEnd, unicode);
    const terms = this.reachTerms;
    terms[6 * id] = reach.fixed;
    terms[6 * id + 1] = reach.spaceRuns;
    terms[6 * id + 2] = reach.tokenRuns;
    terms[6 * id + 3] = lead.fixed;
    terms[6 * id + 4] = lead.spaceRuns;
    terms[6 * id + 5] = lead.tokenRuns;
    this.reachKnown[id] = 1;
  }

  /**
   * Writes the occurrences of the given literal slots in this scan, in text order, into `merged` from
   * `at` on; returns how many. Each slot's chain is in text order (the automaton records a literal's
   * occurrences as it reaches their ends, and one literal's ends come in the order of its starts), so
   * merging the chains orders them without a sort.
   */
  private mergeOccurrences(slots: Int32Array<ArrayBuffer>, from: number, to: number, at: number): number {
    const heads = this.heads;
    const occurrenceStart = this.occurrenceStart;
    let live = 0;
    for (let s = from; s < to; s++) {
      const slot = slots[s]!;
      if (this.seen[slot] === this.scanCount) heads[live++] = this.firstOccurrence[slot]!;
    }
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
      const { trigger, companions, leadEnd } = parsedTriggers(this.sources[id]!);
      this.literals.push(trigger);
      this.companions.push(companions);
      this.leadEnds.push(leadEnd ?? -1);
      this.reachTerms.push(0, 0, 0, 0, 0, 0);
    }
    const reachKnown = new Uint8Array(this.sources.length);
    reachKnown.set(this.reachKnown);
    this.reachKnown = reachKnown;
    this.untriggered = [];
    const literalSlots: number[][] = this.sources.map(() => []);
    const companionSlots: number[][] = this.sources.map(() => []);
    // Per literal (as marked), its entry, numbered in the order met, and the patterns it is a companion of.
    const slotOf = new Map<string, number>();
    const entries: TriggerLiteral[] = [];
    const companionOf: (number[] | undefined)[] = [];
    const slotFor = (marked: string): number => {
      let slot = slotOf.get(marked);
      if (slot === undefined) {
        slot = entries.length;
        slotOf.set(marked, slot);
        const literal = withoutBoundary(marked);
        entries.push({ literal, atBoundary: marked !== literal, ids: [], slot, leadingSpace: literal.charCodeAt(0) === 32 });
      }
      return slot;
    };
    for (let id = 0; id < this.literals.length; id++) {
      const literals = this.literals[id];
      // A pure-ASCII single character ("-", "x") would trigger on nearly every field anyway.
      if (!literals || literals.some((literal) => isAsciiCharacter(withoutBoundary(literal)))) {
        this.untriggered.push(id);
        continue;
      }
      for (const literal of literals) entries[slotFor(literal)]!.ids.push(id);
      for (const literal of this.companions[id] ?? []) (companionOf[slotFor(literal)] ??= []).push(id);
    }
    for (const entry of entries) {
      for (const id of entry.ids) literalSlots[id]!.push(entry.slot);
      for (const id of companionOf[entry.slot] ?? []) companionSlots[id]!.push(entry.slot);
    }
    ({ from: this.literalSlotsFrom, items: this.literalSlots } = packedLists(literalSlots));
    ({ from: this.companionSlotsFrom, items: this.companionSlots } = packedLists(companionSlots));
    this.buildAutomaton(entries);
    const slots = entries.length;
    this.seen = new Int32Array(slots);
    let widest = 1;
    for (let id = 0; id < this.sources.length; id++) widest = Math.max(widest, literalSlots[id]!.length, companionSlots[id]!.length);
    this.heads = new Int32Array(widest);
    this.firstOccurrence = new Int32Array(slots);
    this.lastOccurrence = new Int32Array(slots);
    this.marks = new Uint8Array(this.sources.length);
    parsedSources.clear();
    this.built = true;
  }

  /** The automaton of the literals: a trie over character classes, its failure links and what ends where. */
  private buildAutomaton(entries: readonly TriggerLiteral[]): void {
    // Classes numbered by how often their character occurs in the literals, so that the dense table
    // (see `dense`) covers the commonest ones.
    const frequency = new Int32Array(0x10000);
    let longest = 2;
    // A node per character at most, besides the root: the trie's arrays are sized once.
    let capacity = 1;
    for (const { literal } of entries) {
      longest = Math.max(longest, literal.length);
      capacity += literal.length;
      for (let k = 0; k < literal.length; k++) frequency[literal.charCodeAt(k)]! += 1;
    }
    const characters: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (frequency[code]! > 0) characters.push(code);
    characters.sort((a, b) => frequency[b]! - frequency[a]! || a - b);
    const classOf = new Uint16Array(0x10000);
    // 65,535 classes at most: class 0 stands for every character no literal holds.
    characters.slice(0, 0xffff).forEach((code, index) => (classOf[code] = index + 1));
    const classes = Math.min(characters.length, 0xffff) + 1;
    // The trie. Each node's children are listed (first child, next sibling) for the walks below, and
    // the literals ending at a node chained in the order of `entries`. The children of a node with
    // several also go into an open-addressing table of child numbers, keyed by the child's parent and
    // class: a Map keyed by node and class cost the first screen over a third of a second, and most
    // nodes, deep in a literal, have one child, which is found without the table.
    const rootChild = new Int32Array(classes);
    const parentOf = new Int32Array(capacity);
    const classIn = new Uint16Array(capacity);
    const firstChild = new Int32Array(capacity).fill(-1);
    const nextSibling = new Int32Array(capacity).fill(-1);
    const firstEnding = new Int32Array(capacity).fill(-1);
    const lastEnding = new Int32Array(capacity);
    const nextEnding = new Int32Array(entries.length).fill(-1);
    let trieBits = 4;
    while ((1 << trieBits) * 0.7 < capacity) trieBits += 1;
    const trieMask = (1 << trieBits) - 1;
    const trieEdges = new Int32Array(1 << trieBits);
    /** The slot of `trieEdges` holding the child of a node of several for a class, or the empty slot where it would go. */
    const trieSlot = (node: number, characterClass: number): number => {
      let slot = edgeHash(node, characterClass, trieBits);
      for (let child = trieEdges[slot]!; child !== 0 && (parentOf[child] !== node || classIn[child] !== characterClass); child = trieEdges[slot]!) slot = (slot + 1) & trieMask;
      return slot;
    };
    /** The child of a node for a class, or 0. */
    const step = (node: number, characterClass: number): number => {
      if (node === 0) return rootChild[characterClass]!;
      const first = firstChild[node]!;
      if (first < 0) return 0;
      if (nextSibling[first]! < 0) return classIn[first] === characterClass ? first : 0;
      return trieEdges[trieSlot(node, characterClass)]!;
    };
    let nodes = 1;
    for (let e = 0; e < entries.length; e++) {
      const literal = entries[e]!.literal;
      let node = 0;
      for (let k = 0; k < literal.length; k++) {
        const characterClass = classOf[literal.charCodeAt(k)]!;
        let child = step(node, characterClass);
        if (child === 0) {
          child = nodes++;
          parentOf[child] = node;
          classIn[child] = characterClass;
          const sibling = firstChild[node]!;
          nextSibling[child] = sibling;
          firstChild[node] = child;
          if (node === 0) rootChild[characterClass] = child;
          else if (sibling >= 0) {
            // A second child: the first goes into the table too.
            if (nextSibling[sibling]! < 0) trieEdges[trieSlot(node, classIn[sibling]!)] = sibling;
            trieEdges[trieSlot(node, characterClass)] = child;
          }
        }
        node = child;
      }
      if (firstEnding[node]! < 0) firstEnding[node] = e;
      else nextEnding[lastEnding[node]!] = e;
      lastEnding[node] = e;
    }
    // Breadth-first order, in which each node's failure target, which is shallower, comes before it.
    // The dense table's rows go to the nodes reached through the commonest classes only, to a depth
    // of `DENSE_DEPTH`: those are the shallow nodes ordinary text walks through. Numbered first, breadth
    // first among themselves, so a dense node's failure target (a suffix of its path, so also eligible,
    // shallower and, the rows being a breadth-first prefix of the eligible nodes, dense) has its row
    // complete before it.
    const order = new Int32Array(nodes);
    const depthOf = new Uint8Array(nodes);
    const denseEligible = new Uint8Array(nodes);
    denseEligible[0] = 1;
    let ordered = 1;
    for (let head = 0; head < ordered; head++) {
      const node = order[head]!;
      for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
        order[ordered++] = child;
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
    // The other shallow nodes, which dense entries point to, follow breadth first, so that those entries
    // fit 16 bits. The deep ones go depth first: a walk down a literal then reads node after node of the
    // table, where breadth-first numbers scattered them over its 4 MB and nearly every step of the scan
    // past the dense rows was a cache miss.
    for (let k = 0; k < nodes; k++) if (hasDenseRow[order[k]!] === 0 && depthOf[order[k]!]! <= DENSE_DEPTH + 1) numbering[numbered++] = order[k]!;
    const stack = new Int32Array(nodes);
    let stacked = 0;
    stack[stacked++] = 0;
    while (stacked > 0) {
      const node = stack[--stacked]!;
      if (depthOf[node]! > DENSE_DEPTH + 1) numbering[numbered++] = node;
      // Children listed newest first; pushed so, the oldest (the first literal's path) is read first.
      for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) stack[stacked++] = child;
    }
    const renumbered = new Int32Array(nodes);
    for (let k = 0; k < nodes; k++) renumbered[numbering[k]!] = k;
    // Failure links and output links in the trie's numbering, then everything moved to the final numbers.
    const failureOf = new Int32Array(nodes);
    const outputOf = new Int32Array(nodes);
    for (let k = 1; k < nodes; k++) {
      const node = order[k]!;
      outputOf[node] = firstEnding[node]! >= 0 ? node : outputOf[failureOf[node]!]!;
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
      for (let e = firstEnding[node]!; e >= 0; e = nextEnding[e]!) outputs.push(entries[e]!);
    }
    outputFirst[nodes] = outputs.length;
    for (let characterClass = 0; characterClass < classes; characterClass++) rootChild[characterClass] = renumbered[rootChild[characterClass]!]!;
    // Only the children of nodes of several are looked up in the table (a sole child sits in the node
    // table itself): leaving the others out shrank it from 6 MB to a tenth of that, and the scan's
    // probes, its cache misses, with it.
    const severalChildren = (node: number): boolean => nextSibling[firstChild[node]!]! >= 0;
    let tabled = 0;
    for (let target = 1; target < nodes; target++) if (parentOf[target] !== 0 && severalChildren(parentOf[target]!)) tabled += 1;
    let bits = 4;
    while ((1 << bits) * 0.7 < tabled) bits += 1;
    const mask = (1 << bits) - 1;
    const table = new Int32Array(3 << bits);
    // Filled in the order the children were made, which decides where colliding edges sit.
    for (let target = 1; target < nodes; target++) {
      if (parentOf[target] === 0 || !severalChildren(parentOf[target]!)) continue;
      const node = renumbered[parentOf[target]!]!;
      const characterClass = classIn[target]!;
      let slot = edgeHash(node, characterClass, bits);
      while (table[3 * slot + 2] !== 0) slot = (slot + 1) & mask;
      table[3 * slot] = node;
      table[3 * slot + 1] = characterClass;
      table[3 * slot + 2] = renumbered[target]!;
    }
    this.edges = table;
    // The dense table: for the dense nodes (numbered first) and the commonest classes, the whole step,
    // failure links already followed. A dense node's row is its failure target's, numbered before it
    // and so complete first, with the node's own children written over it.
    const dense = new Uint16Array(denseNodes * DENSE_CLASSES);
    const denseColumns = Math.min(classes, DENSE_CLASSES);
    for (let characterClass = 1; characterClass < denseColumns; characterClass++) dense[characterClass] = Math.min(rootChild[characterClass]!, DENSE_MISS);
    for (let node = 1; node < denseNodes; node++) {
      const failure = nodeTable[4 * node + FAILURE]!;
      dense.copyWithin(node * DENSE_CLASSES, failure * DENSE_CLASSES, (failure + 1) * DENSE_CLASSES);
      for (let child = firstChild[numbering[node]!]!; child >= 0; child = nextSibling[child]!) {
        const characterClass = classIn[child]!;
        if (characterClass >= 1 && characterClass < denseColumns) dense[node * DENSE_CLASSES + characterClass] = Math.min(renumbered[child]!, DENSE_MISS);
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
    this.outputLength = new Int32Array(outputs.length);
    this.outputAtBoundary = new Uint8Array(outputs.length);
    for (let o = 0; o < outputs.length; o++) {
      this.outputLength[o] = outputs[o]!.literal.length;
      this.outputAtBoundary[o] = outputs[o]!.atBoundary ? 1 : 0;
    }
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
  if (ids.length > 64) {
    const sorted = freshInt32Array(ids.length);
    sorted.set(ids);
    return sorted.sort();
  }
  const sorted = freshInt32Array(ids.length);
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
  const keptHits = freshInt32Array(hits.length - empty);
  const keptFirst = freshInt32Array(keptHits.length + 1);
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

