import {UsageError} from "./args.ts";

/**
 * Runs a CLI command and turns its outcome into the exit code: the command's own code
 * (0 done, 2 bad input), 2 for a bad command line, 1 for our own bugs.
 */
export async function main(run: () => Promise<number>, usage: string): Promise<never> {
  let code: number;
  try {
    code = await run();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${usage}`);
      code = 2;
    } else {
      process.stderr.write(`internal error (a bug in Market Brief, please report it):\n${(error as Error).stack ?? String(error)}\n`);
      code = 1;
    }
  }
  process.exit(code);
}
