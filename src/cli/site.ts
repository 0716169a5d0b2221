import {parse, UsageError} from "./args.ts";
import {main} from "./main.ts";
import {buildSite, SiteBuildError} from "../site/buildSite.ts";
import {PARTS_FROM, type PartsMode} from "../site/sitePlan.ts";

const USAGE = `Usage: npm run site -- [--content DIR] [--out DIR] [--force] [--parts auto|always|never] [--no-search] [--silent]

Builds the static site from the briefs in the content folder (npm run build runs this after the
briefs), then its search index. A long archive is built in parts: one Astro build per calendar
year of older briefs and one for the newest briefs and every page that lists them, each part
skipped when nothing it shows has changed, so a new day rebuilds the newest part only and no
build holds ten years of briefs in memory. Pages not changed since the last build are copied
from it rather than rendered.

Options:
  --content DIR   content folder (default: content, or MARKET_BRIEF_CONTENT)
  --out DIR       where the site goes (default: dist); replaced whole once built
  --force         render every page of every part anew
  --parts MODE    auto (default: in parts once ${PARTS_FROM} briefs of an edition lie outside the
                  newest ones), always, or never (one build of the whole site)
  --no-search     skip the Pagefind search index
  --silent        only Astro's warnings and errors
  --help          show this help

Exit codes: 0 done; 1 a build step failed (its own message says why) or an internal error; 2 bad command line.
`;

const MODES: readonly PartsMode[] = ["auto", "always", "never"];

async function run(argv: string[]): Promise<number> {
  const {values} = parse(argv, {
    content: {type: "string"},
    out: {type: "string", default: "dist"},
    force: {type: "boolean", default: false},
    parts: {type: "string", default: "auto"},
    "no-search": {type: "boolean", default: false},
    silent: {type: "boolean", default: false},
    help: {type: "boolean", default: false},
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!MODES.includes(values.parts as PartsMode)) throw new UsageError(`--parts "${values.parts}" is not one of ${MODES.join(", ")}`);
  const log = (line: string) => {
    if (!values.silent) process.stderr.write(`${line}\n`);
  };
  try {
    await buildSite({
      root: process.cwd(),
      contentDir: values.content ?? process.env.MARKET_BRIEF_CONTENT,
      outDir: values.out,
      force: values.force,
      search: !values["no-search"],
      parts: values.parts as PartsMode,
      silent: values.silent,
      log,
    });
  } catch (error) {
    if (!(error instanceof SiteBuildError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
  return 0;
}

await main(() => run(process.argv.slice(2)), USAGE);
