/**
 * The Copy buttons of "Cite this": shown once this code has loaded (they do
 * nothing without it), each copies its reference as plain text and says
 * "Copied" through the page's status region (src/linking/LinkSupport.astro).
 * Focus stays on the button.
 */
import { announceCopy as announce } from '../../linking/client/announce-copy.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-reference]')) {
  if (navigator.clipboard) button.hidden = false;
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy-reference]');
  const reference = button?.parentElement?.querySelector('.citation-reference')?.textContent;
  if (!button || !reference) return;
  navigator.clipboard.writeText(reference.trim()).then(
    () => announce('Copied'),
    () => announce('Could not copy; select the reference and copy it'),
  );
});
