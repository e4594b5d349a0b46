import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import { Browser, chromium, Page } from "playwright-core";

/**
 * Debian's chromium driven by playwright-core (STACK.md: Playwright's own browser download cannot
 * reach its host here). The flags keep it from stalling on refused background connections.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Screenshots of each step, kept as CI artefacts (git-ignored). */
export const ARTEFACTS = join(__dirname, "..", "..", "test-artifacts", "console");

export interface TestBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Each launch gets a fresh profile of its own (playwright's launch makes and removes a temporary one). */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The console's browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  mkdirSync(ARTEFACTS, { recursive: true });
  return { browser, close: () => browser.close() };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
}
