import {execFileSync} from "node:child_process";

/**
 * vitest global setup for the end-to-end tests: builds the site from the bundled sample data
 * with the same command a user runs (`npm run build`), once per test run.
 */
export default function setup(): void {
  execFileSync("npm", ["run", "build", "--silent"], {stdio: ["ignore", "inherit", "inherit"]});
}
