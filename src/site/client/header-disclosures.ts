/**
 * The header's Search and Menu buttons open and close without JavaScript
 * (they are <details>). This adds what readers expect of such buttons:
 * opening Search puts the focus in its field, within the tap itself so that a
 * phone shows its keyboard, and Escape closes either part and gives the focus
 * back to its button. Escape is captured before the search UI sees it: while
 * the field has words, the UI uses Escape to close their results and then to
 * clear them, so only Escape in an empty field closes.
 *
 * On wide screens the parts show in place and the buttons are hidden: closing
 * changes nothing there, and a hidden button does not take the focus.
 */
for (const disclosure of document.querySelectorAll<HTMLDetailsElement>('[data-header-disclosure]')) {
  const button = disclosure.querySelector('summary')!;
  const field = disclosure.querySelector('input');

  button.addEventListener('click', (event) => {
    if (disclosure.open || !field) return;
    event.preventDefault();
    disclosure.open = true;
    field.focus();
  });

  disclosure.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || field?.value) return;
      disclosure.open = false;
      button.focus();
    },
    true,
  );
}
