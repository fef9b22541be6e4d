/**
 * The link controls that copy their link when clicked (copy-link.ts) and
 * keep focus (landing.ts). Following a link to a fragment makes the browser
 * move focus to the target or, when the target cannot take focus, to the
 * page itself; the control clicked last is remembered here so that focus can
 * go back to it.
 */
export const COPY_CONTROLS = 'a.part-link, a.heading-link';

let clicked: HTMLAnchorElement | undefined;

export function rememberClickedControl(control: HTMLAnchorElement): void {
  clicked = control;
}

/** The control whose click led to `hash`, once; undefined for any other change of fragment. */
export function takeClickedControl(hash: string): HTMLAnchorElement | undefined {
  const control = clicked;
  clicked = undefined;
  return control?.hash === hash ? control : undefined;
}
