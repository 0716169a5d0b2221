import type {Lang} from "./lang.ts";

/**
 * The words of the site around the briefs (navigation, headings, labels), per edition. The
 * briefs' own text comes from the composer; these are only the page furniture.
 */
export interface UiStrings {
  siteName: string;
  siteTagline: string;
  skip: string;
  nav: {label: string; latest: string; archive: string; keywords: string; search: string; rss: string};
  languageSwitch: string;
  footer: string;
  frontTitle: string;
  frontHeading: string;
  noBriefs: string;
  earlier: string;
  allByMonth: string;
  archive: string;
  archiveDescription: string;
  briefsCount: (n: number) => string;
  monthTitle: (label: string) => string;
  monthDescription: (n: number, label: string) => string;
  keywords: string;
  keywordsDescription: string;
  letters: string;
  keywordDescription: (n: number, label: string) => string;
  keywordIntro: (n: number) => string;
  followKeyword: string;
  /** The search page's filter by keyword: Pagefind shows this name as the filter's heading. */
  keywordFilter: string;
  keywordFeedTitle: (label: string) => string;
  search: string;
  searchDescription: string;
  searchNoScript: [string, string, string];
  midday: string;
  middayBrief: string;
  close: string;
  /** Beside a brief, the same date's other session: "Midday brief: …" on the close, "At the close: …" on the midday brief. */
  sessionTwin: (session: "close" | "midday") => string;
  /** The label of a search result's date (Pagefind shows metadata as "LABEL: value"). */
  searchDate: string;
  published: string;
  updated: string;
  openData: string;
  factsJson: string;
  chartData: string;
  otherDays: string;
  /** The second pager's name, at the end of a brief (two navigation regions need two names). */
  otherDaysEnd: string;
  chartDataSummary: string;
  commentary: string;
  by: (author: string) => string;
  commentaryNote: string;
  dataTitle: (date: string) => string;
  dataDescription: (date: string) => string;
  dataHeading: (date: string) => string;
  dataIntro: [string, string];
  rows: (n: number) => string;
  source: (s: string) => string;
  feedTitle: string;
  feedDescription: string;
  keywordFeedDescription: (label: string) => string;
  allBriefsFeed: string;
}

export const UI: Record<Lang, UiStrings> = {
  en: {
    siteName: "Market Brief",
    siteTagline: "Market Brief: daily China A-share market briefs",
    skip: "Skip to content",
    nav: {label: "Site", latest: "Latest", archive: "Archive", keywords: "Keywords", search: "Search", rss: "RSS"},
    languageSwitch: "Language",
    footer: "Market Brief: daily China A-share briefs generated from exchange quote snapshots. Not investment advice.",
    frontTitle: "Market Brief: daily China A-share market briefs",
    frontHeading: "Market Brief: the latest A-share brief",
    noBriefs: "No briefs yet: put a snapshot in data/ and run npm run build.",
    earlier: "Earlier briefs",
    allByMonth: "All briefs by month →",
    archive: "Archive",
    archiveDescription: "Every Market Brief by month.",
    briefsCount: (n) => `${n} ${n === 1 ? "brief" : "briefs"}`,
    monthTitle: (label) => `${label} | Market Brief archive`,
    monthDescription: (n, label) => `Market Brief's ${n} briefs of ${label}.`,
    keywords: "Keywords",
    keywordsDescription: "Every keyword in Market Brief, A to Z, with the number of briefs.",
    letters: "Letters",
    keywordDescription: (n, label) => `Market Brief's ${n} briefs on ${label}, newest first.`,
    keywordIntro: (n) => `${n} ${n === 1 ? "brief" : "briefs"}, newest first.`,
    followKeyword: "Follow this keyword by RSS",
    keywordFilter: "Keyword",
    keywordFeedTitle: (label) => `Market Brief: ${label}`,
    search: "Search",
    searchDescription: "Full-text search across every Market Brief.",
    searchNoScript: ["Search runs in your browser and needs JavaScript. Without it, browse the ", "archive", "keyword index"],
    midday: "midday",
    middayBrief: "Midday brief",
    close: "Market close",
    sessionTwin: (session) => (session === "midday" ? "This day's midday brief:" : "This day at the close:"),
    searchDate: "date",
    published: "Published",
    updated: "Updated",
    openData: "Open data:",
    factsJson: "facts (JSON)",
    chartData: "chart data (CSV)",
    otherDays: "Other days",
    otherDaysEnd: "Other days, after the brief",
    chartDataSummary: "Data behind the chart",
    commentary: "Editor's commentary",
    by: (author) => `By ${author}`,
    commentaryNote: "Written by the editor; not generated from data.",
    dataTitle: (date) => `Data for ${date} | Market Brief`,
    dataDescription: (date) => `The facts and chart data behind the Market Brief of ${date}.`,
    dataHeading: (date) => `Data behind the brief of ${date}`,
    dataIntro: ["Every number in the brief comes from these files. ", " holds all the facts (fields documented in the project's docs/facts.md); each chart's data is a CSV file:"],
    rows: (n) => `${n} rows`,
    source: (s) => `Source: ${s}.`,
    feedTitle: "Market Brief",
    feedDescription: "Daily China A-share market briefs: indices, breadth, limit-ups, sectors and themes.",
    keywordFeedDescription: (label) => `Market Brief's daily A-share briefs about ${label}.`,
    allBriefsFeed: "Market Brief: all briefs",
  },
  "zh-CN": {
    siteName: "市场简报",
    siteTagline: "市场简报：每日A股复盘",
    skip: "跳到正文",
    nav: {label: "网站", latest: "最新", archive: "归档", keywords: "关键词", search: "搜索", rss: "RSS"},
    languageSwitch: "语言",
    footer: "市场简报：根据交易所行情快照生成的每日A股复盘，不构成投资建议。",
    frontTitle: "市场简报：每日A股复盘",
    frontHeading: "市场简报：最新A股复盘",
    noBriefs: "暂无简报：请把行情快照放入 data/ 并运行 npm run build。",
    earlier: "往期简报",
    allByMonth: "按月浏览全部简报 →",
    archive: "归档",
    archiveDescription: "市场简报按月归档。",
    briefsCount: (n) => `${n}篇简报`,
    monthTitle: (label) => `${label} | 市场简报归档`,
    monthDescription: (n, label) => `市场简报${label}的${n}篇简报。`,
    keywords: "关键词",
    keywordsDescription: "市场简报的全部关键词及相关简报数量。",
    letters: "索引",
    keywordDescription: (n, label) => `市场简报关于“${label}”的${n}篇简报，按日期由新到旧排列。`,
    keywordIntro: (n) => `共${n}篇简报，按日期由新到旧排列。`,
    followKeyword: "通过RSS订阅此关键词",
    keywordFilter: "关键词",
    keywordFeedTitle: (label) => `市场简报：${label}`,
    search: "搜索",
    searchDescription: "在全部市场简报中全文搜索。",
    searchNoScript: ["搜索在浏览器中运行，需要启用JavaScript。未启用时，可浏览", "归档", "关键词索引"],
    midday: "午间",
    middayBrief: "午间简报",
    close: "收盘",
    sessionTwin: (session) => (session === "midday" ? "当日午间简报：" : "当日收盘简报："),
    searchDate: "日期",
    published: "发布于",
    updated: "更新于",
    openData: "开放数据：",
    factsJson: "事实数据（JSON）",
    chartData: "图表数据（CSV）",
    otherDays: "其他交易日",
    otherDaysEnd: "其他交易日（文末）",
    chartDataSummary: "图表数据",
    commentary: "编辑评论",
    by: (author) => `作者：${author}`,
    commentaryNote: "本节由编辑撰写，并非由数据生成。",
    dataTitle: (date) => `${date}数据 | 市场简报`,
    dataDescription: (date) => `${date}市场简报背后的事实数据与图表数据。`,
    dataHeading: (date) => `${date}简报背后的数据`,
    dataIntro: ["简报中的每个数字都来自这些文件。", "包含全部事实数据（字段说明见项目的 docs/facts.md）；每张图表的数据为一个CSV文件："],
    rows: (n) => `${n}行`,
    source: (s) => `数据来源：${s}。`,
    feedTitle: "市场简报",
    feedDescription: "每日A股复盘：指数、涨跌家数、涨停、板块与题材。",
    keywordFeedDescription: (label) => `市场简报关于“${label}”的每日A股复盘。`,
    allBriefsFeed: "市场简报：全部简报",
  },
};

/** The name of each language in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = {en: "English", "zh-CN": "中文"};
