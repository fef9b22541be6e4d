/**
 * Says the outcome of a copy ("Link copied", "Copied") through the page's
 * one status region (LinkSupport.astro), shown briefly and then cleared so
 * that the same words said again are announced again.
 */
const STATUS_MS = 2500;
let clearStatus: ReturnType<typeof setTimeout> | undefined;

export function announceCopy(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  status.textContent = message;
  clearTimeout(clearStatus);
  clearStatus = setTimeout(() => (status.textContent = ''), STATUS_MS);
}
