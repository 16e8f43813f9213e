/**
 * Int32Arrays for the per-posting offset maps and scan tables, carved out of shared 1 MB buffers.
 *
 * Why: V8 gives a typed array of more than 64 bytes a backing store of its own outside the heap, and
 * making one cost about 1.5 µs (100 elements) to 4 µs (2,000) on Node 20, against some 20 ns for a
 * view on a buffer that already exists. `screen()` made two offset maps per normalised field and up
 * to six tables per field scan, and every one of them also
 * counted towards the external memory that schedules garbage collection.
 *
 * Views are only ever carved from fresh (zeroed) space and a slab is never reused: a full slab is
 * dropped and the garbage collector frees it once no view of it is left. So a view is exactly what
 * `new Int32Array(length)` gives, zeroed and owned by no one else, except that its `buffer` is the
 * slab: code that reads `.buffer` must not be given one (none in the library does).
 */
const SLAB_BYTES = 1 << 20;
/** Larger arrays take a buffer of their own: a slab would hold only a few of them. */
const LARGEST_CARVED = SLAB_BYTES >>> 4;

let slab = new ArrayBuffer(0);
let used = 0;

/** A zeroed Int32Array of `length` elements, as `new Int32Array(length)`. */
export function freshInt32Array(length: number): Int32Array {
  const bytes = length * 4;
  if (bytes > LARGEST_CARVED) return new Int32Array(length);
  if (used + bytes > slab.byteLength) {
    slab = new ArrayBuffer(SLAB_BYTES);
    used = 0;
  }
  const view = new Int32Array(slab, used, length);
  used += bytes;
  return view;
}

/** A copy of `source[start, end)` in a fresh array, as `source.slice(start, end)`. */
export function int32Copy(source: Int32Array, start: number, end: number): Int32Array {
  const copy = freshInt32Array(end - start);
  copy.set(source.subarray(start, end));
  return copy;
}
