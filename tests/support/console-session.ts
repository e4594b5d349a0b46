import AxeBuilder from "@axe-core/playwright";
import { Page } from "playwright-core";
import { screenshot, TestBrowser } from "./browser";

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
