import {defineCollection} from "astro:content";
import {glob} from "astro/loaders";
import {z} from "astro/zod";
import {CONTENT_DIR} from "./site/contentDir.ts";
import {briefIdOfFile} from "./site/briefId.ts";
import {briefIndexLoader} from "./site/briefIndexLoader.ts";
import {briefPatterns} from "./site/sitePart.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

/** The front matter of a generated brief, the same in both editions. */
const briefSchema = z.object({
    title: z.string().min(1),
    dek: z.string(),
    date: isoDate,
    session: z.enum(["close", "midday"]),
    keywords: z.array(z.string()),
    source: z.string(),
    generator: z.string(),
    inputHash: z.string().regex(/^[0-9a-f]{64}$/),
    charts: z.array(z.string()),
});

/**
 * Generated briefs: written by `npm run brief`, never by hand. "*" does not descend into zh/.
 * Ids are "DATE" for the close and "DATE/midday" for DATE.midday.mdx (site/briefId.ts). These
 * collections compile the briefs this build renders (every brief, or a site part's months':
 * site/sitePart.ts); briefIndex holds every brief's front matter, for lists.
 */
const briefs = defineCollection({
  loader: glob({pattern: briefPatterns(), base: `${CONTENT_DIR}/briefs`, generateId: ({entry}) => briefIdOfFile(entry)}),
  schema: briefSchema,
});

/** The Chinese edition of the same briefs: content/briefs/zh/DATE.mdx, ids are the dates as in English. */
const briefsZh = defineCollection({
  loader: glob({pattern: briefPatterns(), base: `${CONTENT_DIR}/briefs/zh`, generateId: ({entry}) => briefIdOfFile(entry)}),
  schema: briefSchema,
});

/** Every brief's front matter, without its MDX: what lists, pagers and feed headlines show. */
const briefIndex = defineCollection({loader: briefIndexLoader(`${CONTENT_DIR}/briefs`), schema: briefSchema});
const briefIndexZh = defineCollection({loader: briefIndexLoader(`${CONTENT_DIR}/briefs/zh`), schema: briefSchema});

/** What an editor may set in commentary's front matter (either edition). */
const commentarySchema = z
  .object({
    title: z.string().min(1).optional(),
    dek: z.string().optional(),
    keywords: z.array(z.string()).optional(),
    addKeywords: z.array(z.string()).optional(),
    author: z.string().optional(),
    /** When the editor last changed the commentary (ISO date-time with offset), shown as "updated". */
    updated: z.iso.datetime({offset: true}).optional(),
  })
  .strict();

/**
 * Editors' commentary: content/commentary/DATE.mdx (DATE.midday.mdx for the midday brief),
 * written by hand; may override the brief's headline, dek and keywords. The patterns name the
 * date exactly, so DATE.zh.mdx (the Chinese edition's commentary) is not taken for English.
 */
const DAY = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]";
const commentary = defineCollection({
  loader: glob({pattern: [`${DAY}.mdx`, `${DAY}.midday.mdx`], base: `${CONTENT_DIR}/commentary`, generateId: ({entry}) => briefIdOfFile(entry)}),
  schema: commentarySchema,
});

/** Commentary for the Chinese edition: content/commentary/DATE.zh.mdx (DATE.midday.zh.mdx), with the brief's id as its id. */
const commentaryZh = defineCollection({
  loader: glob({
    pattern: [`${DAY}.zh.mdx`, `${DAY}.midday.zh.mdx`],
    base: `${CONTENT_DIR}/commentary`,
    generateId: ({entry}) => briefIdOfFile(entry),
  }),
  schema: commentarySchema,
});

export const collections = {briefs, briefsZh, briefIndex, briefIndexZh, commentary, commentaryZh};
