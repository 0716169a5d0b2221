import {readFile} from "node:fs/promises";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchChromium} from "../support/browser.ts";
import {briefIdsIn, DIST} from "../support/distFiles.ts";
import {serveDist} from "../../src/io/serveDist.ts";

/**
 * The built site in headless Chromium: no console errors, no axe-core violations of WCAG 2
 * A/AA in light or dark mode, charts and their data without JavaScript, search, keyword pages.
 */
const AXE = "node_modules/axe-core/axe.min.js";
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
let latest: string;
let keywordPath: string;
let zhKeywordPath: string;

beforeAll(async () => {
  site = await serveDist(DIST);
  browser = await launchChromium();
  latest = (await briefIdsIn(DIST)).at(-1) as string;
  const html = await readFile(join(DIST, "briefs", latest, "index.html"), "utf8");
  keywordPath = /href="(\/keywords\/[^"/]+\/)"/.exec(html)?.[1] as string;
  // A Chinese keyword's slug may be Chinese characters; the page links it as is, browsers encode it.
  const zhHtml = await readFile(join(DIST, "zh", "briefs", latest, "index.html"), "utf8");
  zhKeywordPath = /href="(\/zh\/keywords\/[^"/]+\/)" rel="tag"/.exec(zhHtml)?.[1] as string;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: {target: string[]; failureSummary?: string; html: string}[];
}

const showViolations = (vs: AxeViolation[]) =>
  vs
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(" ")}: ${n.html.slice(0, 160)}\n    ${(n.failureSummary ?? "").replace(/\n/g, "\n    ")}`).join("\n")}${v.nodes.length > 5 ? `\n  … and ${v.nodes.length - 5} more` : ""}`)
    .join("\n");

async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({path: AXE});
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as {axe: {run: (ctx: Document, opts: object) => Promise<{violations: AxeViolation[]}>}}).axe.run(document, {
      runOnly: {type: "tag", values: tags},
      resultTypes: ["violations"],
    });
    return result.violations;
  }, WCAG);
}

/** Opens a page, collecting console errors and uncaught exceptions (a missing page's own 404 aside). */
async function open(path: string, expectStatus = 200): Promise<{page: Page; errors: string[]}> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const url = `${site.url}${path}`;
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    if (expectStatus === 404 && m.location().url === url && m.text().includes("404")) return;
    errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  const response = await page.goto(url, {waitUntil: "networkidle"});
  expect(response?.status(), path).toBe(expectStatus);
  return {page, errors};
}

const PAGES = [
  {name: "the front page", path: () => "/"},
  {name: "the latest brief", path: () => `/briefs/${latest}/`},
  {name: "a keyword page", path: () => keywordPath},
  {name: "the archive", path: () => "/archive/"},
  {name: "the search page", path: () => "/search/"},
  {name: "the 404 page", path: () => "/no-such-page/", status: 404},
  {name: "the Chinese front page", path: () => "/zh/"},
  {name: "the latest Chinese brief", path: () => `/zh/briefs/${latest}/`},
  {name: "a Chinese keyword page", path: () => encodeURI(zhKeywordPath)},
  {name: "the Chinese archive", path: () => "/zh/archive/"},
  {name: "the Chinese search page", path: () => "/zh/search/"},
];

describe("pages in Chromium", () => {
  it.each(PAGES)("$name has no console errors and no axe WCAG 2 A/AA violations, light or dark", async ({path, status}) => {
    const {page, errors} = await open(path(), status);
    try {
      // Charts swap in their interactive version when in view: check the page as readers end up with it.
      // The first chart may start below the fold (Chinese text runs taller): bring it into view.
      if ((await page.locator("figure.chart").count()) > 0) {
        await page.locator("figure.chart").first().scrollIntoViewIfNeeded();
        await page.locator(".chart-live svg").first().waitFor({timeout: 15_000});
      }
      const found: string[] = [];
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({colorScheme});
        const violations = await axe(page);
        if (violations.length > 0) found.push(`${colorScheme}:\n${showViolations(violations)}`);
      }
      expect(found.join("\n"), `axe on ${path()}`).toBe("");
      expect(errors, path()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("a brief without JavaScript", () => {
  it("shows every chart as a static SVG, with its data table in <details>", async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/briefs/${latest}/`);
      const figures = page.locator("figure.chart");
      const count = await figures.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        const svg = figure.locator("svg[role=img]").first();
        await figure.scrollIntoViewIfNeeded();
        expect(await svg.isVisible(), `chart ${i + 1}`).toBe(true);
        const box = await svg.boundingBox();
        expect(box?.width ?? 0, `chart ${i + 1} width`).toBeGreaterThan(150);
        expect(await svg.getAttribute("aria-labelledby"), `chart ${i + 1} has a text alternative`).toBeTruthy();
        const table = figure.locator("details table");
        expect(await table.isVisible(), "the table is folded away until asked for").toBe(false);
        await figure.locator("details summary").click();
        expect(await table.isVisible()).toBe(true);
        expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
      }
    } finally {
      await context.close();
    }
  });
});

describe("search", () => {
  it("finds the latest brief by the name of a stock that closed limit-up", async () => {
    const facts = JSON.parse(await readFile(join(DIST, "briefs", latest, "facts.json"), "utf8")) as {
      limits: {limitUp: {code: string; name: string}[]};
      englishNames: Record<string, string>;
    };
    const html = await readFile(join(DIST, "briefs", latest, "index.html"), "utf8");
    // The English page names stocks in English (facts keep the names as traded).
    const name = facts.limits.limitUp.map((s) => facts.englishNames[s.code] ?? s.name).find((n) => html.includes(n));
    expect(name, "a limit-up stock named on the brief page").toBeDefined();
    const {page, errors} = await open("/search/");
    try {
      await page.locator(".pagefind-ui__search-input").fill(name as string);
      const hit = page.locator(`.pagefind-ui__result-link[href^="/briefs/${latest}/"]`).first();
      await hit.waitFor({timeout: 15_000});
      expect(await hit.isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/** Types a query into the Pagefind UI on a search page and waits for a result linking `href`. */
async function searchFinds(path: string, query: string, href: string): Promise<void> {
  const {page, errors} = await open(path);
  try {
    await page.locator(".pagefind-ui__search-input").fill(query);
    const hit = page.locator(`.pagefind-ui__result-link[href^="${href}"]`).first();
    await hit.waitFor({timeout: 15_000});
    expect(await hit.isVisible(), `${path}: "${query}" finds ${href}`).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}

describe("search in the Chinese edition", () => {
  interface Facts {
    limits: {limitUp: {code: string; name: string}[]};
    sectors: {leaders: {code: string; name: string}[]};
    englishNames: Record<string, string>;
  }
  /** Per day, newest first: the facts and the text Pagefind indexes on the Chinese page (the article, without ignored parts and charts). */
  let days: {id: string; facts: Facts; text: string}[];

  beforeAll(async () => {
    days = [];
    for (const id of (await briefIdsIn(DIST)).reverse()) {
      const html = await readFile(join(DIST, "zh", "briefs", id, "index.html"), "utf8");
      const article = /<article[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? "";
      const text = article.replace(/<footer class="brief-footer"[\s\S]*?<\/footer>/, "").replace(/<svg[\s\S]*?<\/svg>/g, "");
      days.push({id, facts: JSON.parse(await readFile(join(DIST, "briefs", id, "facts.json"), "utf8")) as Facts, text});
    }
  });

  /**
   * What to search for: the newest day whose Chinese page prints one of the names in Chinese,
   * as traded (every day, once the Chinese composer writes the prose; until then, the day of
   * the example Chinese commentary), else the latest day and the English name printed there.
   */
  function pick(list: (f: Facts) => {code: string; name: string}[]): {id: string; query: string} | undefined {
    for (const {id, facts, text} of days) {
      const name = list(facts).map((s) => s.name).find((n) => /\p{Script=Han}/u.test(n) && text.includes(n));
      if (name) return {id, query: name};
    }
    const [latestDay] = days;
    if (!latestDay) return undefined;
    const name = list(latestDay.facts).map((s) => latestDay.facts.englishNames[s.code]).find((n) => n !== undefined && latestDay.text.includes(n));
    return name ? {id: latestDay.id, query: name} : undefined;
  }

  it("uses the Chinese index: the page says zh-CN, and Pagefind built an index for zh-cn", async () => {
    const entry = JSON.parse(await readFile(join(DIST, "pagefind", "pagefind-entry.json"), "utf8")) as {languages: Record<string, {page_count: number}>};
    expect(entry.languages["zh-cn"]?.page_count ?? 0).toBeGreaterThan(0);
    expect(entry.languages.en?.page_count ?? 0).toBeGreaterThan(0);
    expect(await readFile(join(DIST, "zh", "search", "index.html"), "utf8")).toContain('<html lang="zh-CN">');
  });

  it("finds the day's Chinese brief by the name of a stock that closed limit-up", async () => {
    const found = pick((f) => f.limits.limitUp);
    expect(found, "a limit-up stock named on a Chinese page").toBeDefined();
    await searchFinds("/zh/search/", found?.query as string, `/zh/briefs/${found?.id}/`);
  });

  it("finds it by a sector's Chinese name, such as 固态电池", async () => {
    const found = pick((f) => f.sectors.leaders);
    expect(found, "a leading sector named on a Chinese page").toBeDefined();
    expect(found?.query, "named in Chinese").toMatch(/\p{Script=Han}/u);
    await searchFinds("/zh/search/", found?.query as string, `/zh/briefs/${found?.id}/`);
  });

  it("finds it by a stock code", async () => {
    const [{id, facts, text}] = days as [(typeof days)[number]];
    const code = facts.limits.limitUp.map((s) => s.code).find((c) => text.includes(c));
    expect(code, "a limit-up stock's code on the Chinese page").toBeDefined();
    await searchFinds("/zh/search/", (code as string).slice(0, 6), `/zh/briefs/${id}/`);
  });

  it("keeps the editions apart: the Chinese search links only Chinese pages", async () => {
    const {page} = await open("/zh/search/");
    try {
      await page.locator(".pagefind-ui__search-input").fill(days[0]?.facts.limits.limitUp[0]?.code.slice(0, 6) ?? "000001");
      await page.locator(".pagefind-ui__result-link").first().waitFor({timeout: 15_000});
      const hrefs = await page.locator(".pagefind-ui__result-link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.filter((h) => !h.startsWith("/zh/"))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("a keyword page", () => {
  it("lists briefs that each link back to it", async () => {
    const {page} = await open(keywordPath);
    try {
      const listed = await page.locator('main a[href^="/briefs/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href") as string))]);
      expect(listed).toContain(`/briefs/${latest}/`);
      for (const href of listed.filter((h) => /^\/briefs\/\d{4}-\d{2}-\d{2}\/$/.test(h)).slice(0, 5)) {
        await page.goto(`${site.url}${href}`);
        expect(await page.locator(`main a[href="${keywordPath}"]`).count(), `${href} links to ${keywordPath}`).toBeGreaterThan(0);
      }
    } finally {
      await page.close();
    }
  });
});
