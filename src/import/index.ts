/**
 * Vendor import: the bytes of a data vendor's exports of one trading day (Tushare Pro `daily`,
 * `stock_basic`, `stk_limit`, `index_daily`, `namechange`, `trade_cal`; an AKShare East Money
 * or Sina spot table; AKShare's listing exports) in; our Snapshot, security master and calendar
 * out, or every problem found, located in the vendor's own files; and those as the text of the
 * files in data/. Pure: src/cli/ reads and writes through src/io. It never guesses: what a vendor
 * does not say (listing dates in a spot table, a suspended stock's last close) stays unknown or
 * is left out with a warning, and a row a vendor delivers oddly is a warning, never a blocked day.
 */
export {fromTushare, TUSHARE_SOURCE, type TushareInput} from "./tushare.ts";
export {importTushare, type DataState, type DataUpdate, type TushareExports} from "./tushareDay.ts";
export {masterFromTushare} from "./tushareMaster.ts";
export {calendarFromTushare} from "./tushareCalendar.ts";
export {fromAkshare, AKSHARE_SOURCE, type AkshareInput} from "./akshare.ts";
export {readListings, type Listing, type ListingFiles} from "./akshareListings.ts";
export {mergeListings, type ListingChanges} from "./mergeListings.ts";
export {snapshotFiles} from "./snapshotFiles.ts";
export type {Imported, VendorFile} from "./vendorFile.ts";
