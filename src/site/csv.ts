import {csvText} from "../snapshot/csvText.ts";

// A cell a spreadsheet would run as a formula: =, +, -, @ (or a tab or carriage return) first.
const FORMULA = /^[=+\-@\t\r]/;
// Signed figures ("-2.47%", "+1.31%", "-0.67") are data, not formulas.
const FIGURE = /^[+-]?\d[\d,]*(\.\d+)?%?$/;

/**
 * A cell made safe to open in a spreadsheet: text that would start a formula gets a leading
 * apostrophe (the OWASP advice against CSV injection: a stock named "=HYPERLINK(…)" stays text).
 */
export const safeCell = (cell: string): string => (FORMULA.test(cell) && !FIGURE.test(cell) ? `'${cell}` : cell);

/** Rows → RFC 4180 CSV for download: cells safe for spreadsheets, quoted when they must be, CRLF line ends. */
export const toCsv = (header: string[], rows: string[][]): string => csvText(header.map(safeCell), rows.map((r) => r.map(safeCell)), "\r\n");
