import {csvText} from "../snapshot/csvText.ts";

/** Rows → RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF line ends. */
export const toCsv = (header: string[], rows: string[][]): string => csvText(header, rows, "\r\n");
