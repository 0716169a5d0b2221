import type {ComposeContext} from "../context.ts";
import type {Section} from "../types.ts";
import {lede} from "./lede.ts";
import {overview} from "./overview.ts";
import {breadth} from "./breadth.ts";
import {sectors} from "./sectors.ts";
import {spotlight} from "./spotlight.ts";
import {outlook} from "./outlook.ts";
import {commentary} from "./commentary.ts";
import {faq} from "./faq.ts";
import {coreKeywords} from "./coreKeywords.ts";
import {about} from "./about.ts";

/** A section of the brief: null when the day has nothing to say for it. */
export type SectionComposer = (ctx: ComposeContext) => Section | null;

/** The brief's sections, in reading order. A new section is a new file plus one line here. */
export const SECTIONS: readonly SectionComposer[] = [
  lede,
  overview,
  breadth,
  sectors,
  spotlight,
  outlook,
  commentary,
  faq,
  coreKeywords,
  about,
];
