import { mkdirSync } from "fs";
import { join } from "path";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/platform/chromium";

/** Screenshots of each step, kept as CI artefacts (git-ignored). */
export const ARTEFACTS = join(__dirname, "..", "..", "test-artifacts", "console");

export interface TestBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await launchChromium();
  mkdirSync(ARTEFACTS, { recursive: true });
  return { browser, close: () => browser.close() };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
}
