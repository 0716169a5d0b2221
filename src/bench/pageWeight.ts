import {readFile, stat} from "node:fs/promises";
import {join} from "node:path";

export interface PageWeight {
  html: number;
  css: number;
  /** Scripts the page itself loads (module entry points); lazy chunks load only on enhancement. */
  js: number;
  images: number;
  total: number;
}

const size = async (path: string) => (await stat(path).catch(() => null))?.size ?? 0;

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
  return {...weight, total: weight.html + weight.css + weight.js + weight.images};
}
