import {execFile} from "node:child_process";
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {existsSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {DIST} from "../support/distFiles.ts";
import {launchChromium} from "../support/browser.ts";
import {serveDist} from "../../src/io/serveDist.ts";

/**
 * A date with both sessions: the sample's last close day is copied in as a midday snapshot too
 * (data/midday/DATE/), beside its close (data/DATE/) and the sample's own midday day kept in the
 * old layout (data/DATE/ whose meta.json says midday). Generated and built into temporary folders.
 */
const run = promisify(execFile);
const DAYS = 3;
let root: string;
let dist: string;
let content: string;
let closeDay: string;
let legacyMidday: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mb-midday-"));
  const data = join(root, "data");
  content = join(root, "content");
  dist = join(root, "dist");
  await mkdir(join(data, "midday"), {recursive: true});
  const days = (await readdir("data")).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().slice(-DAYS);
  for (const name of await readdir("data")) if (!/^\d{4}-/.test(name) && name !== "README.md") await cp(join("data", name), join(data, name), {recursive: true});
  for (const day of days) await cp(join("data", day), join(data, day), {recursive: true});
  legacyMidday = days.at(-1) as string;
  closeDay = days.at(-2) as string;
  expect(JSON.parse(await readFile(join(data, legacyMidday, "meta.json"), "utf8")).session).toBe("midday");
  await cp(join(data, closeDay), join(data, "midday", closeDay), {recursive: true});
  const meta = JSON.parse(await readFile(join(data, closeDay, "meta.json"), "utf8"));
  await writeFile(join(data, "midday", closeDay, "meta.json"), JSON.stringify({...meta, session: "midday"}, null, 2));

  const brief = await run(process.execPath, ["scripts/brief.ts", "--all", "--quiet", "--data", data, "--content", content]);
  expect(brief.stderr).toContain(`${DAYS + 1} snapshot(s): ${DAYS + 1} written`);
  await run("npx", ["astro", "build", "--force", "--outDir", dist], {
    env: {...process.env, MARKET_BRIEF_CONTENT: content, MARKET_BRIEF_DATA: data},
    maxBuffer: 64 * 1024 * 1024,
  });
}, 600_000);

afterAll(async () => {
  if (root) await rm(root, {recursive: true, force: true});
});

const guids = (xml: string) => [...xml.matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1]);

describe("a date with a midday and a close snapshot", () => {
  it("is generated into separate files, neither clobbering the other", async () => {
    const en = await readFile(join(content, "briefs", `${closeDay}.mdx`), "utf8");
    const midday = await readFile(join(content, "briefs", `${closeDay}.midday.mdx`), "utf8");
    expect(en).toMatch(/session: close/);
    expect(midday).toMatch(/session: midday/);
    expect(existsSync(join(content, "briefs", "zh", `${closeDay}.midday.mdx`))).toBe(true);
    // The old layout's midday day gets the midday names too, and nothing under the close's.
    expect(existsSync(join(content, "briefs", `${legacyMidday}.midday.mdx`))).toBe(true);
    expect(existsSync(join(content, "briefs", `${legacyMidday}.mdx`))).toBe(false);
  });

  it("publishes two pages in each edition that link each other", async () => {
    for (const prefix of ["", "zh/"]) {
      const close = await readFile(join(dist, `${prefix}briefs`, closeDay, "index.html"), "utf8");
      const midday = await readFile(join(dist, `${prefix}briefs`, closeDay, "midday", "index.html"), "utf8");
      expect(close).toContain(`href="/${prefix}briefs/${closeDay}/midday/"`);
      expect(midday).toContain(`href="/${prefix}briefs/${closeDay}/"`);
      expect(existsSync(join(dist, `${prefix}briefs`, legacyMidday, "midday", "index.html"))).toBe(true);
    }
  });

  it("gives each session its own feed item and GUID, in both editions", async () => {
    for (const prefix of ["", "zh/"]) {
      const ids = guids(await readFile(join(dist, `${prefix}rss.xml`), "utf8"));
      expect(ids).toContain(`https://briefs.example.com/${prefix}briefs/${closeDay}/`);
      expect(ids).toContain(`https://briefs.example.com/${prefix}briefs/${closeDay}/midday/`);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe("keywords and search on the sample site", () => {
  it("has one keyword page per theme: the editor's 'solid-state batteries' joins 'Solid-State Battery'", async () => {
    const slugs = await readdir(join(DIST, "keywords"));
    expect(slugs).toContain("solid-state-battery");
    expect(slugs.filter((s) => s.startsWith("solid-state"))).toEqual(["solid-state-battery"]);
    const page = await readFile(join(DIST, "keywords", "solid-state-battery", "index.html"), "utf8");
    expect(page).toContain("2025-06-24");
  });

  it("indexes brief bodies with their date and headline, and not the front page's copy", async () => {
    // Pagefind indexes only elements marked data-pagefind-body once any page has one: the front
    // page (the latest brief again) has none, so it is not a second result for that brief.
    const front = await readFile(join(DIST, "index.html"), "utf8");
    expect(front).not.toMatch(/data-pagefind-body/);
    for (const [prefix, key] of [["", "date"], ["zh/", "日期"]]) {
      const brief = await readFile(join(DIST, `${prefix}briefs`, "2025-06-24", "index.html"), "utf8");
      expect(brief).toMatch(/data-pagefind-body/);
      expect(brief).toContain(`data-pagefind-meta="${key}:2025-06-24"`);
      expect(brief).toMatch(/class="headline" data-pagefind-meta="title"/);
    }
    // The built index holds each edition's briefs and nothing from the front pages.
    const entries = await readdir(join(DIST, "pagefind"));
    expect(entries.some((e) => e.startsWith("pagefind-entry"))).toBe(true);
  });

  it("answers a query in Chromium with each brief once, by its date and headline, never the front page", async () => {
    const site = await serveDist(DIST);
    const browser = await launchChromium();
    try {
      for (const [path, query, label] of [["/search/", "solid-state", "Date: "], ["/zh/search/", "固态电池", "日期: "]] as const) {
        const page = await browser.newPage();
        await page.goto(`${site.url}${path}?q=${encodeURIComponent(query)}`);
        // Pagefind's UI first lists placeholders (". . ." titles, no link) and fills each in as
        // its fragment loads: read the results once every one has its link.
        await page.waitForFunction(
          () => {
            const results = [...document.querySelectorAll(".pagefind-ui__result")];
            return results.length > 0 && results.every((r) => r.querySelector(".pagefind-ui__result-link")?.getAttribute("href"));
          },
          undefined,
          {timeout: 30_000},
        );
        const results = await page.evaluate(() =>
          [...document.querySelectorAll(".pagefind-ui__result")].map((r) => ({
            href: r.querySelector(".pagefind-ui__result-link")?.getAttribute("href") ?? "",
            title: r.querySelector(".pagefind-ui__result-title")?.textContent?.trim() ?? "",
            tags: [...r.querySelectorAll(".pagefind-ui__result-tag")].map((t) => t.textContent?.trim() ?? ""),
          })),
        );
        expect(results.length, path).toBeGreaterThan(1);
        const prefix = path === "/search/" ? "/briefs/" : "/zh/briefs/";
        for (const r of results) {
          expect(r.href, `${path}: ${r.title}`).toMatch(new RegExp(`^${prefix}\\d{4}-\\d{2}-\\d{2}/(midday/)?$`));
          const date = /\d{4}-\d{2}-\d{2}/.exec(r.href)?.[0] as string;
          expect(r.tags.some((t) => t.startsWith(`${label}${date}`)), `${r.href}: ${r.tags.join(", ")}`).toBe(true);
          expect(r.title.length, r.href).toBeGreaterThan(10);
        }
        // One result per brief: the front page's copy of the latest brief is not indexed.
        expect(new Set(results.map((r) => r.href)).size).toBe(results.length);
        await page.close();
      }
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
