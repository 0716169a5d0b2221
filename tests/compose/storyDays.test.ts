import {describe, expect, it} from "vitest";
import {createEffects} from "../../src/io/index.ts";
import {computeFacts} from "../../src/analytics/index.ts";
import {composeBrief} from "../../src/compose/index.ts";
import {toMdx} from "../../src/mdx/index.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";

const {loadDay} = createEffects();

/** The sample market's story days (data/), modeled on the two reference articles. */
async function briefOf(date: string) {
  const loaded = await loadDay("data", date);
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join("\n"));
  const brief = composeBrief(computeFacts(loaded.value).facts);
  const body = toMdx(brief, {generator: "test", inputHash: "0".repeat(64)});
  return {brief, body: body.replace(/\s+/g, " ")};
}

describe("the solid-state battery day (2025-06-24)", () => {
  it("describes the candlestick chart with the patterns of one session named together", async () => {
    const {brief} = await briefOf("2025-06-24");
    const candles = brief.charts.find((c) => c.id.endsWith("-index-candles"));
    // The day before, the SSE Composite's bar was both a doji and a spinning top.
    expect(candles?.description).toMatch(/, marking a doji and a spinning top on June 23\.$/);
  });

  it("leads with the theme's first close above 1,000 in two years", async () => {
    const {brief} = await briefOf("2025-06-24");
    // The day before also led with a round level (Autos above 6,000), so the title takes another template.
    expect(brief.title).toBe("Solid-State Battery index clears 1,000 for the first time in two years");
    expect(brief.dek).toContain("winning streak to 16 sessions");
    expect(brief.keywords[0]).toBe("Solid-State Battery");
  });

  it("states the article's facts: the streak, the record, the limit-ups by theme, the 4th board", async () => {
    const {body} = await briefOf("2025-06-24");
    expect(body).toContain("The Solid-State Battery index added 4.45% to 1,009.81.");
    expect(body).toContain("16 gains in a row, every session since June 3, 2025, for a cumulative +14.05%");
    expect(body).toContain("first close above 1,000 since June 20, 2023, two years ago");
    // The whole board, grouped by theme: the battery theme first, with the 4-board leader on top.
    expect(body).toContain("The largest themes on the board were Solid-State Battery (14),");
    expect(body).toContain("### Solid-State Battery: 14 limit-ups");
    expect(body).toMatch(/\| Xiangtan Electrochemical \(002125\.SZ\) +\| \+10\.02% \| +4 \|/);
    expect(body).toMatch(/\| Xinde New Materials \(301349\.SZ\) +\| \+20\.01% \| +1 \|/);
    expect(body).not.toMatch(/and \d+ more/);
    // Four 10% boards compound to about +46.4% (1.1⁴ − 1), give or take rounding to the fen.
    expect(body).toMatch(/Xiangtan Electrochemical \(002125\.SZ, \+46\.\d\d% over the streak\) leads the ladder with a 4th straight limit-up close/);
    expect(body).toMatch(/best performers over that stretch: Keheng Co\. \(300340\.SZ, \+113\.\d\d%\), Nord Co\. \(\+87\.\d\d%\)/);
  });
});

describe("the ChiNext rebound day (2025-06-18)", () => {
  it("leads with ChiNext's rebound and names the engulfing after a spinning top", async () => {
    const {brief} = await briefOf("2025-06-18");
    expect(brief.title).toBe("ChiNext Index surges 3.23%, erasing the previous session's loss");
    expect(brief.dek).toContain("ChiNext Index forms a bullish engulfing pattern after a spinning top");
  });

  it("states the article's breadth: 83 up over 9% with 21 on ChiNext, 40 limit-ups, a 78% seal rate, four on streaks", async () => {
    const {body} = await briefOf("2025-06-18");
    expect(body).toMatch(/A total of 83 gained more than 9% \(\d+ on the main boards, 21 on ChiNext/);
    expect(body).toContain("A total of 40 stocks closed limit-up");
    expect(body).toContain("for a seal rate of 78.43%");
    expect(body).toContain("Four stocks are on consecutive limit-ups");
    expect(body).toContain("its body engulfing the previous session's spinning top");
    expect(body).toMatch(/Leading the sector table was Lithium Battery \(885710\.TI\), \+4\.80%|The strongest sector index was Lithium Battery|Top of the sector table was Lithium Battery/);
  });
});

describe("the ChiNext rebound day (2025-06-18), told as a desk would", () => {
  it("leads with ChiNext's surge, not the SSE Composite's dip (issue 15: the lede tells the top story)", async () => {
    const {brief} = await briefOf("2025-06-18");
    const lede = brief.sections.find((s) => s.id === "lede");
    const text = lede?.blocks.map((b) => (b.type === "paragraph" ? b.children.map((c) => c.value).join("") : "")).join(" ") ?? "";
    expect(text).toMatch(/^On June 18, 2025, the ChiNext Index \(399006\.SZ\) (surged|jumped|rallied) 3\.23% to 2,064\.77/);
    expect(text).not.toContain("softened");
  });

  // Lithium Battery leads the sector table above, so its code is not repeated here.
  it("states the record closes of Lithium Battery and Phosphorus Chemicals with their levels", async () => {
    const {body} = await briefOf("2025-06-18");
    expect(body).toMatch(/Lithium Battery \(2,634\.85\) and Phosphorus Chemicals \(885760\.TI, 1,602\.61\) each posted their highest close in data going back to January 3, 2023\./);
  });

  it("words a run of the SSE Composite as one sentence (regression: \"the SSE Composite four sessions (-2.27%) has fallen in a row\")", async () => {
    const {body} = await briefOf("2025-06-18");
    expect(body).toContain("Runs worth watching: the SSE Composite has fallen four sessions in a row (-2.27%).");
  });
});

describe("the midday snapshot (2025-06-25)", () => {
  it("is worded for the midday break", async () => {
    const {brief, body} = await briefOf("2025-06-25");
    expect(brief.session).toBe("midday");
    expect(brief.title.startsWith("Midday: ")).toBe(true);
    expect(body).toContain("by the midday break");
    expect(body).toContain("## Morning session");
    expect(body).not.toContain("at the close");
  });
});
