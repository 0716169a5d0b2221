import "../src/cli/fetch.ts";
