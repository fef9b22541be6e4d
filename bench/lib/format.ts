/** Human units for the tables; results.json keeps raw numbers. */

/** 1 KB = 1,024 bytes, as the budgets count. */
export const KB = 1024;

/** Shown for a figure that could not be measured (NaN, stored as null in results.json). */
export const NOT_MEASURED = '–';

export function kb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / KB).toFixed(1)} KB` : NOT_MEASURED;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return NOT_MEASURED;
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}

export function factor(value: number): string {
  return Number.isFinite(value) ? `×${value.toFixed(2)}` : NOT_MEASURED;
}
