/**
 * CSV per RFC 4180, with a UTF-8 byte-order mark so that spreadsheet programs (Excel in
 * particular) open Korean text correctly instead of guessing a legacy code page.
 */
export const BOM = '\uFEFF';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
