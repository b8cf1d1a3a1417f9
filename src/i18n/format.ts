/** Fills the `{name}` placeholders of an interface string; a placeholder without a value stays as written. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/**
 * Splits an interface string around its one `{name}` placeholder, so that a component can put an
 * element there (a link, a name in another language): `around('See {link}.', 'link')` gives
 * `['See ', '.']`. A template without that placeholder is a mistake in the strings and fails.
 */
export function around(template: string, name: string): [before: string, after: string] {
  const parts = template.split(`{${name}}`);
  if (parts.length !== 2) throw new Error(`Interface string "${template}" must hold {${name}} exactly once`);
  return [parts[0]!, parts[1]!];
}
