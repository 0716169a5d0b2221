import {execFileSync} from "node:child_process";
import {existsSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {beforeAll, describe, expect, it} from "vitest";
import {briefIdsIn, DIST} from "../support/distFiles.ts";

/**
 * The feeds as a feed reader sees them: parsed by Python's feedparser (bozo 0 means it had no
 * complaint), with the elements RSS 2.0 requires and the ones the spec promises subscribers.
 */
interface Entry {
  title: string | null;
  link: string | null;
  id: string | null;
  published: string | null;
  published_parsed: number[] | null;
  summary: string | null;
  categories: string[];
  content: string[];
}

interface Feed {
  file: string;
  bozo: number;
  bozo_exception: string;
  version: string;
  feed: {title: string | null; link: string | null; description: string | null; language: string | null};
  entries: Entry[];
}

const SCRIPT = fileURLToPath(new URL("../support/parseFeed.py", import.meta.url));
// Debian's Python, where python3-feedparser is installed (a pyenv python3 on PATH may lack it).
const PYTHON = process.env.PYTHON ?? "/usr/bin/python3";

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let feeds: Feed[];
let main: Feed;
/** The Chinese edition's site feed, /zh/rss.xml. */
let zhMain: Feed;

const keywordFeedsIn = (folder: string) =>
  execFileSync("find", [folder, "-name", "rss.xml"], {encoding: "utf8"}).split("\n").filter(Boolean).sort();

beforeAll(() => {
  const files = [join(DIST, "rss.xml"), join(DIST, "zh", "rss.xml"), ...keywordFeedsIn(join(DIST, "keywords")), ...keywordFeedsIn(join(DIST, "zh", "keywords"))];
  const out = execFileSync(PYTHON, [SCRIPT, ...files], {encoding: "utf8", maxBuffer: 512 * 1024 * 1024});
  feeds = JSON.parse(out) as Feed[];
  main = feeds[0] as Feed;
  zhMain = feeds[1] as Feed;
});

/** The brief an item points at, by the id in its link: "2025-06-24", or "2025-06-25/midday" for a midday brief. */
const dateOf = (entry: Entry) => /\/briefs\/(\d{4}-\d{2}-\d{2}(?:\/midday)?)\/$/.exec(entry.link ?? "")?.[1];
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'"})[e] as string);
/** The built page an item links to. */
const pageOf = (entry: Entry) => join(DIST, decodeURIComponent(new URL(entry.link as string).pathname), "index.html");
/** Both editions' site feeds, with where their pages live. */
const EDITIONS = () => [
  {feed: main, prefix: ""},
  {feed: zhMain, prefix: "/zh"},
];

/** When a brief is published: the session's end in Shanghai (UTC+8, no daylight saving), as UTC. */
function expectedPublished(date: string, session: string): number {
  const [h, m] = session === "midday" ? [11, 30] : [15, 0];
  const [y, mo, d] = date.slice(0, 10).split("-").map(Number) as [number, number, number];
  return Date.UTC(y, mo - 1, d, h - 8, m);
}

describe("the RSS feeds", () => {
  it("parse without complaint (bozo 0) as RSS 2.0, the site feed and every keyword feed of both editions", () => {
    expect(feeds.length).toBeGreaterThan(3);
    expect(feeds.some((f) => f.file.includes("/zh/keywords/"))).toBe(true);
    for (const f of feeds) {
      expect({file: f.file, bozo: f.bozo, why: f.bozo_exception}).toEqual({file: f.file, bozo: 0, why: ""});
      expect(f.version, f.file).toBe("rss20");
    }
  });

  it("have a channel title, link and description", () => {
    for (const f of feeds) {
      expect(f.feed.title, f.file).toMatch(/\S/);
      expect(f.feed.link, f.file).toMatch(/^https?:\/\/[^/]+\//);
      expect(f.feed.description, f.file).toMatch(/\S/);
    }
  });

  it("carry the newest brief first, every brief in the site feed", async () => {
    const briefs = await briefIdsIn(DIST);
    for (const {feed} of EDITIONS()) {
      const dates = feed.entries.map(dateOf);
      // briefIdsIn is oldest first, a date's midday brief before its close.
      expect(dates, feed.file).toEqual([...briefs].reverse().slice(0, dates.length));
      expect(dates.length, feed.file).toBe(Math.min(briefs.length, 20));
    }
  });

  it("say each edition's language: en for the English feeds, zh-cn for the Chinese ones", () => {
    for (const f of feeds) expect(f.feed.language, f.file).toBe(f.file.includes(`${DIST}/zh/`) ? "zh-cn" : "en");
  });

  it("link Chinese items to the Chinese pages, with GUIDs of their own", () => {
    const english = new Set(main.entries.map((e) => e.id));
    for (const e of zhMain.entries) {
      expect(e.link).toMatch(/^https:\/\/[^/]+\/zh\/briefs\/\d{4}-\d{2}-\d{2}\/(midday\/)?$/);
      expect(english.has(e.id), `${e.id} is also an English GUID`).toBe(false);
    }
  });

  it("give each item a title, the brief's URL as link and GUID, and categories", async () => {
    for (const f of feeds) {
      for (const e of f.entries) {
        const date = dateOf(e);
        expect(date, `${f.file}: link ${e.link}`).toBeDefined();
        expect(e.title, `${f.file} ${date}`).toMatch(/\S/);
        // Stable: the GUID is the brief's canonical URL, which regenerating a day never changes.
        expect(e.id, `${f.file} ${date}`).toBe(e.link);
        const html = await readFile(pageOf(e), "utf8");
        expect(html).toContain(`<link rel="canonical" href="${e.link}">`);
        expect(e.categories.length, `${f.file} ${date}: categories`).toBeGreaterThan(0);
        // Categories are the keywords the page shows, in its own language.
        const tags = [...html.matchAll(/rel="tag" data-pagefind-filter="[^"]+">([^<]*)<\/a>/g)].map((m) => decodeEntities(m[1] as string));
        expect(e.categories, `${f.file} ${date}: categories`).toEqual(tags);
      }
    }
  });

  it("date items in RFC 822 at the session's end in Shanghai (15:00 +08:00 = 07:00 GMT for a close)", async () => {
    for (const e of [...main.entries, ...zhMain.entries]) {
      const date = dateOf(e) as string;
      const {session} = JSON.parse(await readFile(join(DIST, "briefs", date, "facts.json"), "utf8")) as {session: string};
      expect(e.published, date).toMatch(RFC_822);
      expect(new Date(Date.parse(e.published as string)).toISOString(), `${date} (${session})`).toBe(new Date(expectedPublished(date, session)).toISOString());
      // The page says the same moment.
      const html = await readFile(pageOf(e), "utf8");
      expect(html).toContain(`datetime="${new Date(expectedPublished(date, session)).toISOString()}"`);
    }
  });

  it("put the full brief in content:encoded, with chart images that are real PNG files of the site", async () => {
    const items = EDITIONS().flatMap(({feed, prefix}) => feed.entries.map((e) => ({e, prefix})));
    for (const {e, prefix} of items) {
      const date = dateOf(e) as string;
      const content = e.content[0] ?? "";
      expect(content, date).toContain("<h2");
      expect(content, date).toContain("<table");
      // Feed readers resolve relative URLs against the feed (or not at all): every link must be absolute.
      const relative = [...content.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] as string).filter((u) => !/^(https?:|mailto:|#)/.test(u));
      expect(relative, `${date}: relative URLs in content:encoded`).toEqual([]);
      const images = [...content.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
      expect(images.length, `${date}: chart images`).toBeGreaterThan(0);
      for (const img of images) {
        const src = /\bsrc="([^"]+)"/.exec(img)?.[1] ?? "";
        // Beside the date's pages (a midday brief's charts too, with ids of their own).
        expect(src, img).toMatch(new RegExp(`^https://[^/]+${prefix}/briefs/${date.slice(0, 10)}/.+\\.png$`));
        expect(/\balt="[^"]+"/.test(img), `${img}: alt text`).toBe(true);
        const file = join(DIST, decodeURIComponent(new URL(src).pathname));
        const bytes = await readFile(file);
        expect(bytes.subarray(0, 8).equals(PNG_MAGIC), `${file} is a PNG`).toBe(true);
        expect(bytes.length, `${file} size`).toBeGreaterThan(1000);
      }
    }
  });

  it("list, in a keyword feed, exactly the briefs that carry the keyword", () => {
    const latest = main.entries[0] as Entry;
    const keyword = latest.categories[0] as string;
    const feed = feeds.find((f) => f.feed.title?.endsWith(`: ${keyword}`));
    expect(feed, `a feed for "${keyword}"`).toBeDefined();
    const withKeyword = main.entries.filter((e) => e.categories.includes(keyword)).map((e) => e.id);
    expect(feed?.entries.map((e) => e.id)).toEqual(withKeyword);
    expect(feed?.entries[0]?.content[0]).toBe(latest.content[0]);
  });

  it("list, in a Chinese keyword feed, exactly the Chinese briefs that carry the keyword", () => {
    const latest = zhMain.entries[0] as Entry;
    for (const keyword of latest.categories) {
      const feed = feeds.find((f) => f.file.includes("/zh/keywords/") && f.feed.title?.endsWith(`：${keyword}`));
      expect(feed, `a Chinese feed for "${keyword}"`).toBeDefined();
      // The site feed holds the newest 20 briefs; a keyword feed may reach further back.
      const withKeyword = zhMain.entries.filter((e) => e.categories.includes(keyword)).map((e) => e.id);
      expect(feed?.entries.map((e) => e.id).slice(0, withKeyword.length)).toEqual(withKeyword);
      expect(feed?.entries[0]?.content[0]).toBe(latest.content[0]);
    }
  });

  it("carry in full exactly the briefs of the edition's feed (its newest); older keyword items carry headline, summary and link", () => {
    let older = 0;
    for (const {feed: edition, prefix} of EDITIONS()) {
      const full = new Map(edition.entries.map((e) => [e.id, e.content[0]]));
      for (const f of feeds.filter((x) => x.file.includes(`${prefix}/keywords/`) && (prefix !== "" || !x.file.includes("/zh/")))) {
        for (const e of f.entries) {
          if (full.has(e.id)) {
            expect(e.content[0], `${f.file}: ${e.id}`).toBe(full.get(e.id));
          } else {
            older += 1;
            expect(e.content, `${f.file}: ${e.id} is older than the edition feed's items`).toEqual([]);
            expect(e.summary, `${f.file}: ${e.id}`).toBeTruthy();
            expect(e.title, `${f.file}: ${e.id}`).toBeTruthy();
            expect(existsSync(pageOf(e)), `${f.file}: ${e.link}`).toBe(true);
          }
        }
      }
    }
    // The sample reaches further back than a feed's 20 items, so both kinds are checked.
    expect(older).toBeGreaterThan(0);
  });

  it("carry the Chinese commentary in the Chinese feed, and not in the English one", () => {
    const zh = zhMain.entries.find((e) => (e.content[0] ?? "").includes("编辑评论"));
    expect(zh, "a Chinese item with the editor's commentary").toBeDefined();
    expect(main.entries.some((e) => (e.content[0] ?? "").includes("编辑评论"))).toBe(false);
  });
});
