/**
 * Invented short company names, in Chinese as the exchanges list them and in English as
 * vendors romanise them, from the same draw: two pinyin syllables and a line of business
 * ("恒瑞材料" / "Hengrui Materials", "信达科技" / "Xinda Tech"). A Chinese short name has at most
 * four characters, like a real A-share one. A few fixed names carry `&`, `'` and `,` so that
 * every later stage has to escape them.
 */
import type {Rng} from "./rng.ts";

/** Pinyin syllable → the hanzi company names use for it, then a second one for when a name is taken. */
const SYLLABLES: Readonly<Record<string, readonly [string, string]>> = {
  heng: ["恒", "亨"], rui: ["瑞", "锐"], xin: ["信", "鑫"], da: ["达", "大"], hua: ["华", "骅"], tian: ["天", "田"],
  jin: ["金", "晋"], long: ["龙", "隆"], feng: ["丰", "峰"], kai: ["凯", "开"], sheng: ["盛", "胜"], yuan: ["源", "元"],
  zhong: ["中", "众"], bao: ["宝", "保"], tai: ["泰", "太"], an: ["安", "岸"], hong: ["宏", "鸿"], li: ["立", "力"],
  ming: ["明", "铭"], guang: ["光", "广"], hai: ["海", "亥"], shan: ["山", "杉"], cheng: ["成", "诚"], de: ["德", "得"],
  fu: ["富", "福"], jia: ["嘉", "佳"], kang: ["康", "慷"], lian: ["联", "连"], mei: ["美", "梅"], nan: ["南", "楠"],
  qi: ["启", "齐"], rong: ["荣", "融"], shi: ["世", "石"], tong: ["通", "同"], wei: ["威", "维"], xiang: ["祥", "翔"],
  yi: ["亿", "易"], zhi: ["志", "致"], bo: ["博", "柏"], chang: ["昌", "长"], dong: ["东", "栋"], hao: ["豪", "浩"],
  jun: ["骏", "君"], lu: ["鲁", "陆"], pu: ["浦", "普"], run: ["润", "闰"], sen: ["森", "燊"], tuo: ["拓", "托"],
  wan: ["万", "皖"], xing: ["兴", "星"], yang: ["阳", "扬"], ze: ["泽", "则"], ao: ["奥", "澳"], ding: ["鼎", "定"],
  gao: ["高", "皋"], hui: ["汇", "辉"], ke: ["科", "可"], ning: ["宁", "凝"], ping: ["平", "屏"], quan: ["泉", "全"],
};

/**
 * English line of business → the words Chinese short names use, one or two characters so that
 * a two-character stem keeps the name within four ("华润微" style for chips). No two lines share
 * a word, so distinct English names give distinct Chinese ones.
 */
const SUFFIXES: Readonly<Record<string, string>> = {
  "Tech": "科技", "Materials": "材料", "Electric": "电气", "Pharma": "药业", "Holdings": "控股", "Co.": "股份",
  "Bio": "生物", "Chemical": "化工", "Precision": "精密", "Energy": "能源", "Motor": "电机", "Foods": "食品",
  "Machinery": "机械", "Electronics": "电子", "Intelligence": "智能", "Environmental": "环保", "New Energy": "新能",
  "Optics": "光学", "Medical": "医疗", "Semiconductor": "微", "Software": "软件", "Steel": "钢铁", "Mining": "矿业",
  "Textile": "纺织", "Logistics": "物流", "Auto Parts": "汽配", "Power": "电力", "Cable": "电缆", "Glass": "玻璃",
  "Paper": "纸业", "Agri": "农业", "Shares": "实业", "Group": "集团", "Micro": "微电", "Instruments": "仪器",
  "Biotech": "医药", "Robotics": "智造", "Infotech": "信息", "Packaging": "包装", "Home": "家居",
};

const SYLLABLE_LIST = Object.keys(SYLLABLES);
const SUFFIX_LIST = Object.keys(SUFFIXES);

/** A stock's name in both languages: `zh` the short name as listed (no ST or new-listing mark), `en` the English one. */
export interface StockName {
  zh: string;
  en: string;
}

/** Fixed names: some vendors' favourites, and English names that must be escaped in CSV, HTML, MDX and JSON. */
export const CJK_NAMES: readonly StockName[] = [
  {zh: "华泰电子", en: "Huatai Electronics"},
  {zh: "中科新材", en: "Zhongke New Materials"},
  {zh: "瑞丰光电", en: "Ruifeng Optoelectronics"},
  {zh: "金龙机电", en: "Jinlong Electromechanical"},
  {zh: "天山铝业", en: "Tianshan Aluminum"},
  {zh: "海星股份", en: "Haixing Co."},
  {zh: "东方精工", en: "Dongfang Precision"},
  {zh: "新华制药", en: "Xinhua Pharmaceutical"},
];

/** The Chinese names stay Chinese; one keeps Latin letters and `&` the way "TCL科技" keeps its letters. */
export const AWKWARD_NAMES: readonly StockName[] = [
  {zh: "K&D模具", en: "Kun's Tools & Dies"},
  {zh: "华氏药业", en: "Hua's Bio, Pharma & Co."},
  {zh: "老冯酒业", en: "Lao Feng's Foods & Spirits"},
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The Chinese name for two syllables and a line of business: the usual hanzi, else the first combination of second choices not taken. */
function chineseName(a: string, b: string, suffix: string, taken: Set<string>): string {
  const [a1, a2] = SYLLABLES[a] as readonly [string, string];
  const [b1, b2] = SYLLABLES[b] as readonly [string, string];
  const word = SUFFIXES[suffix] as string;
  const name = [a1 + b1, a1 + b2, a2 + b1, a2 + b2].map((stem) => stem + word).find((n) => !taken.has(n));
  if (name === undefined) throw new Error(`chineseName: every hanzi form of ${a}${b} ${suffix} is taken`);
  return name;
}

/**
 * A fresh invented name whose English form is not in `takenEn` and Chinese form not in
 * `takenZh` (both are extended). The random draws depend on the English names only, so the
 * Chinese form never shifts the stream that prices are drawn from.
 */
export function inventName(rng: Rng, takenEn: Set<string>, takenZh: Set<string>): StockName {
  for (;;) {
    const a = rng.pick(SYLLABLE_LIST);
    const b = rng.pick(SYLLABLE_LIST);
    const suffix = rng.pick(SUFFIX_LIST);
    const en = `${cap(a + b)} ${suffix}`;
    if (!takenEn.has(en)) {
      takenEn.add(en);
      const zh = chineseName(a, b, suffix, takenZh);
      takenZh.add(zh);
      return {zh, en};
    }
  }
}
