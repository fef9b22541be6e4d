/**
 * Scroll-spy for "On this page": the entry of the section being read gets
 * aria-current="true". That is the last section whose heading has passed the
 * top third of the window, or, once the page is scrolled to its end, the last
 * heading in view (a short last section never reaches that line).
 * IntersectionObserver wakes it only when a heading crosses the line or the
 * page footer comes fully into view, so scrolling costs nothing in between.
 */
class PageToc extends HTMLElement {
  #links: HTMLAnchorElement[] = [];
  #headings: HTMLElement[] = [];

  connectedCallback(): void {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!heading) continue;
      this.#links.push(link);
      this.#headings.push(heading);
    }
    const update = () => this.#update();
    const crossing = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
    for (const heading of this.#headings) crossing.observe(heading);
    const footer = document.querySelector('footer');
    if (footer) new IntersectionObserver(update, { threshold: [0, 1] }).observe(footer);
    update();
  }

  #update(): void {
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    const line = atEnd ? innerHeight : innerHeight / 3;
    let current = 0;
    this.#headings.forEach((heading, index) => {
      if (heading.getBoundingClientRect().top <= line) current = index;
    });
    this.#links.forEach((link, index) => {
      if (index === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  }
}

customElements.define('page-toc', PageToc);

// A module, so its names stay out of the page's global scope.
export {};
