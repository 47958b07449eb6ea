/** Records keyed by ids read from files: an id like `constructor` must never find Object.prototype's members. */

/** An own entry of a record, or undefined. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
