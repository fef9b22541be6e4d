/**
 * The one script every page loads: each capability's code that must run with
 * the page, imported here so that the browser makes one request and gzip
 * shares their words across them. Five small files cost about 400 bytes more
 * gzipped than this one, and the JavaScript before any interaction has a
 * budget (bench/budgets.ts). Everything else loads on first use, from these.
 */
import './header-disclosures.ts';
import '../../search/client/boot.ts';
import '../../contents/client/toc-boot.ts';
import '../../citing/client/cite-boot.ts';
import '../../linking/client/landing.ts';
import '../../linking/client/copy-link.ts';
