import { execFileSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import { join } from "path";
import { CONSOLE_DIST } from "./console-server";

const WEB = join(__dirname, "..", "..", "web");
/** The console imports the platform's own shared code (roles, villages, the report's layout). */
const SHARED = join(__dirname, "..", "..", "shared");
const VITE = join(__dirname, "..", "..", "node_modules", ".bin", "vite");

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

/**
 * `npm start` serves the built console (issue #11): build it when web/dist is missing or older
 * than the console's sources, so a fresh clone needs no extra command (a few seconds with Vite).
 */
export function ensureConsoleBuilt(log: (line: string) => void): void {
  const built = join(CONSOLE_DIST, "index.html");
  const sources = [join(WEB, "src"), join(WEB, "index.html"), join(WEB, "vite.config.mts"), SHARED];
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestChange))) {
    return;
  }
  log("building the console (web/) with Vite…");
  execFileSync(VITE, ["build", "--config", join(WEB, "vite.config.mts"), "--logLevel", "warn"], { stdio: "inherit" });
}
