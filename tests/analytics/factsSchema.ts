import {fileURLToPath} from "node:url";
import {createGenerator} from "ts-json-schema-generator";

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
 * Type-checking is skipped (tsc does that; here only the shapes matter), which halves the time
 * to about a second and a half; without a tsconfig the generator also leaves out the ambient
 * node and Astro types the project's tsconfig would load, which the facts types never use.
 */
export function factsSchema(): SchemaNode {
  const generator = createGenerator({
    path: TYPES,
    type: "MarketFacts",
    additionalProperties: false,
    skipTypeCheck: true,
    jsDoc: "none",
  });
  return generator.createSchema("MarketFacts") as SchemaNode;
}
