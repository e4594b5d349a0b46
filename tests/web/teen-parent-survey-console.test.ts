import { Page } from "playwright-core";
import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Sex } from "../../shared/domain/enums";
import { screenshot } from "../support/browser";
import { consoleSuite, seriousViolations } from "../support/console-session";
import { teenBirthRegistration } from "../support/teen-parent-survey";

/**
 * Issue #12 (B7, R7): the clerk's 附表4 in Chromium through the console server, the gateway and
 * household: the birth registration with a mother of 19 offered, babies' rows added, I "以上皆無"
 * exclusive of the other needs, H with its text, a server refusal (a baby's ID number's check digit)
 * shown at its field with nothing written, then the survey recorded. axe-core finds no serious violation.
 */
const OFFICE = "63000050"; // 中正區
const CLERK = { role: "戶所承辦人", org: "中正區戶政事務所" } as const;

describe("the clerk's survey 附表4 in Chromium (issue #12)", () => {
  let clerk: Page;
  const rng = new SeededRandom("teen-parent-survey-console");

  function labelled(label: string) {
    return clerk.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`)).first();
  }

  async function typeDate(label: string, typed: string): Promise<void> {
    const input = labelled(label);
    await input.fill(typed);
    await input.blur();
  }

  async function surveys(): Promise<{ babies: { name: string }[]; needs: string[]; need_other: string | null }[]> {
    return (await suite.platform.platform.subgraphs.get("household")?.database.dataSource.query(`SELECT "babies", "needs", "need_other" FROM "household"."teen_parent_surveys"`)) as {
      babies: { name: string }[];
      needs: string[];
      need_other: string | null;
    }[];
  }

  const suite = consoleSuite({
    persons: 10,
    seed: "teen-parent-survey-console",
    now: new Date("2027-06-15T09:00:00+08:00"),
    setup: async (platform) => {
      await teenBirthRegistration(platform, rng, OFFICE, "2027-06-15");
    },
  });

  beforeAll(async () => {
    clerk = await suite.signIn(CLERK);
    await clerk.clock.setFixedTime(new Date("2027-06-15T09:00:00+08:00"));
    await clerk.reload();
  }, 60_000);

  afterAll(async () => {
    await clerk?.close();
  });

  it("should record 附表4 with two babies and H's text, keeping I exclusive, after showing a server refusal at its field", async () => {
    await clerk.getByRole("navigation", { name: "功能選單" }).getByRole("link", { name: "需求調查表附表4" }).click();
    await clerk.getByRole("heading", { name: "溫馨關懷服務需求調查表（附表4）" }).waitFor();
    await clerk.mouse.move(1000, 700);
    await labelled("出生登記").click();
    await clerk.getByRole("option", { name: /阮青青/ }).click();

    await labelled("寶寶1姓名").fill("阮小寶");
    await typeDate("寶寶1生日", "116/06/10");
    await clerk.getByRole("button", { name: "增列寶寶" }).click();
    await labelled("寶寶2姓名").fill("阮二寶");
    await typeDate("寶寶2生日", "116/06/10");
    // A wrong check digit: the server refuses it at babies.1.idNumber.
    await labelled("寶寶2身分證字號").fill("A123456788");
    await labelled("母親姓名").fill("阮青青");
    await labelled("戶籍地鄉(鎮市區)").fill("中正區");
    await labelled("戶籍地路(街)").fill("重慶南路");
    await labelled("戶籍地號").fill("12之3");

    const need = (name: string) => clerk.getByRole("checkbox", { name });
    await need("H. 其他").check();
    // I "以上皆無" stands alone: ticking it clears H, ticking A clears it.
    await need("I. 以上皆無").check();
    await expect(need("H. 其他").isChecked()).resolves.toBe(false);
    await need("A. 經濟及物資協助").check();
    await expect(need("I. 以上皆無").isChecked()).resolves.toBe(false);
    await need("H. 其他").check();
    await labelled("H. 其他（請說明）").fill("托育資訊");
    await labelled("轉介人員").fill("陳戶政");
    await labelled("轉介人員電話").fill("02-2341-5678");

    await clerk.getByRole("button", { name: "登錄附表4" }).click();
    const babyId = labelled("寶寶2身分證字號");
    await clerk.locator('[aria-invalid="true"]').first().waitFor();
    await expect(babyId.getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await surveys()).toEqual([]);
    await screenshot(clerk, "teen-parent-survey-01-server-error");
    expect(await seriousViolations(clerk)).toEqual([]);

    await babyId.fill(generateNationalId(rng, Sex.MALE));
    await clerk.getByRole("button", { name: "登錄附表4" }).click();
    await clerk.getByRole("status").getByText("登錄完成").waitFor();
    expect(await surveys()).toEqual([{ babies: [expect.objectContaining({ name: "阮小寶" }), expect.objectContaining({ name: "阮二寶" })], needs: ["ECONOMIC_MATERIAL", "OTHER"], need_other: "托育資訊" }]);
    await screenshot(clerk, "teen-parent-survey-02-recorded");
    expect(await seriousViolations(clerk)).toEqual([]);
  }, 180_000);
});
