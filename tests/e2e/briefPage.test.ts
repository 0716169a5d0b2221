import {briefIdsIn, DIST} from "../support/distFiles.ts";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser} from "playwright-core";
import {launchChromium} from "../support/browser.ts";
import {serveDist} from "../../src/io/serveDist.ts";

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  site = await serveDist("dist");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

// Brief ids, oldest first: the sample's last is a midday brief ("2025-06-25/midday").
const briefIds = () => briefIdsIn(DIST);

describe("a brief page in Chromium", () => {
  it("shows the headline and an inline SVG chart", async () => {
    const [latest] = (await briefIds()).slice(-1);
    expect(latest).toBeDefined();
    const page = await browser.newPage();
    await page.goto(`${site.url}/briefs/${latest}/`);
    const headline = page.locator("h1");
    await expect.poll(() => headline.isVisible()).toBe(true);
    expect((await headline.textContent())?.trim().length).toBeGreaterThan(10);
    // Regression (flaky under CPU load): the enhancement may swap the static SVG for the
    // interactive chart between two calls, leaving a detached node with no box; the locator is
    // asked again until the chart on the page has its size.
    const chart = page.locator("figure.chart svg[role=img]").first();
    await expect.poll(async () => (await chart.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    await expect.poll(async () => (await chart.boundingBox())?.height ?? 0).toBeGreaterThan(100);
    await page.close();
  });

  it("is linked from the front page", async () => {
    const [latest] = (await briefIds()).slice(-1);
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    await page.locator(`a[href="/briefs/${latest}/"]`).first().click();
    await page.waitForURL(`**/briefs/${latest}/`);
    expect(await page.locator("h1").isVisible()).toBe(true);
    await page.close();
  });

  it("prints cleanly, in dark mode too: no navigation, data tables shown, dark text on white", async () => {
    const [latest] = (await briefIds()).slice(-1);
    const page = await browser.newPage();
    await page.goto(`${site.url}/briefs/${latest}/`);
    await page.emulateMedia({media: "print", colorScheme: "dark"});
    // The site navigation and the language switch: neither is any use on paper.
    const navs = await page.locator(".site-header nav").all();
    expect(navs.length).toBe(2);
    for (const nav of navs) expect(await nav.isVisible()).toBe(false);
    const tables = page.locator(".chart-data table");
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all()) expect(await table.isVisible()).toBe(true);
    // Every text colour on paper must be dark: a dark-mode palette would print light grey on white.
    const light = await page.evaluate(() => {
      const luminance = (rgb: string) => {
        const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      return [...document.querySelectorAll("h1, h2, p, li, td, th, figcaption span, .brand, .chart-svg svg")]
        .filter((e) => luminance(getComputedStyle(e).color) > 0.45)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${getComputedStyle(e).color}`)
        .slice(0, 10);
    });
    expect(light).toEqual([]);
    await page.close();
  });
});
