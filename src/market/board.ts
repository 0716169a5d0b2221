/** The listing board of a stock, from its code and exchange suffix; null when the code fits no known board. */
export type Board = "main" | "chinext" | "star" | "bse";

export const BOARDS: readonly Board[] = ["main", "chinext", "star", "bse"];

// Called for every stock many times a day, so read character by character, not by a regex.
export function boardOf(code: string): Board | null {
  if (code.length !== 9 || code[6] !== ".") return null;
  for (let i = 0; i < 6; i += 1) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  const exchange = code.slice(7);
  const p3 = code.slice(0, 3);
  const p2 = code.slice(0, 2);
  if (exchange === "SH") {
    if (["600", "601", "603", "605"].includes(p3)) return "main";
    if (p3 === "688" || p3 === "689") return "star";
    return null;
  }
  if (exchange === "SZ") {
    if (["000", "001", "002", "003"].includes(p3)) return "main";
    // ChiNext: 300 and 301, and 302 since 2025 (302132.SZ, the former 300114.SZ, renumbered).
    if (p3 === "300" || p3 === "301" || p3 === "302") return "chinext";
    return null;
  }
  if (exchange !== "BJ") return null;
  // Beijing Stock Exchange: 920xxx since 2025-10-09; older codes 43x/83x/87x/88x.
  if (p3 === "920" || ["43", "83", "87", "88"].includes(p2)) return "bse";
  return null;
}
