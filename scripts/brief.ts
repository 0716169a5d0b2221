import "../src/cli/brief.ts";
