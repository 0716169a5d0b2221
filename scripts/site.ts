import "../src/cli/site.ts";
