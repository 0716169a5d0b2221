/**
 * The limit-up board as tables, one per theme under a small heading (the theme is said once, not
 * on every row, so a table keeps three short columns on a phone), and a last table for the stocks
 * alone in their theme or of none, with a column for the theme. No board column: a limit-up's
 * change is its board's limit (+10%, +20%, +30%; +5% for ST), and the code says the exchange.
 * Both editions build it here; only their words differ.
 */
import type {LimitStock, LimitTheme, StreakStock} from "../analytics/types.ts";
import {limitBoard} from "./limitLists.ts";
import type {ComposeContext} from "./context.ts";
import type {Block, TableColumn} from "./types.ts";

export interface BoardWords {
  /** Stock, change, streak. */
  columns: [string, string, string];
  /** The last table's theme column, after the stock. */
  theme: string;
  /** A theme's heading: "Lithium Battery: 9 limit-ups". */
  heading(theme: LimitTheme, count: number): string;
  /**
   * The last group's heading, by whether any group came before it. No count: the facts carry
   * each theme's, not this mixed group's, and every number in the brief is one of the facts'.
   */
  rest(alone: boolean): string;
  /** The stock cell: "Name (code)". */
  stock(s: LimitStock): string;
  change(fraction: number): string;
  /** "3", "≥3", "1 (3 in 5 days)", "5天3板" (N天M板 where it says more than the straight streak). */
  streak(s: StreakStock | undefined): string;
}


export function limitBoardBlocks(ctx: ComposeContext, w: BoardWords): Block[] {
  const groups = limitBoard(ctx.facts);
  return groups.flatMap((g): Block[] => {
    const heading = g.theme ? w.heading(g.theme, g.rows.length) : w.rest(groups.length === 1);
    const [stock, change, streak] = w.columns;
    const withTheme = g.theme === null && g.rows.some((r) => r.theme !== null);
    const columns: TableColumn[] = [
      {title: stock, align: "left"},
      ...(withTheme ? [{title: w.theme, align: "left" as const}] : []),
      {title: change, align: "right"},
      {title: streak, align: "right"},
    ];
    return [
      {type: "subheading", text: heading},
      {
        type: "table",
        caption: heading,
        columns,
        rows: g.rows.map((r) => [w.stock(r.stock), ...(withTheme ? [r.theme?.name ?? "–"] : []), w.change(r.stock.pctChange), w.streak(r.streak)]),
      },
    ];
  });
}
