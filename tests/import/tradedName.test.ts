import {describe, expect, it} from "vitest";
import {tradedName} from "../../src/import/tradedName.ts";

describe("tradedName(text)", () => {
  it("drops the spaces East Money and Sina pad short Chinese names with", () => {
    expect(tradedName("五 粮 液")).toBe("五粮液");
    expect(tradedName("万  科Ａ")).toBe("万科Ａ");
    expect(tradedName("柳    工")).toBe("柳工");
    expect(tradedName(" 平安银行 ")).toBe("平安银行");
    // Sina, 2024-02: the padding may follow a Latin mark
    expect(tradedName("*ST 正邦")).toBe("*ST正邦");
  });

  it("keeps the exchanges' marks and Latin spacing as traded", () => {
    for (const name of ["*ST广道", "XD邦基科", "DR司南导", "C屹唐", "N新亚", "九号公司-WD", "百济神州-U", "万科Ａ", "TCL科技", "Ningbo Port"]) {
      expect(tradedName(name)).toBe(name);
    }
  });
});
