/**
 * Serialises structured data for a `<script type="application/ld+json">` block. `<` is escaped so
 * that no content string can close the script element early.
 */
export function jsonLdScript(data: Record<string, unknown>): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replaceAll('<', '\\u003c');
}
