/**
 * The limit-up board as tables, one per theme under a small heading (the theme is said once, not
 * on every row, so a table keeps four short columns on a phone), and a last table for the stocks
 * alone in their theme or of none, where the theme goes beside the name. Both editions build it
 * here; only their words differ.
 */
import type {LimitStock, LimitTheme, StreakStock} from "../analytics/types.ts";
import type {Board} from "../market/board.ts";
import {limitBoard} from "./limitLists.ts";
import type {ComposeContext} from "./context.ts";
import type {Block, TableColumn} from "./types.ts";

export interface BoardWords {
  /** Stock, board, change, streak. */
  columns: [string, string, string, string];
  /** A theme's heading: "Lithium Battery: 9 limit-ups". */
  heading(theme: LimitTheme, count: number): string;
  /**
   * The last group's heading, by whether any group came before it. No count: the facts carry
   * each theme's, not this mixed group's, and every number in the brief is one of the facts'.
   */
  rest(alone: boolean): string;
  /** The stock cell: "Name (code)", with the theme when the heading does not give it. */
  stock(s: LimitStock, theme: LimitTheme | null): string;
  board: Record<Board, string>;
  change(fraction: number): string;
  /** "3", "≥3", "1 (3 in 5 sessions)". */
  streak(s: StreakStock | undefined): string;
}

const ALIGN: TableColumn["align"][] = ["left", "left", "right", "right"];

export function limitBoardBlocks(ctx: ComposeContext, w: BoardWords): Block[] {
  const groups = limitBoard(ctx.facts);
  return groups.flatMap((g): Block[] => {
    const heading = g.theme ? w.heading(g.theme, g.rows.length) : w.rest(groups.length === 1);
    return [
      {type: "subheading", text: heading},
      {
        type: "table",
        caption: heading,
        columns: w.columns.map((title, i) => ({title, align: ALIGN[i] as TableColumn["align"]})),
        rows: g.rows.map((r) => [w.stock(r.stock, g.theme ? null : r.theme), w.board[r.stock.board], w.change(r.stock.pctChange), w.streak(r.streak)]),
      },
    ];
  });
}
