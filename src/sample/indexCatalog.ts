/**
 * The indices of the sample: the five broad ones, and sector (881xxx.TI) and concept
 * (885xxx / 886xxx.TI) indices named as Flush iFind (同花顺) names them, in Chinese, with an
 * English name beside (name_en in indices.csv). Levels start on 2023-01-03;
 * `beta` is the loading on the market factor, `vol` the daily volatility of the index's own
 * factor, `size` its member count at full scale, `boards` which boards its members come from.
 */
import type {Board} from "../market/board.ts";
import {broadIndex} from "../market/broadIndices.ts";
import type {IndexKind} from "../snapshot/types.ts";

export interface IndexDef {
  code: string;
  /** The vendor's Chinese name: "固态电池", "上证指数". */
  name: string;
  nameEn: string;
  kind: IndexKind;
  /** Level on 2023-01-03, points. */
  start: number;
  beta: number;
  vol: number;
  size: number;
  boards?: Partial<Record<Board, number>>;
}

// Names from the market's catalogue, so the sample's indices.csv says what an import would.
const broad = (code: string, start: number, beta: number): IndexDef => ({
  code, name: broadIndex(code)?.nameZh ?? code, nameEn: broadIndex(code)?.name ?? code, kind: "broad", start, beta, vol: 0.0015, size: 0,
});

export const BROAD: readonly IndexDef[] = [
  broad("000001.SH", 3116.51, 1.0),
  broad("399001.SZ", 11191.2, 1.2),
  broad("399006.SZ", 2385.0, 1.3),
  broad("000688.SH", 985.0, 1.35),
  broad("000300.SH", 3887.9, 0.95),
];

type Row = [code: string, name: string, nameEn: string, start: number, beta: number, vol: number, size: number, boards?: Partial<Record<Board, number>>];

const GROWTH = {main: 1, chinext: 1.2, star: 1.2, bse: 0.3};
const OLD = {main: 3, chinext: 0.3, star: 0.1, bse: 0.2};
const TECH = {main: 1, chinext: 1.5, star: 2.5, bse: 0.4};

const INDUSTRIES: readonly Row[] = [
  ["881101.TI", "煤炭开采", "Coal", 1820, 0.8, 0.012, 30, OLD],
  ["881102.TI", "石油加工贸易", "Oil & Petrochemicals", 2240, 0.8, 0.011, 35, OLD],
  ["881103.TI", "钢铁", "Steel", 1460, 0.9, 0.011, 35, OLD],
  ["881104.TI", "有色金属", "Nonferrous Metals", 3420, 1.1, 0.013, 90],
  ["881105.TI", "基础化工", "Basic Chemicals", 2980, 1.0, 0.011, 110],
  ["881106.TI", "建筑材料", "Building Materials", 1750, 0.9, 0.011, 50, OLD],
  ["881107.TI", "农林牧渔", "Agriculture", 2650, 0.8, 0.012, 60, OLD],
  ["881108.TI", "食品饮料", "Food & Beverage", 9820, 0.8, 0.010, 80, OLD],
  ["881109.TI", "化学制药", "Pharmaceuticals", 5120, 0.9, 0.011, 110],
  ["881110.TI", "医疗器械", "Medical Devices & Services", 4380, 1.0, 0.012, 90, GROWTH],
  ["881111.TI", "银行", "Banks", 1530, 0.6, 0.008, 30, {main: 1}],
  ["881112.TI", "证券", "Securities", 1190, 1.4, 0.014, 40, {main: 1}],
  ["881113.TI", "房地产", "Real Estate", 860, 1.0, 0.015, 60, OLD],
  ["881114.TI", "汽车整车", "Autos", 3760, 1.1, 0.013, 105],
  ["881115.TI", "电力设备", "Power Equipment", 4210, 1.1, 0.013, 110, GROWTH],
  ["881116.TI", "半导体", "Semiconductors", 4880, 1.4, 0.018, 100, TECH],
  ["881117.TI", "软件开发", "Software Services", 2930, 1.3, 0.017, 110, TECH],
  ["881118.TI", "通信设备", "Communication Equipment", 2110, 1.3, 0.016, 70, TECH],
  ["881119.TI", "消费电子", "Consumer Electronics", 3340, 1.3, 0.016, 75, TECH],
  ["881120.TI", "公用事业", "Utilities", 2460, 0.6, 0.008, 70, OLD],
  ["881121.TI", "通用设备", "Machinery", 1980, 1.1, 0.012, 110],
  ["881122.TI", "军工装备", "Defense", 1640, 1.2, 0.015, 60],
];

const CONCEPTS: readonly Row[] = [
  ["885710.TI", "锂电池", "Lithium Battery", 2150, 1.2, 0.015, 110, GROWTH],
  ["886032.TI", "固态电池", "Solid-State Battery", 1120, 1.2, 0.015, 70, GROWTH],
  ["885720.TI", "稀土永磁", "Rare Earth Permanent Magnets", 1690, 1.1, 0.015, 45],
  ["885730.TI", "稀土", "Rare Earth", 1410, 1.1, 0.016, 20, OLD],
  ["885740.TI", "盐湖提锂", "Salt-Lake Lithium", 1960, 1.2, 0.017, 20, OLD],
  ["885750.TI", "CRO概念", "CRO", 1230, 1.1, 0.016, 30, GROWTH],
  ["885760.TI", "磷化工", "Phosphorus Chemicals", 1330, 1.0, 0.014, 25, OLD],
  ["885770.TI", "鸿蒙概念", "HarmonyOS", 1580, 1.3, 0.018, 80, TECH],
  ["885780.TI", "数字货币", "Digital Currency", 1270, 1.3, 0.017, 75, TECH],
  ["885790.TI", "光伏概念", "Solar PV", 2140, 1.2, 0.016, 105, GROWTH],
  ["885800.TI", "芯片概念", "Chips", 2060, 1.4, 0.018, 150, TECH],
  ["885810.TI", "风电", "Wind Power", 1190, 1.1, 0.013, 50],
  ["885820.TI", "储能", "Energy Storage", 1540, 1.2, 0.015, 100, GROWTH],
  ["885830.TI", "氢能源", "Hydrogen Energy", 1080, 1.1, 0.015, 60],
  ["885840.TI", "钠离子电池", "Sodium-Ion Battery", 960, 1.2, 0.017, 40, GROWTH],
  ["885850.TI", "人形机器人", "Humanoid Robots", 1010, 1.4, 0.019, 75, TECH],
  ["885860.TI", "算力租赁", "AI Computing Power", 1360, 1.5, 0.020, 90, TECH],
  ["885870.TI", "低空经济", "Low-Altitude Economy", 1120, 1.3, 0.018, 70],
  ["885880.TI", "创新药", "Innovative Drugs", 1720, 1.0, 0.015, 75, GROWTH],
  ["885890.TI", "跨境支付", "Cross-Border Payments", 990, 1.3, 0.018, 30, TECH],
  ["885900.TI", "网络安全", "Cybersecurity", 1450, 1.3, 0.017, 50, TECH],
  ["886010.TI", "可控核聚变", "Controlled Nuclear Fusion", 1030, 1.3, 0.018, 20],
  ["886020.TI", "宠物经济", "Pet Economy", 1180, 0.9, 0.014, 20],
];

const fromRow = (kind: IndexKind) => ([code, name, nameEn, start, beta, vol, size, boards]: Row): IndexDef =>
  boards === undefined ? {code, name, nameEn, kind, start, beta, vol, size} : {code, name, nameEn, kind, start, beta, vol, size, boards};

export const SECTORS: readonly IndexDef[] = [...INDUSTRIES.map(fromRow("industry")), ...CONCEPTS.map(fromRow("concept"))];

export const ALL_INDICES: readonly IndexDef[] = [...BROAD, ...SECTORS];
