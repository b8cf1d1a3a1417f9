import { describe, expect, it } from 'vitest';
import { CSP, CSP_WITHOUT_SEARCH, headersFile, serialiseCsp } from '../../../src/lib/site/csp';

describe('the Content-Security-Policy', () => {
  it('is serialised as a policy string', () => {
    expect(serialiseCsp({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] })).toBe("default-src 'self'; img-src 'self' data:");
    expect(serialiseCsp(CSP)).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('writes the pages’ policy into _headers, with frame-ancestors that only a header can carry', () => {
    const file = headersFile();
    expect(file).toContain(`  Content-Security-Policy: ${serialiseCsp(CSP)}; frame-ancestors 'none'\n`);
    expect(file.split('\n')).toContain('/*');
    expect(file).toContain('  X-Content-Type-Options: nosniff');
  });

  it('allows the pages outside the language folders no WebAssembly and no fetching, and nothing the site policy forbids', () => {
    expect(CSP_WITHOUT_SEARCH['script-src']).toEqual(["'self'"]);
    expect(CSP_WITHOUT_SEARCH['connect-src']).toBeUndefined();
    for (const [name, sources] of Object.entries(CSP_WITHOUT_SEARCH)) for (const source of sources) expect(CSP[name], `${name} ${source}`).toContain(source);
  });
});
