import { describe, expect, it } from 'vitest';
import { LOCAL_SITE, siteUrlNotice } from '../../../src/integrations/site-url';

/** Runs the integration's setup hook for a command and returns what it warned. */
function warnings(command: 'build' | 'dev', env: Record<string, string | undefined>): string[] {
  const warned: string[] = [];
  const hook = siteUrlNotice(env).hooks['astro:config:setup'] as unknown as (options: { command: string; logger: { warn: (m: string) => void } }) => void;
  hook({ command, logger: { warn: (message) => warned.push(message) } });
  return warned;
}

describe('a build without SITE_URL', () => {
  it('warns that canonical URLs and citations would point at this machine', () => {
    const [warning] = warnings('build', {});
    expect(warning).toContain('SITE_URL is not set');
    expect(warning).toContain(LOCAL_SITE);
  });
  it('stays quiet with SITE_URL set, and in development', () => {
    expect(warnings('build', { SITE_URL: 'https://example.org' })).toEqual([]);
    expect(warnings('dev', {})).toEqual([]);
  });
});
