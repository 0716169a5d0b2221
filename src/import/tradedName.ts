/**
 * A stock's short name as the exchange trades it, from a vendor's cell. East Money and Sina pad
 * short Chinese names with spaces to a fixed width ("五 粮 液", "万  科Ａ", "柳    工", Sina's
 * "*ST 正邦"); the exchanges' short names have no spaces. Whitespace next to a non-ASCII
 * character goes (so a Latin name keeps its spaces): everything else stays as traded, since the marks in a name are information the analytics
 * read (N, C, XD/XR/DR, ST/*ST, -U/-W/-WD, the full-width Ａ).
 */
export function tradedName(text: string): string {
  return text.trim().replace(/(?<=[^\x00-\x7F])\s+|\s+(?=[^\x00-\x7F])/gu, "");
}
