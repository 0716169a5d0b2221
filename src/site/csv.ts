/** Rows → RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF line ends. */
export function toCsv(header: string[], rows: string[][]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}
