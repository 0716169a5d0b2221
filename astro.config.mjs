// @ts-check
import {defineConfig} from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import {satteri} from "@astrojs/markdown-satteri";
import {commentaryCheck} from "./src/site/commentaryCheckIntegration.ts";
import {chartFilesIntegration} from "./src/site/chartFilesIntegration.ts";
import {astroCacheDir} from "./src/io/astroCacheDir.ts";

// Canonical URLs, RSS links and the sitemap use this; set SITE_URL when publishing elsewhere.
const site = process.env.SITE_URL ?? "https://briefs.example.com";
// A published site with example.com links is a mistake an operator should hear about (tests and
// local previews leave it unset on purpose, so this warns rather than stops).
if (!process.env.SITE_URL && !process.env.VITEST && process.env.CI !== "true") {
  console.warn("warning: SITE_URL is not set: canonical links, the sitemap and RSS will point at https://briefs.example.com (set SITE_URL=https://your.host before publishing)");
}

export default defineConfig({
  site,
  trailingSlash: "always",
  integrations: [
    mdx(),
    // Each brief, archive and index page exists in English (/…) and Chinese (/zh/…): the sitemap
    // lists the pair as alternates of each other, as the pages' hreflang links do.
    sitemap({i18n: {defaultLocale: "en", locales: {en: "en", zh: "zh-CN"}}}),
    commentaryCheck(),
    chartFilesIntegration(),
  ],
  // Typographic quotes and dashes would rewrite names from data ("q" → “q”, <!-- → ‹!–):
  // text in a brief must come out exactly as the snapshot spells it.
  markdown: {processor: satteri({features: {smartPunctuation: false}})},
  // The content layer's store remembers which folder it read; a build of another content folder
  // (MARKET_BRIEF_CONTENT: tests, benchmarks) gets a store of its own so neither spoils the other.
  // The incremental build's page cache lives there too.
  cacheDir: astroCacheDir(process.env.MARKET_BRIEF_CONTENT),
  // A page whose cacheKey (src/site/pageCacheKey.ts), code and rendered content are unchanged is
  // copied from the previous build instead of rendered: a new day re-renders its own pages, its
  // neighbours' and the lists it joins. `astro build --force` renders everything.
  experimental: {incrementalBuild: true},
  build: {format: "directory"},
  vite: {
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
