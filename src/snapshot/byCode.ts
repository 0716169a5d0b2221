/** Orders by code (codes are unique within a file, so no further tie-break is needed). */
export const byCode = (a: {code: string}, b: {code: string}): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
