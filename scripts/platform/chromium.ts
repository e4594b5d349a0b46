import { existsSync } from "fs";
import { Browser, chromium } from "playwright-core";

/**
 * Debian's chromium driven by playwright-core (STACK.md: Playwright's own browser download cannot
 * reach its host here), for the console's browser tests and its first-load benchmark. The flags
 * keep it from stalling on refused background connections.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Each launch gets a fresh profile of its own (playwright's launch makes and removes a temporary one). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The console's browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}
