import type {ChartWords, MiddayChartWords} from "./chartWords.ts";
import {agree, grouped, level as levelText, listing, longDate, percent, points, yuan} from "../format.ts";

/** The English charts' words (see chartWords.ts). */
export const EN_CHART_WORDS: ChartWords = {
  pattern: {
    doji: "doji",
    spinningTop: "spinning top",
    bullishEngulfing: "bullish engulfing",
    bearishEngulfing: "bearish engulfing",
    hammer: "hammer",
  },
  bucket: {
    limitDown: "At limit-down",
    "le-7": "≤ -7%",
    "-7to-5": "-7% to -5%",
    "-5to-3": "-5% to -3%",
    "-3to0": "-3% to 0",
    zero: "Unchanged",
    "0to3": "0 to 3%",
    "3to5": "3% to 5%",
    "5to7": "5% to 7%",
    ge7: "≥ 7%",
    limitUp: "At limit-up",
  },
  join: (items) => items.join(", "),
  points,
  signed: (fraction) => percent(fraction, {signed: true}),
  yuan,
  count: (n) => grouped(n),
  breadth: {
    title: "Breadth: stocks by % change",
    yTitle: "Stocks",
    columns: ["Change", "Stocks"],
    // The limit bars count every stock closing at its own limit, ST stocks included, unlike the headline counts.
    description: (b) =>
      `Stocks by % change on the day: ${grouped(b.advancers)} advanced, ${grouped(b.decliners)} declined and ${grouped(b.unchanged)} ${agree(b.unchanged, "was", "were")} unchanged; the limit bars count every stock at its limit, ST stocks included.`,
  },
  candles: {
    title: (name, sessions) => `${name}: last ${sessions} sessions`,
    yTitle: "Points",
    columns: ["Date", "Open", "High", "Low", "Close", "Pattern"],
    description: ({name, sessions, from, to, change, marks}) => {
      // "marking a doji and a spinning top on June 23": patterns of one session named together.
      const marked = marks.map(({date, labels}) => `${listing(labels.map((label) => `a ${label}`))} on ${longDate(date, {short: true})}`);
      return `Daily candlesticks of the ${name} over the last ${sessions} sessions, from ${points(from)} to ${points(to)} (${percent(change, {signed: true})})${marked.length ? `, marking ${listing(marked)}` : ""}.`;
    },
  },
  ladder: {
    title: "Consecutive limit-up ladder",
    xTitle: "Limit-up closes in a row",
    columns: ["Stock", "Code", "Boards in a row", "Gain over the streak"],
    description: (stocks, maxHeight) => `Stocks on consecutive limit-up closes: ${stocks} in all, the highest on ${maxHeight} in a row.`,
  },
  monthToDate: {
    title: (sector) => `${sector}: month-to-date leaders`,
    xTitle: "Change since month start (%)",
    columns: (baseDate) => ["Stock", "Code", `Close ${longDate(baseDate, {short: true})}`, "Close today", "Change"],
    description: ({sector, count, baseDate, top}) =>
      `The ${count} best performers in the ${sector} index since the close of ${longDate(baseDate)}, led by ${top?.name ?? ""} at ${percent(top?.pctChange ?? 0, {signed: true})}.`,
  },
  mood: {
    title: (sessions) => `Market mood: last ${sessions} ${agree(sessions, "session")}`,
    day: (iso) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8))}`,
    date: (iso) => longDate(iso, {short: true}),
    percent: (f) => percent(f),
    yTitles: {counts: "Limit-ups / downs", sealRate: "Seal rate", height: "Ladder height"},
    columns: ["Date", "Limit-ups", "Limit-downs", "Seal rate", "Ladder height"],
    description: ({sessions, from, most, fewest, today, midday}) =>
      `Limit-ups, limit-downs, seal rate and ladder height over ${sessions < 20 ? `the ${sessions} sessions with data since ${longDate(from)}` : `the last ${sessions} sessions`}: limit-ups ranged from ${grouped(fewest.limitUpCount)} on ${longDate(fewest.date, {short: true})} to ${grouped(most.limitUpCount)} on ${longDate(most.date, {short: true})}; ${midday ? "by today's midday break" : "today"} ${grouped(today.limitUpCount)} limit-up and ${grouped(today.limitDownCount)} limit-down${today.sealRate === null ? "" : `, a seal rate of ${percent(today.sealRate)}`}, the ladder ${today.maxHeightLowerBound ? "at least " : ""}${grouped(today.maxHeight)} high.`,
  },
  sectors: {
    title: "Sector indices: the strongest and the weakest",
    xTitle: "Change (%)",
    columns: ["Sector", "Code", "Change"],
    description: (top, bottom) =>
      `Leading and lagging sector indices by change on the day${top && bottom ? `, from ${top.name} at ${percent(top.pctChange, {signed: true})} to ${bottom.name} at ${percent(bottom.pctChange, {signed: true})}` : ""}.`,
  },
  spotlight: {
    title: (sector, sessions) => `${sector}: last ${sessions} sessions`,
    yTitle: "Points",
    columns: ["Date", "Close", "In the streak"],
    inStreak: "yes",
    description: ({sector, sessions, streak, level}) =>
      `Daily closes of the ${sector} index over the last ${sessions} sessions${streak ? `, up ${streak.sessions} sessions in a row (${percent(streak.cumulativeChange, {signed: true})})` : ""}${level !== null ? `, closing above ${levelText(level)}` : ""}.`,
  },
};

/** The English charts' words for a midday brief, where they differ: today's figures are the morning session's. */
export const EN_MIDDAY_CHART_WORDS: MiddayChartWords = {
  breadth: {
    description: (b) =>
      `Stocks by % change in the morning session: ${grouped(b.advancers)} advanced, ${grouped(b.decliners)} declined and ${grouped(b.unchanged)} ${agree(b.unchanged, "was", "were")} unchanged at the midday break; the limit bars count every stock at its limit, ST stocks included.`,
  },
  candles: {
    columns: ["Date", "Open", "High", "Low", "Last", "Pattern"],
    description: ({name, sessions, from, to, change, marks}) => {
      const marked = marks.map(({date, labels}) => `${listing(labels.map((label) => `a ${label}`))} on ${longDate(date, {short: true})}`);
      return `Candlesticks of the ${name} over the last ${sessions} sessions, today's for the morning session, from ${points(from)} to ${points(to)} at the midday break (${percent(change, {signed: true})})${marked.length ? `, marking ${listing(marked)}` : ""}.`;
    },
  },
  ladder: {
    xTitle: "Limit-ups in a row",
    description: (stocks, maxHeight) => `Stocks on consecutive limit-ups at the midday break: ${stocks} in all, the highest on ${maxHeight} in a row.`,
  },
  monthToDate: {
    xTitle: "Change this month to midday (%)",
    columns: (baseDate) => ["Stock", "Code", longDate(baseDate, {short: true}), "Midday today", "Change"],
    description: ({sector, count, baseDate, top}) =>
      `The ${count} best performers in the ${sector} index this month, from ${longDate(baseDate)} to the midday break, led by ${top?.name ?? ""} at ${percent(top?.pctChange ?? 0, {signed: true})}.`,
  },
  sectors: {
    description: (top, bottom) =>
      `Leading and lagging sector indices by change in the morning session${top && bottom ? `, from ${top.name} at ${percent(top.pctChange, {signed: true})} to ${bottom.name} at ${percent(bottom.pctChange, {signed: true})}` : ""}.`,
  },
  spotlight: {
    columns: ["Date", "Points", "In the streak"],
    description: ({sector, sessions, streak, level}) =>
      `The ${sector} index over the last ${sessions} sessions, today at the midday break${streak ? `, up ${streak.sessions} sessions in a row (${percent(streak.cumulativeChange, {signed: true})})` : ""}${level !== null ? `, above ${levelText(level)}` : ""}.`,
  },
};
