/**
 * Accessible names of the permalink controls. The controls show only a
 * glyph, so these hidden labels are what screen readers announce: what the
 * control does (it copies the link) and to what. The role already says
 * "link", so the name says it once.
 */
export function headingLinkLabel(headingText: string): string {
  return `Copy link to section ${headingText.trim()}`;
}

export function paragraphLinkLabel(n: number, sectionTitle: string): string {
  return `Copy link to paragraph ${n} of ${sectionTitle.trim()}`;
}

/** label: the entry as links name it, "April 2013: The Secretary General visits …" */
export function timelineEntryLinkLabel(label: string): string {
  return `Copy link to event ${label.trim()}`;
}

/** name: the term as the text spells it, "ISAF" */
export function termLinkLabel(name: string): string {
  return `Copy link to term ${name.trim()}`;
}
