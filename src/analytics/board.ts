/** The listing board of a stock, from its code and exchange suffix; null when the code fits no known board. */
export type Board = "main" | "chinext" | "star" | "bse";

export const BOARDS: readonly Board[] = ["main", "chinext", "star", "bse"];

// Codes repeat every day and in every file: each is worked out once.
const boards = new Map<string, Board | null>();

export function boardOf(code: string): Board | null {
  let board = boards.get(code);
  if (board === undefined) {
    board = boardOfCode(code);
    // Only well-formed codes are remembered, so that junk input cannot grow the map without bound.
    if (board !== null) boards.set(code, board);
  }
  return board;
}

function boardOfCode(code: string): Board | null {
  const m = /^(\d{6})\.(SH|SZ|BJ)$/.exec(code);
  if (!m) return null;
  const [, digits = "", exchange] = m;
  const p3 = digits.slice(0, 3);
  const p2 = digits.slice(0, 2);
  if (exchange === "SH") {
    if (["600", "601", "603", "605"].includes(p3)) return "main";
    if (p3 === "688" || p3 === "689") return "star";
    return null;
  }
  if (exchange === "SZ") {
    if (["000", "001", "002", "003"].includes(p3)) return "main";
    if (p3 === "300" || p3 === "301") return "chinext";
    return null;
  }
  // Beijing Stock Exchange: 920xxx since 2025-10-09; older codes 43x/83x/87x/88x.
  if (p3 === "920" || ["43", "83", "87", "88"].includes(p2)) return "bse";
  return null;
}
