const warned = new Set<string>();

/**
 * An attribute's value as `correct` returns it (its default when absent or invalid, a clamped
 * value when out of range). When the given value had to be changed, one console warning per
 * attribute and value: `itc-status: max="0" is not valid; using 3`. Absent (null/undefined)
 * takes the default silently.
 */
export function checked<T>(name: string, value: T | null | undefined, correct: (value: T | null | undefined) => T): T {
  const result = correct(value);
  if (value != null && result !== value && !warned.has(name + value)) {
    warned.add(name + value);
    console.warn(`itc-status: ${name}="${value}" is not valid; using ${result}`);
  }
  return result;
}
