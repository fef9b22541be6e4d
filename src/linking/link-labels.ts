/**
 * Accessible names of the permalink controls. The controls show only a
 * glyph, so these hidden labels are what screen readers announce; they say
 * where the link goes, not what the glyph looks like.
 */
export function headingLinkLabel(headingText: string): string {
  return `Link to section “${headingText.trim()}”`;
}

export function paragraphLinkLabel(n: number, sectionTitle: string): string {
  return `Link to paragraph ${n} of “${sectionTitle.trim()}”`;
}
