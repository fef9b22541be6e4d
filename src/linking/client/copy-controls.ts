/** The link controls that copy their link when clicked (copy-link.ts) and keep focus (landing.ts). */
export const COPY_CONTROLS = 'a.part-link, a.heading-link';
