/**
 * A value built on first use. Indexes and regexes that take milliseconds to build wait for the first
 * screen instead of the import (cold import is a benchmark target).
 */
export function lazy<T>(build: () => T): () => T {
  let value: T;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
