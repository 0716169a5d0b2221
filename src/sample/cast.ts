/**
 * The real companies the sample's stories need, with their real codes and the sectors they
 * belong to. Story A follows the solid-state battery rally of June 2025 (886032.TI); story B
 * the ChiNext rebound led by lithium-battery stocks (2025-06-18). Their prices are scripted
 * in storyA.ts and storyB.ts; everything else about them is generated like any other stock.
 * Names are the companies' exchange short names and their usual English renderings.
 */

export interface CastMember {
  code: string;
  /** Short name as listed, in Chinese (without any ST or new-listing mark). */
  name: string;
  /** English short name, as the security master gives it. */
  nameEn: string;
  /** Sector and concept indices, the first being the one whose moves the stock follows. */
  sectors: readonly string[];
  /** Only for listings inside the sample window: the first trading day. */
  listDate?: string;
  /** Close before the sample window (2025-05-16), or the issue price of a listing inside it; yuan, roughly the real one. */
  price: number;
}

export const SOLID_STATE = "886032.TI";
export const LITHIUM = "885710.TI";

export const CAST: readonly CastMember[] = [
  // Story A: the solid-state battery concept's stocks named in the article.
  {code: "301349.SZ", name: "信德新材", nameEn: "Xinde New Materials", sectors: [SOLID_STATE, LITHIUM], price: 25.4},
  {code: "688499.SH", name: "利元亨", nameEn: "Liyuanheng", sectors: [SOLID_STATE, LITHIUM], price: 11.8},
  {code: "300801.SZ", name: "泰和科技", nameEn: "Taihe Technology", sectors: [SOLID_STATE], price: 21.9},
  {code: "688353.SH", name: "华盛锂电", nameEn: "Huasheng Lithium", sectors: [SOLID_STATE, LITHIUM], price: 24.6},
  {code: "688707.SH", name: "振华新材", nameEn: "Zhenhua New Materials", sectors: [SOLID_STATE, LITHIUM], price: 15.2},
  {code: "688638.SH", name: "誉辰智能", nameEn: "Yuchen Intelligence", sectors: [SOLID_STATE], price: 27.3},
  {code: "002263.SZ", name: "大东南", nameEn: "Dadongnan", sectors: [SOLID_STATE], price: 3.21},
  {code: "600110.SH", name: "诺德股份", nameEn: "Nord Co.", sectors: [SOLID_STATE, LITHIUM], price: 6.05},
  {code: "603212.SH", name: "赛伍技术", nameEn: "Saiwu Technology", sectors: [SOLID_STATE], price: 14.7},
  {code: "002074.SZ", name: "国轩高科", nameEn: "Gotion High-Tech", sectors: [SOLID_STATE, LITHIUM, "885820.TI"], price: 23.9},
  {code: "002125.SZ", name: "湘潭电化", nameEn: "Xiangtan Electrochemical", sectors: [SOLID_STATE, LITHIUM], price: 9.12},
  {code: "603800.SH", name: "洪田股份", nameEn: "Hongtian Co.", sectors: [SOLID_STATE], price: 13.6},
  {code: "300340.SZ", name: "科恒股份", nameEn: "Keheng Co.", sectors: [SOLID_STATE], price: 9.86},
  {code: "301292.SZ", name: "海科新源", nameEn: "Haike Xinyuan", sectors: [SOLID_STATE, LITHIUM], price: 29.4},
  {code: "688573.SH", name: "信宇人", nameEn: "Xinyuren", sectors: [SOLID_STATE], price: 24.2},
  // Story B: lithium leaders and the four consecutive limit-ups of 2025-06-18.
  {code: "688005.SH", name: "容百科技", nameEn: "Rongbai Technology", sectors: [LITHIUM, "885840.TI"], price: 22.8},
  {code: "600884.SH", name: "杉杉股份", nameEn: "Shanshan Co.", sectors: [LITHIUM], price: 8.47},
  {code: "002240.SZ", name: "盛新锂能", nameEn: "Shengxin Lithium Energy", sectors: ["885740.TI", LITHIUM], price: 12.6},
  {code: "300955.SZ", name: "久酷高科", nameEn: "Jiuku High-Tech", sectors: [LITHIUM], price: 31.5},
  {code: "603798.SH", name: "利地新材", nameEn: "Lidi New Material", sectors: ["881104.TI"], price: 11.2},
  {code: "002442.SZ", name: "龙星化工", nameEn: "Longxing Chemical", sectors: ["881105.TI"], price: 6.95},
  {code: "301626.SZ", name: "盛剑环境", nameEn: "Shengjian Environment", sectors: [], listDate: "2025-06-09", price: 21.5},
  {code: "688793.SH", name: "晶雪节能", nameEn: "Jingxue Energy Saving", sectors: [], listDate: "2025-06-06", price: 18.9},
  // Well-known names for the sector pages (and 000001.SZ, which is not 000001.SH).
  {code: "300750.SZ", name: "宁德时代", nameEn: "CATL", sectors: [LITHIUM, "885820.TI"], price: 251.3},
  {code: "600111.SH", name: "北方稀土", nameEn: "Northern Rare Earth", sectors: ["885730.TI", "885720.TI"], price: 23.6},
  {code: "000831.SZ", name: "五矿稀土", nameEn: "Minmetals Rare Earth", sectors: ["885730.TI", "885720.TI"], price: 31.2},
  {code: "603955.SH", name: "成和资源", nameEn: "Chenghe Resources", sectors: ["885720.TI", "885730.TI"], price: 18.4},
  {code: "603259.SH", name: "药明康德", nameEn: "WuXi AppTec", sectors: ["885750.TI", "881109.TI"], price: 65.8},
  {code: "300760.SZ", name: "迈瑞医疗", nameEn: "Mindray Medical", sectors: ["881110.TI"], price: 226.5},
  {code: "300015.SZ", name: "爱尔眼科", nameEn: "Aier Eye Hospital", sectors: ["881110.TI"], price: 12.48},
  {code: "600519.SH", name: "贵州茅台", nameEn: "Kweichow Moutai", sectors: ["881108.TI"], price: 1418.0},
  {code: "000001.SZ", name: "平安银行", nameEn: "Ping An Bank", sectors: ["881111.TI"], price: 11.76},
];

/** Stocks listing inside the sample window, beyond the cast's: one per board, some in their limit-free sessions on the story days. */
export const NEW_LISTINGS: readonly {code: string; listDate: string}[] = [
  {code: "001395.SZ", listDate: "2025-05-21"},
  {code: "688781.SH", listDate: "2025-05-28"},
  {code: "001388.SZ", listDate: "2025-06-13"},
  {code: "688755.SH", listDate: "2025-06-19"},
  {code: "301598.SZ", listDate: "2025-06-20"},
  {code: "603382.SH", listDate: "2025-06-23"},
  {code: "920116.BJ", listDate: "2025-06-24"},
];
