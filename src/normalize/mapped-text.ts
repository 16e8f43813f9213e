import { freshInt32Array } from "./int32-slab.js";

/**
 * A string built piece by piece in which every UTF-16 unit remembers the span of the source
 * string it came from. Each normalisation pass produces one, so spans found in the final text
 * can be mapped back through every pass to the characters the poster typed.
 */
export interface MappedText {
  text: string;
  /** For each unit of `text`, the start of the source span that produced it. */
  sourceStart: Int32Array;
  /** For each unit of `text`, the end (exclusive) of the source span that produced it. */
  sourceEnd: Int32Array;
}

export class MappedTextBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(expectedLength = 64) {
    this.starts = freshInt32Array(Math.max(16, expectedLength));
    this.ends = freshInt32Array(Math.max(16, expectedLength));
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.starts.length) return;
    const capacity = Math.max(needed, this.starts.length * 2);
    const starts = freshInt32Array(capacity);
    const ends = freshInt32Array(capacity);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Appends `piece`, every unit of which came from source[start, end). */
  push(piece: string, start: number, end: number): void {
    this.reserve(piece.length);
    this.parts.push(piece);
    for (let i = 0; i < piece.length; i++) {
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
  }

  /** Appends `piece`, where unit i came from source[start + i, start + i + 1). */
  pushIdentity(piece: string, start: number): void {
    this.reserve(piece.length);
    this.parts.push(piece);
    for (let i = 0; i < piece.length; i++) {
      this.starts[this.length] = start + i;
      this.ends[this.length] = start + i + 1;
      this.length++;
    }
  }

  /** The built text; the builder is not used afterwards, so the maps are views of its arrays, not copies. */
  build(): MappedText {
    return {
      text: this.parts.join(""),
      sourceStart: this.starts.subarray(0, this.length),
      sourceEnd: this.ends.subarray(0, this.length),
    };
  }
}

/** The identity mapping of a string onto itself. */
export function identityMapped(text: string): MappedText {
  const sourceStart = freshInt32Array(text.length);
  const sourceEnd = freshInt32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    sourceStart[i] = i;
    sourceEnd[i] = i + 1;
  }
  return { text, sourceStart, sourceEnd };
}

/**
 * Maps a [start, end) span of `mapped.text` to the source span that produced it.
 * An empty span maps to an empty span at the source position of its start.
 */
export function mapSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  const length = mapped.text.length;
  if (length === 0) return { start: 0, end: 0 };
  const first = Math.min(Math.max(start, 0), length - 1);
  const last = Math.min(Math.max(end - 1, first), length - 1);
  if (end <= start) {
    const at = start >= length ? (mapped.sourceEnd[length - 1] ?? 0) : (mapped.sourceStart[first] ?? 0);
    return { start: at, end: at };
  }
  let sourceStart = Number.POSITIVE_INFINITY;
  let sourceEnd = 0;
  // Reordering passes (none today) could map later units to earlier source; take the hull.
  for (const i of [first, last]) {
    sourceStart = Math.min(sourceStart, mapped.sourceStart[i] ?? 0);
    sourceEnd = Math.max(sourceEnd, mapped.sourceEnd[i] ?? 0);
  }
  return { start: sourceStart, end: sourceEnd };
}

/** Composes two passes: `outer` was built from `inner.text`; the result maps `outer.text` to inner's source. */
export function composeMapped(inner: MappedText, outer: MappedText): MappedText {
  const n = outer.text.length;
  const sourceStart = freshInt32Array(n);
  const sourceEnd = freshInt32Array(n);
  for (let i = 0; i < n; i++) {
    const span = mapSpan(inner, outer.sourceStart[i] ?? 0, outer.sourceEnd[i] ?? 0);
    sourceStart[i] = span.start;
    sourceEnd[i] = span.end;
  }
  return { text: outer.text, sourceStart, sourceEnd };
}
