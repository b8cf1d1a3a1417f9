/**
 * The Content-Security-Policy, written once: every page carries it in a <meta> tag, and the build
 * writes it, with the directives that only work as a header, into dist/_headers for hosts that
 * read that file (integrations/headers-file.ts). Nothing is kept in sync by hand.
 */

/** The policy of every page. `'wasm-unsafe-eval'` is for Pagefind's WebAssembly on the search page. */
export const CSP: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives a browser honours only in a response header, never in a <meta> tag. */
export const HEADER_ONLY_CSP: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

/**
 * The policy of the pages outside the language folders (the language chooser, the not-found
 * page): they run no search, so they allow no WebAssembly and no fetching.
 */
export const CSP_WITHOUT_SEARCH: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(CSP)
    .filter(([name]) => name !== 'font-src' && name !== 'connect-src')
    .map(([name, sources]) => [name, name === 'script-src' ? sources.filter((s) => s !== "'wasm-unsafe-eval'") : sources]),
);

/** `default-src 'self'; script-src …` */
export function serialiseCsp(policy: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(policy)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The other security headers every response should carry. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The `_headers` file: the page policy plus the header-only directives, and the other headers, for every path. */
export function headersFile(): string {
  const lines = [
    '# Response headers for static hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# Written by the build from src/lib/site/csp.ts, the same policy every page carries in its',
    '# <meta> tag, plus frame-ancestors, which only works as a header.',
    '/*',
    `  Content-Security-Policy: ${serialiseCsp({ ...CSP, ...HEADER_ONLY_CSP })}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return `${lines.join('\n')}\n`;
}
