import { siteSettings, type SiteSettings } from '../../build/site-config.ts';

/**
 * The build's settings (SITE_URL, SITE_NAME, SITE_PUBLISHER, SOURCE_URL,
 * FEEDBACK_URL …), read and checked in one place, build/site-config.ts,
 * before the build starts; the pages read them here.
 */
export const settings: SiteSettings = siteSettings(process.env);
