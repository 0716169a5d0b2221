import {grouped, percent, points, yuan} from "../compose/format.ts";

/**
 * Editors cite live figures by a path into the day's facts (docs/facts.md), e.g.
 * "limits.sealRate", "sectors.leaders[0].name" or "sectors.notable[886032.TI].upStreak.sessions":
 * a bracketed number indexes a list, bracketed text picks the list item with that code.
 */
export type FactLookup = {ok: true; value: unknown} | {ok: false; message: string};

const STEP = /^([A-Za-z_$][\w$]*)?((?:\[[^\]]+\])*)$/;

/**
 * `sectors[CODE]…` and `stocks[CODE]…` name any sector or stock of the day by code: the sector's
 * entry in the facts where the brief ranks it (leaders, notable, laggards: with its streak and
 * month to date), else its quote from the day's snapshot; a stock's quote. `quotes` is the
 * day's table (dayQuotes); without it only ranked sectors are found.
 */
export function lookupFact(facts: unknown, path: string, quotes?: {sectors: unknown[]; stocks: unknown[]} | null): FactLookup {
  const byCode = /^(sectors|stocks)\[([^\]]+)\](.*)$/.exec(path);
  if (byCode && !/^\d+$/.test(byCode[2] as string)) {
    const [, kind, code = "", rest = ""] = byCode;
    const ranked = kind === "sectors" ? rankedSector(facts, code) : undefined;
    const entry = ranked ?? (quotes?.[kind as "sectors" | "stocks"] ?? []).find((q) => (q as {code?: unknown}).code === code);
    if (entry === undefined) {
      const what = kind === "sectors" ? "sector or concept index" : "stock";
      return {ok: false, message: `"${path}" names no fact: no ${what} ${code} in this day's ${quotes ? "snapshot" : "facts"}`};
    }
    if (rest === "") return {ok: true, value: entry};
    const inner = lookupFact(entry, rest.replace(/^\./, ""));
    return inner.ok ? inner : {ok: false, message: inner.message.replace(/^"[^"]*" names no fact: nothing at /, `"${path}" names no fact: nothing at ${kind}[${code}].`)};
  }
  return walk(facts, path);
}

function rankedSector(facts: unknown, code: string): unknown {
  const sectors = (facts as {sectors?: Record<string, unknown>} | null)?.sectors;
  for (const list of ["leaders", "notable", "laggards"]) {
    const found = stepInto(sectors?.[list], `[${code}]`);
    if (found !== undefined) return found;
  }
  return undefined;
}

function walk(facts: unknown, path: string): FactLookup {
  let current: unknown = facts;
  let walked = "";
  for (const part of path.split(/\.(?![^[]*\])/)) {
    const m = STEP.exec(part);
    if (!m || part === "") return {ok: false, message: `"${path}" is not a fact path (expected e.g. limits.sealRate or sectors.leaders[0].name)`};
    const [, key, brackets = ""] = m;
    const steps: string[] = key ? [key] : [];
    for (const b of brackets.matchAll(/\[([^\]]+)\]/g)) steps.push(`[${b[1]}]`);
    for (const step of steps) {
      const next = stepInto(current, step);
      walked += step.startsWith("[") ? step : walked ? `.${step}` : step;
      if (next === undefined) return {ok: false, message: `"${path}" names no fact: nothing at ${walked}`};
      current = next;
    }
  }
  return {ok: true, value: current};
}

function stepInto(value: unknown, step: string): unknown {
  if (step.startsWith("[")) {
    if (!Array.isArray(value)) return undefined;
    const inner = step.slice(1, -1);
    if (/^\d+$/.test(inner)) return value[Number(inner)];
    return value.find((item) => typeof item === "object" && item !== null && (item as {code?: unknown}).code === inner);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, step) ? (value as Record<string, unknown>)[step] : undefined;
}

export type FactFormat = "auto" | "percent" | "signed-percent" | "points" | "yuan" | "number" | "raw";

/** The language a figure is printed in: the page's edition. */
export type FactLang = "en" | "zh-CN";

/** Chinese figures through Intl with an explicit zh-CN locale (never the machine's), fixed decimals. */
const zhNumber = (value: number, digits: number): string =>
  new Intl.NumberFormat("zh-CN", {minimumFractionDigits: digits, maximumFractionDigits: digits}).format(value);

const zhPercent = (fraction: number, signed: boolean): string => {
  const text = `${zhNumber(fraction * 100, 2)}%`;
  return signed && !text.startsWith("-") && text !== "0.00%" ? `+${text}` : text;
};

/** The Chinese edition's figures: 78.40%, +4.45%, 1,009.81点, 18.87元, 2,417. */
const ZH: Record<Exclude<FactFormat, "auto" | "raw">, (value: number) => string> = {
  percent: (v) => zhPercent(v, false),
  "signed-percent": (v) => zhPercent(v, true),
  points: (v) => `${zhNumber(v, 2)}点`,
  yuan: (fen) => `${zhNumber(fen / 100, 2)}元`,
  number: (v) => zhNumber(v, Number.isInteger(v) ? 0 : 2),
};

/**
 * How a fact prints: by the unit its name carries (…Fen, …pctChange, sealRate), unless a format
 * is given; in the page's language (English by default).
 */
export function formatFact(path: string, value: unknown, format: FactFormat = "auto", lang: FactLang = "en"): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return lang === "en" ? (value ? "yes" : "no") : value ? "是" : "否";
  if (value === null) return lang === "en" ? "n/a" : "无数据";
  if (typeof value !== "number") throw new Error(`"${path}" is not a single figure (it is a list or a group); cite one of its fields`);
  const last = path.split(/[.[]/).filter(Boolean).pop() ?? "";
  const chosen: FactFormat =
    format !== "auto"
      ? format
      : /Fen$/.test(last)
        ? "yuan"
        : // Case matters: an index's `change` is in points, its `pctChange` a fraction.
          /^(rate|share)$|(pctChange|Change|Gain|Rate|Share)$/.test(last)
          ? "percent"
          : /^(close|open|high|low|prevClose|change|level|baseClose|previousHigh)$/.test(last)
            ? "points"
            : "number";
  if (lang !== "en" && chosen !== "raw") return ZH[chosen](value);
  switch (chosen) {
    case "percent":
      return percent(value);
    case "signed-percent":
      return percent(value, {signed: true});
    case "points":
      return points(value);
    case "yuan":
      return yuan(value);
    case "number":
      return Number.isInteger(value) ? grouped(value) : grouped(value, 2);
    case "raw":
      return String(value);
    default:
      return String(value);
  }
}
