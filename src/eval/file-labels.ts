import { resolve, sep } from "node:path";

/**
 * A short name per input file for the per-file table: its base name, or as many of its last path
 * segments as it takes to tell it from the other files (`d1/eng.jsonl`, `d2/eng.jsonl`). Two paths
 * to the same file get the same name, so their rows are one file's.
 */
export function fileLabels(files: readonly string[]): Map<string, string> {
  const segments = new Map(files.map((file) => [file, resolve(file).split(sep).filter((part) => part.length > 0)]));
  const distinct = [...new Set([...segments.values()].map((parts) => parts.join("/")))].map((path) => path.split("/"));
  const labels = new Map<string, string>();
  for (const [file, parts] of segments) {
    const path = parts.join("/");
    const others = distinct.filter((other) => other.join("/") !== path);
    let length = 1;
    while (length < parts.length && others.some((other) => other.slice(-length).join("/") === parts.slice(-length).join("/"))) length++;
    labels.set(file, parts.slice(-length).join("/"));
  }
  return labels;
}
