// Small statistics for benchmark figures: medians over repeated runs, rounded for printing.

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const max = (values) => values.reduce((m, v) => (v > m ? v : m), -Infinity);

/** Rounds to `digits` decimals (figures, not measurements, so a printable precision). */
export const round = (value, digits = 2) => (Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value);
