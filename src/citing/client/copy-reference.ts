/**
 * The Copy buttons of "Cite this": shown once this code has loaded (they do
 * nothing without it), each copies its reference as plain text and says
 * "Copied" through the page's status region (src/linking/LinkSupport.astro).
 * Focus stays on the button.
 */
const STATUS_MS = 2500;
const status = document.querySelector<HTMLElement>('[data-copy-status]');
let clearStatus: ReturnType<typeof setTimeout> | undefined;

function announce(message: string): void {
  if (!status) return;
  status.textContent = message;
  clearTimeout(clearStatus);
  clearStatus = setTimeout(() => (status.textContent = ''), STATUS_MS);
}

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

export {};
