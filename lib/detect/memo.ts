/**
 * A memo of a pure function that lives across scans: the same texts come back on every control
 * of a kind and on every rescan. It forgets everything once it holds `limit` entries, so a page
 * that generates texts endlessly cannot make it grow.
 */
export class BoundedMemo<Key, Value> {
  private readonly entries = new Map<Key, Value>();

  constructor(
    private readonly limit: number,
    private readonly compute: (key: Key) => Value,
  ) {}

  get(key: Key): Value {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = this.compute(key);
      if (this.entries.size >= this.limit) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }
}
