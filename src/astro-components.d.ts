// Plain `tsc` cannot read .astro files (`astro check` can); this lets it type-check
// the .ts modules that import components without resolving their props.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
