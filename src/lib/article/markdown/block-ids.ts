/** Section files are `content/article/<lang>/NN-slug.mdx`; NN is the section number. */
const SECTION_FILE = /content\/article\/(?:ko|en)\/(\d{2})-[a-z0-9-]+\.mdx?$/;

/** The section number of an article file, or undefined for any other file. */
export function sectionNumberFromPath(path: string): number | undefined {
  const match = SECTION_FILE.exec(path.replaceAll('\\', '/'));
  return match ? Number(match[1]) : undefined;
}

/** `s3-p4`: the 4th paragraph-like block of section 3; `s3-h1`: its first sub-heading. */
export function blockId(section: number, kind: 'p' | 'h', index: number): string {
  return `s${section}-${kind}${index}`;
}

/** The id of a whole section's heading. */
export function sectionId(section: number): string {
  return `s${section}`;
}
