import {grouped, percent, points, yuan} from "../compose/format.ts";

/**
 * Editors cite live figures by a path into the day's facts (docs/facts.md), e.g.
 * "limits.sealRate", "sectors.leaders[0].name" or "sectors.notable[886032.TI].upStreak.sessions":
 * a bracketed number indexes a list, bracketed text picks the list item with that code.
 */
export type FactLookup = {ok: true; value: unknown} | {ok: false; message: string};

const STEP = /^([A-Za-z_$][\w$]*)?((?:\[[^\]]+\])*)$/;

export function lookupFact(facts: unknown, path: string): FactLookup {
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

/** How a fact prints: by the unit its name carries (…Fen, …pctChange, sealRate), unless a format is given. */
export function formatFact(path: string, value: unknown, format: FactFormat = "auto"): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (value === null) return "n/a";
  if (typeof value !== "number") throw new Error(`"${path}" is not a single figure (it is a list or a group); cite one of its fields`);
  const last = path.split(/[.[]/).filter(Boolean).pop() ?? "";
  const chosen: FactFormat =
    format !== "auto"
      ? format
      : /Fen$/.test(last)
        ? "yuan"
        : /(pctChange|Change|Gain|Rate|Share)$/i.test(last)
          ? "percent"
          : /^(close|open|high|low|prevClose|change|level|baseClose|previousHigh)$/.test(last)
            ? "points"
            : "number";
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
