import type { Script } from "./scripts.js";

/**
 * The languages franc chooses among, per script shared by several covered languages (franc's codes).
 * Only these languages' trigram models ship with the core (`src/generated/franc-trigrams.json`,
 * written by `npm run build:franc-trigrams`).
 */
export const FRANC_CANDIDATES: Readonly<Partial<Record<Script, readonly string[]>>> = {
  latin: ["eng", "ind", "zlm", "vie", "tgl", "spa", "por", "swh", "tur", "fra"],
  devanagari: ["hin", "npi", "mar"],
  arabic: ["arb", "urd", "pes"],
};
