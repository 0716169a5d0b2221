import {describe, expect, it} from "vitest";
import {readAnswer, tablesFile} from "../../src/fetch/tushareAnswer.ts";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("readAnswer(apiName, body)", () => {
  it("gives the table of a good answer, has_more included", () => {
    const body = {code: 0, msg: "", data: {fields: ["ts_code", "close"], items: [["600000.SH", 13.4]], has_more: true}};
    expect(readAnswer("daily", body)).toEqual({ok: true, table: {fields: ["ts_code", "close"], items: [["600000.SH", 13.4]], hasMore: true}});
  });

  it("quotes the API's code and msg, and says what is malformed", () => {
    expect(readAnswer("daily", {code: 40203, msg: "抱歉，您每分钟最多访问该接口500次"})).toEqual({
      ok: false, message: "daily: Tushare Pro answered code 40203: 抱歉，您每分钟最多访问该接口500次",
    });
    expect(readAnswer("daily", "<html>")).toMatchObject({ok: false, message: expect.stringContaining("not a Tushare Pro answer")});
    expect(readAnswer("daily", {code: 0, data: {fields: ["a", "b"], items: [["x"]]}})).toEqual({
      ok: false, message: "daily: item 1 of the answer does not have the 2 fields a,b",
    });
  });
});

describe("tablesFile(name, tables)", () => {
  it("writes one CSV from several answers: union of fields, null as empty, numbers as written, commas quoted", () => {
    const file = tablesFile("stock_basic.csv", [
      {fields: ["ts_code", "name", "list_date"], items: [["600000.SH", "浦发银行", "19991110"]], hasMore: false},
      {fields: ["ts_code", "name", "delist_date", "list_date"], items: [["600087.SH", "退市长油", "20140605", null]], hasMore: false},
      {fields: ["ts_code", "industry"], items: [["300750.SZ", "电气设备,电池"]], hasMore: false},
    ]);
    expect(file.name).toBe("stock_basic.csv");
    expect(text(file.bytes)).toBe(
      "ts_code,name,list_date,delist_date,industry\n" +
        "600000.SH,浦发银行,19991110,,\n" +
        "600087.SH,退市长油,,20140605,\n" +
        `300750.SZ,,,,"电气设备,电池"\n`,
    );
    expect(text(tablesFile("d.csv", [{fields: ["vol", "amount"], items: [[582341, 781234.5675]], hasMore: false}]).bytes)).toBe(
      "vol,amount\n582341,781234.5675\n",
    );
  });
});
