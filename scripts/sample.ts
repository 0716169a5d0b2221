import "../src/cli/sample.ts";
