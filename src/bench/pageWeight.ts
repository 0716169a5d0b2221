import {readFile, stat} from "node:fs/promises";
import {join} from "node:path";
import {gzipSync} from "node:zlib";

export interface PageWeight {
  html: number;
  css: number;
  /** Scripts the page itself loads (module entry points); lazy chunks load only on enhancement. */
  js: number;
  images: number;
  total: number;
  /** HTML and CSS gzipped, as a server sends them: the charts are inline SVG in the HTML. */
  gzipHtmlCss: number;
}

const size = async (path: string) => (await stat(path).catch(() => null))?.size ?? 0;
const gzipped = async (path: string) => gzipSync(await readFile(path).catch(() => Buffer.alloc(0))).length;

/**
 * What a reader downloads to read a page, read off the built HTML: the page, its stylesheets,
 * the scripts it references directly and its <img> files. Inline SVG charts are in the HTML.
 */
export async function pageWeight(dist: string, pagePath: string): Promise<PageWeight> {
  const htmlFile = join(dist, pagePath, "index.html");
  const html = await readFile(htmlFile, "utf8");
  const local = (url: string) => (url.startsWith("/") && !url.startsWith("//") ? join(dist, url.split("#")[0]!.split("?")[0]!) : null);
  const sum = async (urls: string[]) => (await Promise.all(urls.map((u) => local(u)).filter((p): p is string => p !== null).map(size))).reduce((a, b) => a + b, 0);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] as string);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const images = [...html.matchAll(/<img[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const weight = {html: Buffer.byteLength(html), css: await sum(css), js: await sum(js), images: await sum(images)};
  const cssFiles = css.map((u) => local(u)).filter((p): p is string => p !== null);
  const gzipHtmlCss = gzipSync(html).length + (await Promise.all(cssFiles.map(gzipped))).reduce((a, b) => a + b, 0);
  return {...weight, total: weight.html + weight.css + weight.js + weight.images, gzipHtmlCss};
}
