/** The broad indices every brief covers, with the names we print (vendor index files carry no names). */
export const BROAD_INDICES: Readonly<Record<string, string>> = {
  "000001.SH": "SSE Composite",
  "399001.SZ": "SZSE Component",
  "399006.SZ": "ChiNext",
  "000688.SH": "STAR 50",
  "000300.SH": "CSI 300",
};
