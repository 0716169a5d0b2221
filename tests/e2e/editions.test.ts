import {existsSync} from "node:fs";
import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {briefIdsIn, DIST} from "../support/distFiles.ts";

/**
 * The two editions as files: every English brief has a Chinese twin under /zh/, the two name
 * each other (hreflang and the visible language switch), each says its language, and the
 * Chinese pages carry Chinese page furniture, charts and commentary of their own.
 */
let origin: string;
let ids: string[];

const read = (path: string) => readFile(join(DIST, path), "utf8");
const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
const hreflangs = (html: string) =>
  Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1] as string, m[2] as string]));
/** The language switch's link to the other edition: [its lang, its href]. */
const switchLink = (html: string) => {
  const nav = /<nav class="lang-switch"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
  const a = /<a href="([^"]+)" lang="([^"]+)"/.exec(nav);
  return a ? {href: a[1] as string, lang: a[2] as string} : null;
};

beforeAll(async () => {
  origin = new URL(canonical(await read("index.html")) as string).origin;
  ids = await briefIdsIn(DIST);
});

/** Pages that exist in both editions, as English path → Chinese path. */
const PAIRS = () => [
  ["/", "/zh/"],
  ["/archive/", "/zh/archive/"],
  ["/keywords/", "/zh/keywords/"],
  ["/search/", "/zh/search/"],
  ...ids.flatMap((id) => [
    [`/briefs/${id}/`, `/zh/briefs/${id}/`],
    [`/briefs/${id}/data/`, `/zh/briefs/${id}/data/`],
  ]),
];

const fileOf = (path: string) => `${path.slice(1)}index.html`;

describe("the two editions", () => {
  it("have a Chinese twin for every English brief", async () => {
    expect(ids.length).toBeGreaterThan(1);
    expect(await briefIdsIn(join(DIST, "zh"))).toEqual(ids);
  });

  it("mark each page's language: <html lang=en> at the root, zh-CN under /zh/", async () => {
    for (const [en, zh] of PAIRS()) {
      expect(htmlLang(await read(fileOf(en as string))), en).toBe("en");
      expect(htmlLang(await read(fileOf(zh as string))), zh).toBe("zh-CN");
    }
  });

  it("link each twin both ways with hreflang (English as x-default) and the language switch", async () => {
    for (const [en, zh] of PAIRS() as [string, string][]) {
      const want = {en: `${origin}${en}`, "zh-CN": `${origin}${encodeURI(zh)}`, "x-default": `${origin}${en}`};
      const enHtml = await read(fileOf(en));
      const zhHtml = await read(fileOf(zh));
      expect(hreflangs(enHtml), en).toEqual(want);
      expect(hreflangs(zhHtml), zh).toEqual(want);
      expect(canonical(enHtml), en).toBe(want.en);
      expect(canonical(zhHtml), zh).toBe(want["zh-CN"]);
      expect(switchLink(enHtml), en).toEqual({href: zh, lang: "zh-CN"});
      expect(switchLink(zhHtml), zh).toEqual({href: en, lang: "en"});
    }
  });

  it("put a language switch on every page, leading to the other edition", async () => {
    const pages = (await readdir(DIST, {recursive: true})).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(PAIRS().length * 2);
    for (const file of pages) {
      const html = await read(file);
      const link = switchLink(html);
      expect(link, file).not.toBeNull();
      const isZh = file.startsWith("zh/");
      expect(link?.lang, file).toBe(isZh ? "en" : "zh-CN");
      expect(link?.href.startsWith("/zh/"), `${file} → ${link?.href}`).toBe(!isZh);
    }
  });

  it("give Chinese pages Chinese navigation, headings and dates", async () => {
    const latest = ids.at(-1) as string;
    const brief = await read(`zh/briefs/${latest}/index.html`);
    for (const word of [">归档<", ">关键词<", ">搜索<", ">最新<"]) expect(brief, word).toContain(word);
    const [y, m, d] = latest.slice(0, 10).split("-").map(Number);
    expect(brief).toMatch(new RegExp(`发布于 <time datetime="[^"]+">${y}年${m}月${d}日 \\d{2}:\\d{2}（北京时间）</time>`));
    expect(await read("zh/archive/index.html")).toContain("<h1>归档</h1>");
    expect(await read("zh/keywords/index.html")).toContain("<h1>关键词</h1>");
    expect(await read("zh/search/index.html")).toContain("<h1>搜索</h1>");
  });

  it("show each edition its own charts, from files beside its own brief", async () => {
    for (const id of ids.slice(-3)) {
      const zh = await read(`zh/briefs/${id}/index.html`);
      const specs = [...zh.matchAll(/data-spec="([^"]+)"/g)].map((m) => m[1] as string);
      expect(specs.length, id).toBeGreaterThan(0);
      // Chart files sit beside the date's pages; a midday brief's ids read DATE-midday-NAME.
      const date = id.slice(0, 10);
      for (const spec of specs) {
        expect(spec).toMatch(new RegExp(`^/zh/briefs/${date}/charts/${id.replace("/", "-")}-[a-z0-9-]+\\.vl\\.json$`));
        expect(existsSync(join(DIST, spec)), spec).toBe(true);
        expect(existsSync(join(DIST, spec.replace(/\.vl\.json$/, ".png"))), `${spec} PNG`).toBe(true);
      }
      const charts = JSON.parse(await readFile(join("content", "briefs", "zh", `${id.replace("/", ".")}.charts.json`), "utf8")) as {id: string; title: string}[];
      for (const c of charts) expect(zh, `${id}: zh title of ${c.id}`).toContain(c.title.replace(/&/g, "&amp;"));
    }
  });

  it("show each edition its own commentary: DATE.mdx in English, DATE.zh.mdx in Chinese", async () => {
    const files = await readdir(join("content", "commentary"));
    const zhDays = files.filter((f) => /^\d{4}-\d{2}-\d{2}\.zh\.mdx$/.test(f)).map((f) => f.slice(0, 10));
    const enDays = files.filter((f) => /^\d{4}-\d{2}-\d{2}\.mdx$/.test(f)).map((f) => f.slice(0, 10));
    expect(zhDays.length).toBeGreaterThan(0);
    for (const id of ids) {
      const en = await read(`briefs/${id}/index.html`);
      const zh = await read(`zh/briefs/${id}/index.html`);
      expect(en.includes("Editor&#39;s commentary") || en.includes("Editor's commentary"), `${id} en`).toBe(enDays.includes(id));
      expect(zh.includes(">编辑评论</h2>"), `${id} zh`).toBe(zhDays.includes(id));
      // Neither edition shows the other's commentary.
      expect(en.includes("编辑评论"), `${id} en`).toBe(false);
      expect(zh.includes("Editor's commentary") || zh.includes("Editor&#39;s commentary"), `${id} zh`).toBe(false);
    }
    const day = zhDays[0] as string;
    const zh = await read(`zh/briefs/${day}/index.html`);
    const section = /<section class="commentary"[\s\S]*?<\/section>/.exec(zh)?.[0] ?? "";
    // Stock links search the Chinese edition; charts are the edition's own.
    for (const href of [...section.matchAll(/<a class="stock" href="([^"]+)"/g)].map((m) => m[1] as string)) expect(href).toMatch(/^\/zh\/search\/\?q=/);
    for (const spec of [...section.matchAll(/data-spec="([^"]+)"/g)].map((m) => m[1] as string)) expect(spec).toMatch(/^\/zh\/briefs\//);
  });

  it("give Chinese keywords valid, bounded slugs that the brief pages link", async () => {
    const slugs = (await readdir(join(DIST, "zh", "keywords"), {withFileTypes: true})).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      expect([...slug].length, slug).toBeLessThanOrEqual(40);
      expect(slug, slug).toMatch(/^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u);
      expect(existsSync(join(DIST, "zh", "keywords", slug, "rss.xml")), `${slug} feed`).toBe(true);
    }
    const latest = ids.at(-1) as string;
    const linked = [...(await read(`zh/briefs/${latest}/index.html`)).matchAll(/href="(\/zh\/keywords\/[^"]+\/)" rel="tag"/g)].map((m) => m[1] as string);
    expect(linked.length).toBeGreaterThan(0);
    for (const href of linked) expect(existsSync(join(DIST, decodeURIComponent(href), "index.html")), href).toBe(true);
  });
});
