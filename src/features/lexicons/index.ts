/**
 * Language packs of the feature lexicons. Each `<lang>.json` holds one language's patterns for every
 * lexicon family (travel, requirements, fees, legitimacy, roles), so a native speaker reviews or
 * extends one file. The family files under `../data/` keep what is shared: sources, provenance,
 * structure. `mergeLanguagePacks` folds the packs back into a family's shape, where every
 * language-keyed list is `{ [lang]: patterns }` again.
 */
import amh from "./amh.json";
import ara from "./ara.json";
import ben from "./ben.json";
import eng from "./eng.json";
import hin from "./hin.json";
import ind from "./ind.json";
import jpn from "./jpn.json";
import khm from "./khm.json";
import kor from "./kor.json";
import lao from "./lao.json";
import msa from "./msa.json";
import mya from "./mya.json";
import nep from "./nep.json";
import por from "./por.json";
import rus from "./rus.json";
import sin from "./sin.json";
import spa from "./spa.json";
import swa from "./swa.json";
import tam from "./tam.json";
import tgl from "./tgl.json";
import tha from "./tha.json";
import tur from "./tur.json";
import urd from "./urd.json";
import vie from "./vie.json";
import zho from "./zho.json";

export type LexiconFamily = "travel" | "requirements" | "fees" | "legitimacy" | "roles";

/** Every language pack, by ISO 639-3 code. Order is fixed so merged pattern order is stable. */
export const LANGUAGE_PACKS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  eng, ind, msa, tgl, vie, tha, zho, jpn, kor, khm, lao, mya, hin, ben, nep, sin, tam, urd, ara, amh, swa, spa, por, rus, tur,
};

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Places one language's subtree into the family data. Objects descend by key; an array of objects
 * with a `family` field (the role families) descends by that name; a pattern list lands under the
 * language code.
 */
function graft(target: Json, pack: Json, language: string, where: string): void {
  if (!isObject(pack)) return;
  for (const [key, value] of Object.entries(pack)) {
    const path = `${where}.${key}`;
    if (Array.isArray(value)) {
      if (!isObject(target)) throw new Error(`lexicon pack ${language}: ${path} has no place in the family file`);
      const slot = target[key] ?? (target[key] = {});
      if (!isObject(slot)) throw new Error(`lexicon pack ${language}: ${path} is not language-keyed in the family file`);
      slot[language] = value;
      continue;
    }
    const next = Array.isArray(target)
      ? target.find((entry) => isObject(entry) && entry.family === key)
      : isObject(target)
        ? target[key]
        : undefined;
    if (next === undefined) throw new Error(`lexicon pack ${language}: ${path} has no place in the family file`);
    graft(next, value, language, path);
  }
}

/**
 * The family's data with every language pack grafted in. Copies the family data first, so the
 * imported JSON stays untouched; called once per family when its module loads.
 */
export function mergeLanguagePacks<T>(family: LexiconFamily, familyData: T): T {
  const merged = structuredCloneJson(familyData);
  for (const [language, pack] of Object.entries(LANGUAGE_PACKS)) {
    const subtree = pack[family];
    if (subtree !== undefined) graft(merged, subtree, language, family);
  }
  return merged;
}

// structuredClone is missing in some edge runtimes' older versions; the data is plain JSON anyway.
function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
