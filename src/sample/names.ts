/**
 * Invented short company names in the style vendors romanise A-share names: two pinyin
 * syllables and a line of business ("Hengrui Materials", "Xinda Tech"). A few are left in
 * Chinese, and a few carry `&`, `'` and `,` so that every later stage has to escape them.
 */
import type {Rng} from "./rng.ts";

const SYLLABLES = [
  "heng", "rui", "xin", "da", "hua", "tian", "jin", "long", "feng", "kai", "sheng", "yuan",
  "zhong", "bao", "tai", "an", "hong", "li", "ming", "guang", "hai", "shan", "cheng", "de",
  "fu", "jia", "kang", "lian", "mei", "nan", "qi", "rong", "shi", "tong", "wei", "xiang",
  "yi", "zhi", "bo", "chang", "dong", "hao", "jun", "lu", "pu", "run", "sen", "tuo",
  "wan", "xing", "yang", "ze", "ao", "ding", "gao", "hui", "ke", "ning", "ping", "quan",
];

const SUFFIXES = [
  "Tech", "Materials", "Electric", "Pharma", "Holdings", "Co.", "Bio", "Chemical", "Precision",
  "Energy", "Motor", "Foods", "Machinery", "Electronics", "Intelligence", "Environmental",
  "New Energy", "Optics", "Medical", "Semiconductor", "Software", "Steel", "Mining", "Textile",
  "Logistics", "Auto Parts", "Power", "Cable", "Glass", "Paper", "Agri", "Shares", "Group",
  "Micro", "Instruments", "Biotech", "Robotics", "Infotech", "Packaging", "Home",
];

/** Names kept in Chinese, as some vendor exports deliver them. */
export const CJK_NAMES = ["华泰电子", "中科新材", "瑞丰光电", "金龙机电", "天山铝业", "海星股份", "东方精工", "新华制药"];

/** Names that must be escaped in CSV, HTML, MDX and JSON. */
export const AWKWARD_NAMES = ["Kun's Tools & Dies", "Hua's Bio, Pharma & Co.", "Lao Feng's Foods & Spirits"];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A fresh invented name not in `taken` (which it extends). */
export function inventName(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const stem = cap(rng.pick(SYLLABLES) + rng.pick(SYLLABLES));
    const name = `${stem} ${rng.pick(SUFFIXES)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** The name of a risk-warning stock: "ST Hengrui Materials" or "*ST Hengrui Materials". */
export const stName = (name: string, star: boolean) => `${star ? "*ST" : "ST"} ${name}`;
