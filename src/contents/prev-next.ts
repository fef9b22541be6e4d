/** The items before and after `index` in reading order; none past either end. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  if (index < 0 || index >= items.length) return {};
  const previous = items[index - 1];
  const next = items[index + 1];
  return { ...(previous !== undefined && { previous }), ...(next !== undefined && { next }) };
}
