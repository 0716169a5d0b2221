// @ts-check
import {defineConfig} from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import {commentaryCheck} from "./src/site/commentaryCheck.ts";

// Canonical URLs, RSS links and the sitemap use this; set SITE_URL when publishing elsewhere.
const site = process.env.SITE_URL ?? "https://briefs.example.com";

export default defineConfig({
  site,
  trailingSlash: "always",
  integrations: [mdx(), sitemap(), commentaryCheck()],
  // Typographic quotes and dashes would rewrite names from data ("q" → “q”, <!-- → ‹!–):
  // text in a brief must come out exactly as the snapshot spells it.
  markdown: {smartypants: false},
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
