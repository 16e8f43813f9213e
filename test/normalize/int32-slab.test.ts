import { describe, expect, it } from "vitest";
import { freshInt32Array, int32Copy } from "../../src/normalize/int32-slab.js";

describe("Int32Arrays carved from shared slabs", () => {
  it.each([0, 1, 15, 16, 17, 100, 2_000, 16_384, 65_536, 300_000])("gives %i zeroed elements, as new Int32Array does", (length) => {
    const array = freshInt32Array(length);
    expect(array).toBeInstanceOf(Int32Array);
    expect(array.length).toBe(length);
    expect(array.every((value) => value === 0)).toBe(true);
  });

  it("never hands out space another array holds, across many slabs", () => {
    // Enough arrays to fill several 1 MB slabs; each is written with its own number and must keep it.
    const arrays = Array.from({ length: 3_000 }, (_, i) => {
      const array = freshInt32Array(100 + (i % 7) * 50);
      array.fill(i + 1);
      return array;
    });
    arrays.forEach((array, i) => expect(array.every((value) => value === i + 1)).toBe(true));
  });

  it("never hands out space written before: a slab is not reused", () => {
    for (let round = 0; round < 600; round++) {
      const array = freshInt32Array(1_000);
      expect(array.every((value) => value === 0)).toBe(true);
      array.fill(-1);
    }
  });

  it.each([
    [0, 0],
    [0, 5],
    [3, 9],
    [9, 10],
  ])("copies [%i, %i) as slice does, into an array of its own", (start, end) => {
    const source = Int32Array.from({ length: 10 }, (_, i) => i * 3 - 7);
    const copy = int32Copy(source, start, end);
    expect([...copy]).toEqual([...source.slice(start, end)]);
    copy.fill(99);
    expect([...source]).toEqual(Array.from({ length: 10 }, (_, i) => i * 3 - 7));
  });
});
