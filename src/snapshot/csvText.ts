/** CSV as we write it (RFC 4180): fields quoted only when they hold a comma, quote or line break. */

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Header and rows as CSV text, `eol` after every line (LF for data/, CRLF for downloads). */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[], eol = "\n"): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",") + eol).join("");
}
