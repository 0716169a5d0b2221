// @ts-check
import {defineConfig} from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import {satteri} from "@astrojs/markdown-satteri";
import {commentaryCheck} from "./src/site/commentaryCheckIntegration.ts";
import {chartFilesIntegration} from "./src/site/chartFilesIntegration.ts";
import {listPagesIntegration} from "./src/site/listPagesIntegration.ts";
import {astroCacheDir} from "./src/io/astroCacheDir.ts";
import {readFileSync} from "node:fs";
import {SITE_PART} from "./src/site/sitePart.ts";

// Canonical URLs, RSS links and the sitemap use this; set SITE_URL when publishing elsewhere.
const site = process.env.SITE_URL ?? "https://briefs.example.com";
// A published site with example.com links is a mistake an operator should hear about (tests and
// local previews leave it unset on purpose, so this warns rather than stops).
if (!process.env.SITE_URL && !process.env.VITEST && process.env.CI !== "true") {
  console.warn("warning: SITE_URL is not set: canonical links, the sitemap and RSS will point at https://briefs.example.com (set SITE_URL=https://your.host before publishing)");
}

// How MDX becomes HTML: Astro's incremental build re-renders a page when its code or the MDX
// source it renders changes, not when the compiler or its options do (a feed renders its
// briefs through the container, whose output went stale that way). Page cache keys
// (src/site/pageCacheKey.ts) hash this, so a change here or an upgrade renders every page anew.
const mdxOptions = {optimize: true};
const markdownFeatures = {smartPunctuation: false};
const versionOf = (/** @type {string} */ pkg) => JSON.parse(readFileSync(new URL(`./node_modules/${pkg}/package.json`, import.meta.url), "utf8")).version;
const mdxCompiler = JSON.stringify({mdxOptions, markdownFeatures, mdx: versionOf("@astrojs/mdx"), satteri: versionOf("@astrojs/markdown-satteri"), astro: versionOf("astro")});

export default defineConfig({
  site,
  trailingSlash: "always",
  integrations: [
    // optimize: the static parts of each MDX file compile to one HTML string rather than a JSX
    // call per element, so the bundler holds far less per brief (at 250 days, the bundling step
    // took 4.7 s instead of 9.8 s and its peak fell from 1.77 to 1.29 GiB). Briefs and commentary
    // use only capitalised components (Chart, Commentary, Figure, Stock), which it leaves alone.
    mdx(mdxOptions),
    // Each brief, archive and index page exists in English (/…) and Chinese (/zh/…): the sitemap
    // lists the pair as alternates of each other, as the pages' hreflang links do.
    // A site built in parts (src/site/buildSite.ts): the head's sitemap lists the other parts' pages too.
    sitemap({
      i18n: {defaultLocale: "en", locales: {en: "en", zh: "zh-CN"}},
      customPages: SITE_PART?.sitemapFile ? readFileSync(SITE_PART.sitemapFile, "utf8").split("\n").filter(Boolean) : undefined,
    }),
    commentaryCheck(),
    chartFilesIntegration(),
    listPagesIntegration(),
  ],
  // Typographic quotes and dashes would rewrite names from data ("q" → “q”, <!-- → ‹!–):
  // text in a brief must come out exactly as the snapshot spells it.
  markdown: {processor: satteri({features: markdownFeatures})},
  // The content layer's store remembers which folder it read; a build of another content folder
  // (MARKET_BRIEF_CONTENT: tests, benchmarks) gets a store of its own so neither spoils the other.
  // The incremental build's page cache lives there too; each site part has its own.
  cacheDir: astroCacheDir(process.env.MARKET_BRIEF_CONTENT, SITE_PART?.name),
  // A page whose cacheKey (src/site/pageCacheKey.ts), code and rendered content are unchanged is
  // copied from the previous build instead of rendered: a new day re-renders its own pages, its
  // neighbours' and the lists it joins. `astro build --force` renders everything.
  experimental: {incrementalBuild: true},
  build: {format: "directory"},
  vite: {
    define: {"import.meta.env.MARKET_BRIEF_MDX_COMPILER": JSON.stringify(mdxCompiler)},
    build: {
      // The only large chunk is vega-embed, loaded lazily to make charts interactive.
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        // Every MDX module carries an "use astro:head-inject" directive that rolldown warns
        // about once per file; it is harmless (Astro handles head injection itself).
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
          warn(warning);
        },
      },
    },
  },
});
