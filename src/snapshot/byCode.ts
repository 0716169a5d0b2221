/** Orders by code (codes are unique within a file, so no further tie-break is needed). */
export const byCode = (a: {code: string}, b: {code: string}): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

/** Orders bars by code, then date. */
export const byCodeThenDate = (a: {code: string; date: string}, b: {code: string; date: string}): number =>
  byCode(a, b) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
