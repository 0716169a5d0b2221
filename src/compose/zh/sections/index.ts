import type {SectionComposer} from "../../sections/index.ts";
import {lede} from "./lede.ts";
import {overview} from "./overview.ts";
import {breadth} from "./breadth.ts";
import {sectors} from "./sectors.ts";
import {spotlight} from "./spotlight.ts";
import {outlook} from "./outlook.ts";
import {commentary} from "../../sections/commentary.ts";
import {faq} from "./faq.ts";
import {coreKeywords} from "./coreKeywords.ts";
import {about} from "./about.ts";

/**
 * The Chinese brief's sections, in reading order: the same slots and ids as the English edition
 * (ids are anchors), each written in Chinese. The commentary slot is shared: it only marks where
 * the editor's text goes. A new section is a new file plus one line here.
 */
export const ZH_SECTIONS: readonly SectionComposer[] = [
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
