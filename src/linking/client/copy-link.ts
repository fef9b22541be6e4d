/**
 * A plain click on a heading or paragraph permalink still follows the link
 * (the address bar then shows it too) and also copies the absolute URL: the
 * published site URL from <link rel="canonical">, not whatever host serves
 * this copy. Modified clicks (new tab, new window) are left to the browser.
 */
const STATUS_MS = 2500;
// Rendered with this script by LinkSupport.astro.
const status = document.querySelector<HTMLElement>('[data-copy-status]')!;
let clearStatus: ReturnType<typeof setTimeout> | undefined;

function announce(message: string): void {
  status.textContent = message;
  clearTimeout(clearStatus);
  clearStatus = setTimeout(() => (status.textContent = ''), STATUS_MS);
}

function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonical ?? location.href.split('#')[0]!;
}

document.addEventListener('click', (event) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.paragraph-link, a.heading-link');
  if (!link || !navigator.clipboard) return;
  const url = `${pageUrl()}${link.hash}`;
  navigator.clipboard.writeText(url).then(
    () => announce('Link copied'),
    () => announce('Could not copy the link; it is in the address bar'),
  );
});

// A module, so its names stay out of the page's global scope.
export {};
