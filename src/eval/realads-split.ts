/**
 * The real-ads files (../shared/data/realads, not in this repository) are split by a hash of each
 * ad's id: the "fit" half may be used as negatives when fitting weights, the "heldout" half is only
 * measured. Fixed and stateless, so anyone can reproduce which ad went where.
 */
export type RealadsHalf = "fit" | "heldout";

export function realadsHalf(id: string): RealadsHalf {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % 2 === 0 ? "fit" : "heldout";
}
