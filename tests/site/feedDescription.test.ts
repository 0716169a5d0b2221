import {describe, expect, it} from "vitest";
import {feedDescription} from "../../src/site/feedDescription.ts";

describe("feedDescription(dek)", () => {
  it("escapes a name from data so that feed readers show it as text", () => {
    // Regression: a stock named <script>… in the dek became markup in feed readers.
    expect(feedDescription(`<script>alert(1)</script> & "Hua's" rises`)).toBe("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Hua&#39;s&quot; rises");
  });
});
