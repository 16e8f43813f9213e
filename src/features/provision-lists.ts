/**
 * Provisions listed under one word: "Free flight, visa and accommodation", "Visa, ticket & housing
 * will be provided by the company", "免费机票、签证和住宿", "ฟรีตั๋วเครื่องบิน วีซ่า และที่พัก". The travel
 * flags' own patterns read the item standing beside the word ("free flight"); a lure's package is
 * most often written as such a list, and its later items went unread. Built from the travel
 * lexicon's `provisionLists` (items per flag, separators, words before and after a list), per
 * language, into patterns of the flags they set. The item beside the word stays the flags' own
 * patterns' to read: a list pattern needs another item between them, so that a word the lexicon
 * reads otherwise ("ฟรีวีซ่า", visa-free; "提供住房补贴", a housing allowance) keeps its reading. An
 * opener with a colon (`heads`: "Free: flight, visa, accommodation") heads a list, so there the first
 * item is read as well.
 * Pure, and safe in browsers.
 */
import { type PatternsByLanguage, expandPattern } from "./roles.js";

/** The travel flags a list can set. */
export const PROVISION_FLAGS = ["flightProvided", "visaProvided", "accommodationProvided", "foodProvided"] as const;
export type ProvisionFlag = (typeof PROVISION_FLAGS)[number];

/** The lexicon's description of such lists, each part keyed by language. */
export interface ProvisionListCues {
  /** Items by the flag they set; `other` items may stand in a list and set nothing (transport, insurance). */
  items: Partial<Record<ProvisionFlag | "other", PatternsByLanguage>>;
  /** What joins two items (", ", " and ", "、"), with the spaces around it. */
  separators: PatternsByLanguage;
  /** What opens a list of provisions ("free ", "libreng ", "免费"), with the space after it. */
  before: PatternsByLanguage;
  /**
   * Openers written with a colon ("free: ", "gratis: "), which head a list and nothing else: after
   * them the first item is read too.
   */
  heads?: PatternsByLanguage;
  /** What closes one (" will be provided", " gratis", "全包"), with the space before it. */
  after: PatternsByLanguage;
}

/** Most items a list pattern reads between the word and the flag's item: enough for a package, bounded for the regex. */
export const MAX_OTHER_ITEMS = 4;

/**
 * The patterns as one group, each once: an item listed under two flags ("食宿", food and lodging) would
 * otherwise stand twice, and every repeated list position would try it twice before failing.
 */
function alternation(patterns: readonly string[]): string {
  return `(?:${[...new Set(patterns.map(expandPattern))].join("|")})`;
}

/**
 * Per flag, the patterns of lists that hold one of its items: the opening word, one to
 * `MAX_OTHER_ITEMS` items each followed by a separator, then the flag's item; and the flag's item,
 * one to `MAX_OTHER_ITEMS` more items each after a separator, then the closing word; and after a
 * head, none to `MAX_OTHER_ITEMS` items before the flag's. A language without items for the flag,
 * separators, or any opening or closing word adds nothing for it.
 */
export function provisionListSources(cues: ProvisionListCues | undefined): Record<ProvisionFlag, string[]> {
  const sources: Record<ProvisionFlag, string[]> = { flightProvided: [], visaProvided: [], accommodationProvided: [], foodProvided: [] };
  if (!cues) return sources;
  const languages = new Set(Object.values(cues.items).flatMap((byLanguage) => Object.keys(byLanguage ?? {})));
  for (const language of languages) {
    const separators = cues.separators[language] ?? [];
    if (separators.length === 0) continue;
    const anyItem = alternation(Object.values(cues.items).flatMap((byLanguage) => byLanguage?.[language] ?? []));
    const separator = alternation(separators);
    const groupOf = (list: readonly string[] | undefined): string | null => (list && list.length > 0 ? alternation(list) : null);
    const before = groupOf(cues.before[language]);
    const after = groupOf(cues.after[language]);
    const heads = groupOf(cues.heads?.[language]);
    for (const flag of PROVISION_FLAGS) {
      const own = cues.items[flag]?.[language] ?? [];
      if (own.length === 0) continue;
      const item = alternation(own);
      if (before) sources[flag].push(`${before}(?:${anyItem}${separator}){1,${MAX_OTHER_ITEMS}}${item}`);
      if (after) sources[flag].push(`${item}(?:${separator}${anyItem}){1,${MAX_OTHER_ITEMS}}${after}`);
      if (heads) sources[flag].push(`${heads}(?:${anyItem}${separator}){0,${MAX_OTHER_ITEMS}}${item}`);
    }
  }
  return sources;
}
