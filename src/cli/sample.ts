import {parse, UsageError} from "./args.ts";
import {main} from "./main.ts";
import {DEFAULT_SEED, generateSample} from "../sample/index.ts";
import {replaceSample} from "../io/replaceSample.ts";

const FULL_STOCKS = 5400;

const USAGE = `Usage: npm run sample -- [--seed N] [--out DIR] [--stocks N]

Generates the synthetic sample market: index-history.csv.gz (every index since 2023-01-03),
the security master (securities.csv, name-history.csv) and one snapshot folder per sample
trading day (2025-05-19 … 2025-06-24 close, 2025-06-25 midday), the same bytes for the same
seed. The files are written to a temporary folder first, then swapped in: in DIR only
index-history.csv(.gz), securities.csv(.gz), name-history.csv(.gz) and the YYYY-MM-DD
folders are replaced (all of them); anything else there (data/README.md) is left alone.

Options:
  --seed N     seed of the random streams (default: ${DEFAULT_SEED})
  --out DIR    data folder to fill (default: data)
  --stocks N   about how many stocks (default: ${FULL_STOCKS}; the stories' exact counts need the default)
  --help       show this help

Exit codes: 0 done; 2 bad command line; 1 internal error.
`;

function positiveInt(value: string, flag: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new UsageError(`${flag} "${value}" is not a positive whole number`);
  return Number(value);
}

async function run(argv: string[]): Promise<number> {
  const {values} = parse(argv, {
    seed: {type: "string", default: String(DEFAULT_SEED)},
    out: {type: "string", default: "data"},
    stocks: {type: "string", default: String(FULL_STOCKS)},
    help: {type: "boolean", default: false},
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!/^\d+$/.test(values.seed)) throw new UsageError(`--seed "${values.seed}" is not a whole number`);
  const seed = Number(values.seed);
  const scale = positiveInt(values.stocks, "--stocks") / FULL_STOCKS;

  const started = performance.now();
  const files = generateSample({seed, scale});
  await replaceSample(values.out, files);
  const bytes = [...files.values()].reduce((s, d) => s + (typeof d === "string" ? Buffer.byteLength(d) : d.length), 0);
  const days = [...files.keys()].filter((p) => p.endsWith("/meta.json")).length;
  process.stdout.write(
    `Wrote ${days} day folders, index-history.csv.gz and the security master to ${values.out}/ (seed ${seed}, ${(bytes / 1e6).toFixed(2)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}

await main(() => run(process.argv.slice(2)), USAGE);
