/**
 * Full-page screenshots of the built site (run `npm run build` first) for a human to look at:
 * the front page and the latest brief, desktop (1280 px) and phone (390 px) wide, light and
 * dark, into tests/.tmp/screenshots/. Also prints any element wider than the viewport, the
 * usual cause of sideways scrolling on phones.
 *
 *   node scripts/screenshots.ts [dist]
 */
import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import {launchChromium} from "../tests/support/browser.ts";
import {briefIdsIn} from "../tests/support/distFiles.ts";
import {serveDist} from "../src/io/serveDist.ts";

const dist = process.argv[2] ?? "dist";
const out = "tests/.tmp/screenshots";
const latest = (await briefIdsIn(dist)).at(-1);
const pages = {front: "/", brief: `/briefs/${latest}/`};
const widths = {desktop: 1280, phone: 390};

await mkdir(out, {recursive: true});
const site = await serveDist(dist);
const browser = await launchChromium();
try {
  for (const [pageName, path] of Object.entries(pages)) {
    for (const [widthName, width] of Object.entries(widths)) {
      for (const colorScheme of ["light", "dark"] as const) {
        const context = await browser.newContext({viewport: {width, height: 900}, colorScheme, deviceScaleFactor: 1});
        const page = await context.newPage();
        await page.goto(`${site.url}${path}`, {waitUntil: "networkidle"});
        const file = join(out, `${pageName}-${widthName}-${colorScheme}.png`);
        await page.screenshot({path: file, fullPage: true});
        const overflow = await page.evaluate(() => {
          const vw = document.documentElement.clientWidth;
          return [...document.querySelectorAll("body *")]
            .filter((e) => {
              const r = e.getBoundingClientRect();
              return r.right > vw + 1 && getComputedStyle(e).position !== "fixed" && !e.closest(".table-wrap, .chart-svg, details:not([open])");
            })
            .slice(0, 5)
            .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(" ")[0]}` : ""} right=${Math.round(e.getBoundingClientRect().right)}`);
        });
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        console.log(`${file}${scroll > 0 ? `  page scrolls sideways by ${scroll}px` : ""}${overflow.length ? `  wider than the viewport: ${overflow.join(", ")}` : ""}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
