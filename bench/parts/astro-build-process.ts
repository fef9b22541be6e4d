/** Run by astroBuild (astro-build.ts): one Astro build, its inline config as JSON in the first argument. */
import { build, type AstroInlineConfig } from 'astro';

const config = JSON.parse(process.argv[2] ?? '{}') as AstroInlineConfig;
await build(config);
