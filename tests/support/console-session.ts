import AxeBuilder from "@axe-core/playwright";
import { Page } from "playwright-core";
import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { ConsoleServer, startConsoleServer } from "../../scripts/platform/console-server";
import { setFakeNow } from "../../shared/clock";
import { launchBrowser, screenshot, TestBrowser } from "./browser";
import { startTestPlatform, TestPlatform } from "./platform";

/**
 * The console's browser tests' common steps (issue #11): a fresh context per user, the
 * development sign-in as a caseworker does it, and axe-core's serious findings.
 */

/** A select's input by its label (Mantine labels its option list with the same label, after the input). */
export function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true }).first();
}

/** A context of its own per user: nothing (the session) is shared between two sign-ins. */
export async function newPage(browser: TestBrowser, options: { mobile?: boolean } = {}): Promise<Page> {
  const context = await browser.browser.newContext({
    locale: "zh-TW",
    timezoneId: "Asia/Taipei",
    ...(options.mobile === true ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}),
  });
  return context.newPage();
}

export interface SignInAs {
  readonly role: string;
  readonly org: string;
  readonly villages?: readonly string[];
  readonly mobile?: boolean;
  /** The browser's clock, fixed (Playwright's clock), to match the platform's fake clock: the forms' dates default to today. */
  readonly at?: Date;
}

/** Signs in through the development picker by the labels a caseworker reads (角色, 機關, 負責里別). */
export async function signIn(browser: TestBrowser, consoleUrl: string, as: SignInAs): Promise<Page> {
  const page = await newPage(browser, { mobile: as.mobile });
  if (as.at !== undefined) {
    await page.clock.setFixedTime(as.at);
  }
  await page.goto(consoleUrl);
  await field(page, "角色").click();
  await page.getByRole("option", { name: as.role, exact: true }).click();
  await field(page, "機關").click();
  await page.getByRole("option", { name: as.org, exact: true }).click();
  for (const village of as.villages ?? []) {
    await page.getByLabel("負責里別").first().click();
    await page.getByRole("option", { name: village, exact: true }).click();
  }
  await page.keyboard.press("Escape");
  await screenshot(page, `sign-in-${as.role}-${as.org}`);
  await page.getByRole("button", { name: "登入" }).click();
  return page;
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Picks a month in a MonthPickerInput as an analyst does: open it, step to the year, click the month. */
export async function pickMonth(page: Page, label: string, year: number, month: number): Promise<void> {
  await field(page, label).click();
  // The dropdown this click opened: another field's may still be in the page, closing.
  const dialog = page.locator(".mantine-Popover-dropdown:visible").last();
  await dialog.waitFor();
  for (let step = 0; step < 20; step += 1) {
    const shown = Number((await dialog.getByRole("button", { name: "選擇年份" }).textContent())?.trim());
    if (shown === year) {
      break;
    }
    await dialog.getByRole("button", { name: shown < year ? "下一年" : "上一年" }).click();
  }
  await dialog.getByRole("button", { name: `${month}月`, exact: true }).click();
  await dialog.waitFor({ state: "hidden" });
}

/** The menu's entries once it has rendered (allTextContents alone does not wait: an empty list under load). */
export async function navLinks(page: Page): Promise<string[]> {
  const menu = page.getByRole("navigation", { name: "功能選單" });
  await menu.getByRole("link").first().waitFor();
  return menu.getByRole("link").allTextContents();
}

/** A console suite's platform, console server and browser, started once for the file. */
export interface ConsoleSuite {
  readonly platform: TestPlatform;
  readonly consoleServer: ConsoleServer;
  readonly browser: TestBrowser;
  /** `signIn` against this suite's console. */
  signIn(as: SignInAs): Promise<Page>;
}

export interface ConsoleSuiteOptions {
  readonly persons: number;
  readonly seed: string;
  /** The platform's fake clock from before `setup` until the suite ends. */
  readonly now: Date;
  /** The suite's records, written through the platform before the console starts. */
  readonly setup?: (platform: TestPlatform) => Promise<void>;
}

/** Registers the suite's start (the console built, the platform, its records, the console server, Chromium) and its stop. */
export function consoleSuite(options: ConsoleSuiteOptions): ConsoleSuite {
  let platform: TestPlatform | undefined;
  let consoleServer: ConsoleServer | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    ensureConsoleBuilt(() => undefined);
    platform = await startTestPlatform({ persons: options.persons, seed: options.seed });
    setFakeNow(options.now);
    await options.setup?.(platform);
    consoleServer = await startConsoleServer({ port: 0, gatewayUrl: new URL(platform.gatewayUrl).origin });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    setFakeNow(null);
    await browser?.close();
    await consoleServer?.close();
    await platform?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) {
      throw new Error("The console suite has not started");
    }
    return value;
  };
  const suite: ConsoleSuite = {
    get platform() {
      return started(platform);
    },
    get consoleServer() {
      return started(consoleServer);
    },
    get browser() {
      return started(browser);
    },
    signIn: (as) => signIn(suite.browser, suite.consoleServer.url, as),
  };
  return suite;
}

/** A screen's screenshot and axe-core's serious findings, none expected. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Axe reads the styles of the moment: the pointer left on the last button clicked is not the screen's state.
  await page.mouse.move(0, 0);
  await screenshot(page, name);
  expect(await seriousViolations(page)).toEqual([]);
}

/** Opens a screen from the console's menu. */
export async function openMenu(page: Page, label: string): Promise<void> {
  await page.getByRole("navigation", { name: "功能選單" }).getByRole("link", { name: label }).click();
}
