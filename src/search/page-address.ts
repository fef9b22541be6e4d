/**
 * The search page keeps its query in the address (?q=WORDS&section=NAME), so
 * a search can be shared and reloaded. `spelling=as-typed` asks for the words
 * as typed, without close spellings; it holds for the words it came with
 * only. Other parameters stay as they were.
 */
export const AS_TYPED_PARAM = 'spelling';
export const AS_TYPED_VALUE = 'as-typed';

export function searchPageQuery(current: string, typed: string, section: string, asTyped = false): string {
  const params = new URLSearchParams(current);
  params.delete('q');
  params.delete('section');
  params.delete(AS_TYPED_PARAM);
  if (typed !== '') params.set('q', typed);
  if (section !== '') params.set('section', section);
  if (asTyped && typed !== '') params.set(AS_TYPED_PARAM, AS_TYPED_VALUE);
  return params.size > 0 ? `?${params}` : '';
}

/** Whether an address asks for its words as typed. */
export function wantsAsTyped(search: string): boolean {
  return new URLSearchParams(search).get(AS_TYPED_PARAM) === AS_TYPED_VALUE;
}
