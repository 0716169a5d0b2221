import {existsSync, statSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {DIST, filesIn} from "../support/distFiles.ts";

/**
 * No broken internal links: every href, src and srcset in every built page that points into
 * the site resolves to a file of dist/ (a folder to its index.html), and every fragment to an
 * element with that id on the target page. The pages are valid HTML (htmlValidity.test.ts),
 * with quoted attributes, so reading attributes with a pattern is enough.
 */
interface Page {
  /** "briefs/2025-06-24/index.html" */
  file: string;
  /** The URL path it is served at: "/briefs/2025-06-24/". */
  path: string;
  html: string;
  ids: Set<string>;
}

const pages = new Map<string, Page>();
/** The site's own origin, as canonical links name it: absolute links to it are internal too. */
let origin: string;

const decodeEntities = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'"})[e] ?? _);

/** A page's markup without the contents of scripts and styles (whose text may look like attributes). */
const markup = (html: string) =>
  html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, "<$1$2></$1>");

beforeAll(async () => {
  for (const file of await filesIn(DIST, ".html")) {
    const html = markup(await readFile(join(DIST, file), "utf8"));
    const path = `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
    const ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1] as string)));
    pages.set(file, {file, path, html, ids});
  }
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(pages.get("index.html")?.html ?? "")?.[1];
  origin = new URL(canonical ?? "https://briefs.example.com/").origin;
});

/** Every URL a page refers to, with the attribute it came from. */
function references(page: Page): {attr: string; url: string}[] {
  const out: {attr: string; url: string}[] = [];
  for (const m of page.html.matchAll(/\s(href|src|srcset|poster|action)="([^"]*)"/g)) {
    const [attr, raw] = [m[1] as string, decodeEntities(m[2] as string)];
    const urls = attr === "srcset" ? raw.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [raw];
    for (const url of urls) out.push({attr, url});
  }
  return out;
}

/** The dist file a site path is served from, or null when there is none. */
function fileFor(pathname: string): string | null {
  const path = join(DIST, decodeURIComponent(pathname));
  if (pathname.endsWith("/")) return existsSync(join(path, "index.html")) ? join(path, "index.html") : null;
  if (!existsSync(path)) return null;
  return statSync(path).isDirectory() ? (existsSync(join(path, "index.html")) ? join(path, "index.html") : null) : path;
}

describe("links in the built pages", () => {
  it("found pages to check", () => {
    expect(pages.size).toBeGreaterThanOrEqual(8);
    expect(pages.has("index.html") && pages.has("404.html") && pages.has("zh/index.html")).toBe(true);
  });

  it("resolve, when internal, to files in dist/ and to ids that exist", () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      for (const {attr, url} of references(page)) {
        if (url === "" || /^(mailto|tel|javascript|data):/i.test(url)) continue;
        const target = new URL(url, `${origin}${page.path}`);
        if (target.origin !== origin) continue;
        checked += 1;
        const file = fileFor(target.pathname);
        if (file === null) {
          broken.push(`${page.file}: ${attr}="${url}": no file for ${target.pathname}`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment === "") continue;
        const linked = pages.get(file.slice(DIST.length + 1));
        if (!linked?.ids.has(fragment)) broken.push(`${page.file}: ${attr}="${url}": no element with id "${fragment}" in ${file}`);
      }
    }
    expect(broken.join("\n"), `${broken.length} broken of ${checked} internal links`).toBe("");
    expect(checked).toBeGreaterThan(pages.size * 5);
  });

  it.each([
    {edition: "English", prefix: ""},
    {edition: "Chinese", prefix: "zh/"},
  ])("reach every $edition brief from its edition's archive", ({prefix}) => {
    const pattern = new RegExp(`^${prefix}briefs/(\\d{4}-\\d{2}-\\d{2})/index\\.html$`);
    const briefs = [...pages.keys()].map((f) => pattern.exec(f)?.[1]).filter((d): d is string => d !== undefined);
    expect(briefs.length).toBeGreaterThan(0);
    const archive = [...pages.values()].filter((p) => p.file.startsWith(`${prefix}archive/`)).map((p) => p.html).join("\n");
    for (const date of briefs) expect(archive, `archive links /${prefix}briefs/${date}/`).toContain(`href="/${prefix}briefs/${date}/"`);
  });
});
