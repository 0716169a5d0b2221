import {execFile} from "node:child_process";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";
import {DIST, filesIn} from "../support/distFiles.ts";

const VNU = "node_modules/vnu-jar/build/dist/vnu.jar";

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** The Nu HTML checker over a folder, in one Java run (its start-up is the slow part). */
async function vnu(folder: string): Promise<VnuMessage[]> {
  // vnu prints its JSON report on stderr and exits 1 when it found errors: both are results here.
  const result = await promisify(execFile)("java", ["-jar", VNU, "--errors-only", "--format", "json", "--skip-non-html", folder], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: {stderr?: string; code?: number}) => {
    if (error.code === 1 && error.stderr?.startsWith("{")) return {stderr: error.stderr};
    throw error;
  });
  return (JSON.parse(result.stderr) as {messages: VnuMessage[]}).messages;
}

const show = (m: VnuMessage) =>
  `${(m.url ?? "").replace(/^file:.*?\/dist\//, "dist/")}:${m.lastLine ?? "?"}:${m.firstColumn ?? "?"}: ${m.type}${m.subType ? `/${m.subType}` : ""}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, " ")}` : ""}`;

describe("every built page", () => {
  it("passes the Nu HTML checker without errors", async () => {
    const pages = await filesIn(DIST, ".html");
    // The front page, 404, archive, keywords, search and at least one brief with its data page.
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const problems = (await vnu(DIST)).filter((m) => m.type !== "info");
    expect(problems.map(show).join("\n"), `${problems.length} problem(s) in ${pages.length} pages`).toBe("");
  });
});
