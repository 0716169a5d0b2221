import {UsageError} from "./args.ts";

/** What the file system's error codes mean, in the operator's words. */
const WHAT_HAPPENED: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  ELOOP: "too many symbolic links (a symlink loop?)",
  ENOTDIR: "a file stands where a folder is expected",
  EISDIR: "a folder stands where a file is expected",
  ENOENT: "no such file or folder",
  EEXIST: "already exists",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many open files",
  ENFILE: "too many open files on the system",
  EIO: "input/output error (the disk or the network file system failed)",
  EBUSY: "busy",
};

/**
 * The file system's own errors carry a code and the path they concern: those are the machine's
 * state (a read-only or full disk, a symlink loop, a file where a folder belongs), which the
 * operator can fix, not our bugs. Anything else thrown is.
 */
function fileSystemError(error: unknown): (NodeJS.ErrnoException & {path: string; code: string; dest?: string}) | null {
  if (!(error instanceof Error)) return null;
  const e = error as NodeJS.ErrnoException & {dest?: unknown};
  return typeof e.code === "string" && /^E[A-Z]+$/.test(e.code) && typeof e.path === "string" && typeof e.syscall === "string"
    ? (e as NodeJS.ErrnoException & {path: string; code: string; dest?: string})
    : null;
}

/** The exit code and the text for stderr of a command that threw. */
export function failureOutcome(error: unknown, usage: string): {code: number; text: string} {
  if (error instanceof UsageError) return {code: 2, text: `error: ${error.message}\n\n${usage}`};
  const fs = fileSystemError(error);
  if (fs) {
    // libuv's own words ("ELOOP: too many symbolic links encountered, stat '…'") when we have none.
    const what = WHAT_HAPPENED[fs.code] ?? fs.message.replace(/^E[A-Z]+: /, "").replace(/, \w+ '.*$/s, "");
    const where = typeof fs.dest === "string" ? `${fs.path} → ${fs.dest}` : fs.path;
    return {code: 2, text: `error: ${where}: ${what} (${fs.code})\n`};
  }
  return {code: 1, text: `internal error (a bug in Market Brief, please report it):\n${(error as Error)?.stack ?? String(error)}\n`};
}

/**
 * Runs a CLI command and turns its outcome into the exit code: the command's own code
 * (0 done, 2 bad input), 2 for a bad command line or a file system that refuses (read-only,
 * full, a symlink loop…: the path and what happened are printed), 1 for our own bugs.
 */
export async function main(run: () => Promise<number>, usage: string): Promise<never> {
  let code: number;
  try {
    code = await run();
  } catch (error) {
    const outcome = failureOutcome(error, usage);
    process.stderr.write(outcome.text);
    code = outcome.code;
  }
  process.exit(code);
}
