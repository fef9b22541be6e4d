/**
 * The search page keeps its query in the address (?q=WORDS&section=NAME), so
 * a search can be shared and reloaded. Other parameters stay as they were.
 */
export function searchPageQuery(current: string, typed: string, section: string): string {
  const params = new URLSearchParams(current);
  params.delete('q');
  params.delete('section');
  if (typed !== '') params.set('q', typed);
  if (section !== '') params.set('section', section);
  return params.size > 0 ? `?${params}` : '';
}
