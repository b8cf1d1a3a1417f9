import type { AstroIntegration } from 'astro';

/** Where the site is served when SITE_URL is not set: `npm start` and the tests, on this machine. */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

/**
 * Warns when a production build has no SITE_URL: its canonical URLs, sitemap, Open Graph tags and
 * every citation would then point at this machine (LOCAL_SITE) instead of the public site.
 */
export function siteUrlNotice(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || env['SITE_URL']) return;
        logger.warn(
          `SITE_URL is not set: canonical URLs, the sitemap, Open Graph tags and citations will point at ${LOCAL_SITE}. ` +
            'For a deployment, build with SITE_URL=https://your.domain (and BASE_PATH=/sub/folder/ under a sub-folder).',
        );
      },
    },
  };
}
