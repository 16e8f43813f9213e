/** The cheapest screen imaginable: lower-case the text, run one regular expression. */
const BASELINE_PATTERN = /\b(?:no experience|tourist visa|telegram|whatsapp|free (?:flight|ticket)|passport)\b/;

export function baselineScreen(posting: Record<string, unknown>): boolean {
  const text = [posting.title, posting.description, posting.text, posting.company, posting.location, posting.salary].filter((v) => typeof v === "string").join("\n");
  return BASELINE_PATTERN.test(text.toLowerCase());
}
