/** A security master as the text of data/securities.csv and data/name-history.csv (the inverse of parseMaster), rows in code order. */
import type {SecurityMaster} from "../market/securityMaster.ts";
import {csvText} from "../snapshot/csvText.ts";
import {NAME_HISTORY_COLUMNS, SECURITY_COLUMNS} from "../snapshot/parseMaster.ts";

export const MASTER_FILES = {securities: "securities.csv", nameHistory: "name-history.csv"} as const;

export function masterFiles(master: SecurityMaster): Record<"securities.csv" | "name-history.csv", string> {
  const codes = [...master.securities.keys()].sort();
  const securities = codes.map((code) => {
    const s = master.securities.get(code);
    return s ? [s.code, s.name, s.nameEn ?? "", s.listDate ?? "", s.delistDate ?? ""] : [];
  });
  const names = [...master.names.keys()]
    .sort()
    .flatMap((code) => (master.names.get(code) ?? []).map((s) => [code, s.name, s.from, s.to ?? ""]));
  return {
    [MASTER_FILES.securities]: csvText(SECURITY_COLUMNS.required, securities),
    [MASTER_FILES.nameHistory]: csvText(NAME_HISTORY_COLUMNS.required, names),
  } as Record<"securities.csv" | "name-history.csv", string>;
}
