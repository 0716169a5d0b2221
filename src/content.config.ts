import {defineCollection} from "astro:content";
import {glob} from "astro/loaders";
import {z} from "astro/zod";
import {CONTENT_DIR} from "./site/contentDir.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

/** Generated briefs: written by `npm run brief`, never by hand. */
const briefs = defineCollection({
  loader: glob({pattern: "*.mdx", base: `${CONTENT_DIR}/briefs`}),
  schema: z.object({
    title: z.string().min(1),
    dek: z.string(),
    date: isoDate,
    session: z.enum(["close", "midday"]),
    keywords: z.array(z.string()),
    source: z.string(),
    generator: z.string(),
    inputHash: z.string().regex(/^[0-9a-f]{64}$/),
    charts: z.array(z.string()),
  }),
});

/** Editors' commentary: content/commentary/DATE.mdx, written by hand; may override the brief's headline, dek and keywords. */
const commentary = defineCollection({
  loader: glob({pattern: "*.mdx", base: `${CONTENT_DIR}/commentary`}),
  schema: z
    .object({
      title: z.string().min(1).optional(),
      dek: z.string().optional(),
      keywords: z.array(z.string()).optional(),
      addKeywords: z.array(z.string()).optional(),
      author: z.string().optional(),
      /** When the editor last changed the commentary (ISO date-time with offset), shown as "updated". */
      updated: z.iso.datetime({offset: true}).optional(),
    })
    .strict(),
});

export const collections = {briefs, commentary};
