import {describe, expect, it} from "vitest";
import {dataTableHtml} from "../../src/site/dataTable.ts";

describe("dataTableHtml", () => {
  it("puts every column and cell in the table as text, markup in names escaped", () => {
    const html = dataTableHtml(["Stock", "Change"], [["<script>alert(1)</script> & \"Co\"", "+10.00%"], ["Ping An 'Bank'", "-1.25%"]]);
    expect(html).toBe(
      '<table><thead><tr><th scope="col">Stock</th><th scope="col">Change</th></tr></thead><tbody>' +
        "<tr><td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</td><td>+10.00%</td></tr>" +
        "<tr><td>Ping An &#39;Bank&#39;</td><td>-1.25%</td></tr></tbody></table>",
    );
  });
});
