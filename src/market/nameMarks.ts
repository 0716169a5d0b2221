/**
 * What the exchanges write into a stock's short name as traded. These marks are rules, not
 * guesses: the exchanges prefix the name of a risk-warning stock with ST or *ST (S*ST and SST
 * during the share reform), a new listing's first session with N, and sessions 2–5 of a
 * registration-based listing (ChiNext, STAR, main board since 2023-04-10) with C; on an
 * ex-rights or ex-dividend day the name may carry XD, XR or DR in front of all of these.
 */

export type RiskWarning = "ST" | "*ST";

// Ex-rights (XR), ex-dividend (XD) and both (DR), shown on the ex-date only.
const EX_MARK = /^(XD|XR|DR)/;

const withoutExMark = (name: string) => name.trim().replace(EX_MARK, "");

/** The risk warning a traded name carries, or null when it carries none. */
export function riskWarningIn(name: string): RiskWarning | null {
  const n = withoutExMark(name);
  if (n.startsWith("*ST") || n.startsWith("S*ST")) return "*ST";
  if (n.startsWith("ST") || n.startsWith("SST")) return "ST";
  return null;
}

/**
 * The new-listing mark of a traded name: "N" (first session), "C" (sessions 2–5 of a
 * registration-based listing), or null. A mark is a capital N or C directly before a
 * non-Latin character ("N屹唐", "C电科"), so names that merely begin with the letter are not
 * marks ("Ningbo Port", "CITIC Securities", "TCL科技").
 */
export function listingMarkIn(name: string): "N" | "C" | null {
  const n = withoutExMark(name);
  const first = n[0];
  if (first !== "N" && first !== "C") return null;
  const next = n.codePointAt(1);
  if (next === undefined) return null;
  const latin = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
  return latin || next === 32 ? null : first;
}
