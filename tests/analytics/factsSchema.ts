import {fileURLToPath} from "node:url";
import {createGenerator} from "ts-json-schema-generator";
import ts from "typescript";

/** A JSON Schema (draft-07) as the generator writes it: the parts the contract tests read. */
export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  $ref?: string;
  definitions?: Record<string, SchemaNode>;
}

const TYPES = fileURLToPath(new URL("../../src/analytics/types.ts", import.meta.url));

/**
 * The JSON Schema of facts.json, generated from the MarketFacts type each time it is asked for,
 * so it can never be stale and there is no generated file to keep. Every interface becomes an
 * object with `additionalProperties: false`: a field the types do not declare is an error.
 *
 * The program is ours, not the project's tsconfig: only the facts types and the modules they
 * import, over the ES2022 library, with no ambient `@types` (node, Astro, the DOM) and no type
 * check (tsc does that; here only the shapes matter). That takes it from about 3 s to 0.3 s.
 */
export function factsSchema(): SchemaNode {
  const tsProgram = ts.createProgram([TYPES], {
    lib: ["lib.es2022.d.ts"],
    types: [],
    allowImportingTsExtensions: true,
    noEmit: true,
  });
  const generator = createGenerator({
    tsProgram,
    type: "MarketFacts",
    additionalProperties: false,
    skipTypeCheck: true,
    jsDoc: "none",
  });
  return generator.createSchema("MarketFacts") as SchemaNode;
}
