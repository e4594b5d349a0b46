import { IsoDate } from "./iso-date";

/**
 * The office calendar as far as it is known without the published file (issue #8): the days off
 * and make-up Saturdays per year, written by hand from the rules in force and from what is
 * remembered of 行政院人事行政總處's published 政府行政機關辦公日曆表. Weekends are off unless listed
 * as make-up days; weekdays are working days unless listed as days off. `npm run calendar:import
 * -- --year Y --generate` writes data/calendar/Y.csv from this list; importing the official file
 * replaces it and marks the year verified (data/calendar/manifest.json).
 */
export interface KnownYear {
  /** The rules the list follows. */
  source: string;
  /** What the list may get wrong: say it so a reviewer knows what to check first. */
  unsure: string[];
  /** Days off with their 備註; weekend days are listed only when a holiday falls on them. */
  daysOff: ReadonlyArray<readonly [IsoDate, string]>;
  /** Saturdays worked in exchange for a bridge day (補行上班). */
  makeUpWorkingDays: ReadonlyArray<readonly [IsoDate, string]>;
}

/**
 * Before 2025: 「紀念日及節日實施辦法」(內政部) names the days off; a holiday on a Saturday is made
 * up on the Friday before, on a Sunday on the Monday after (補假); 除夕 and 春節 on a weekend are
 * made up on the following working days; 兒童節 on the same day as 民族掃墓節 moves to the day
 * before (the day after when that is a Thursday). Bridge days (彈性放假) are each paired with a
 * make-up Saturday (「政府行政機關辦公日曆表編製原則」, 人事行政總處). 勞動節 (5/1) is not a day off
 * for civil servants in these years.
 */
const RULES_BEFORE_2025 = "紀念日及節日實施辦法 (內政部); 補假, 彈性放假 and 補行上班 per 人事行政總處「政府行政機關辦公日曆表」編製原則";

/**
 * From 2025: 「紀念日及節日實施條例」 (2025) adds 除夕前一日, 勞動節 for everyone, 教師節 9/28,
 * 臺灣光復暨金門古寧頭大捷紀念日 10/25 and 行憲紀念日 12/25, with the same weekend 補假 rules.
 */
const RULES_FROM_2025 = "紀念日及節日實施條例 (2025): 除夕前一日, 勞動節, 教師節, 光復節 and 行憲紀念日 added; 補假 as before";

export const KNOWN_YEARS: Readonly<Record<number, KnownYear>> = {
  2015: {
    source: `${RULES_BEFORE_2025}; 104年 calendar as recalled, not checked against the published file`,
    unsure: ["no 補行上班 inside 2015 (the bridge day 2015-01-02 was made up on Saturday 2014-12-27, outside this file)"],
    daysOff: [
      ["2015-01-01", "開國紀念日"],
      ["2015-01-02", "彈性放假"],
      ["2015-02-18", "農曆除夕"],
      ["2015-02-19", "春節"],
      ["2015-02-20", "春節"],
      ["2015-02-21", "春節"],
      ["2015-02-23", "春節補假"],
      ["2015-02-27", "和平紀念日補假"],
      ["2015-02-28", "和平紀念日"],
      ["2015-04-03", "兒童節補假"],
      ["2015-04-04", "兒童節"],
      ["2015-04-05", "民族掃墓節"],
      ["2015-04-06", "民族掃墓節補假"],
      ["2015-06-19", "端午節補假"],
      ["2015-06-20", "端午節"],
      ["2015-09-27", "中秋節"],
      ["2015-09-28", "中秋節補假"],
      ["2015-10-09", "國慶日補假"],
      ["2015-10-10", "國慶日"],
    ],
    makeUpWorkingDays: [],
  },
  2016: {
    source: `${RULES_BEFORE_2025}; 105年 calendar as recalled (A13 and the R2 tests rely on June 2016), not checked against the published file`,
    unsure: ["2016-04-05 as 兒童節補假 (兒童節 on 民族掃墓節 moves to Sunday 4/3, made up on the next working day)"],
    daysOff: [
      ["2016-01-01", "開國紀念日"],
      ["2016-02-07", "農曆除夕"],
      ["2016-02-08", "春節"],
      ["2016-02-09", "春節"],
      ["2016-02-10", "春節"],
      ["2016-02-11", "農曆除夕補假"],
      ["2016-02-12", "彈性放假"],
      ["2016-02-28", "和平紀念日"],
      ["2016-02-29", "和平紀念日補假"],
      ["2016-04-04", "兒童節及民族掃墓節"],
      ["2016-04-05", "兒童節補假"],
      ["2016-06-09", "端午節"],
      ["2016-06-10", "彈性放假"],
      ["2016-09-15", "中秋節"],
      ["2016-09-16", "彈性放假"],
      ["2016-10-10", "國慶日"],
    ],
    makeUpWorkingDays: [
      ["2016-01-30", "補行上班"],
      ["2016-06-04", "補行上班"],
      ["2016-09-10", "補行上班"],
    ],
  },
  2017: {
    source: `${RULES_BEFORE_2025}; 106年 calendar as recalled, not checked against the published file`,
    unsure: ["2017-04-03 as 兒童節 (same day as 民族掃墓節 4/4, moved to the day before)"],
    daysOff: [
      ["2017-01-01", "開國紀念日"],
      ["2017-01-02", "開國紀念日補假"],
      ["2017-01-27", "農曆除夕"],
      ["2017-01-28", "春節"],
      ["2017-01-29", "春節"],
      ["2017-01-30", "春節"],
      ["2017-01-31", "春節補假"],
      ["2017-02-01", "春節補假"],
      ["2017-02-27", "彈性放假"],
      ["2017-02-28", "和平紀念日"],
      ["2017-04-03", "兒童節"],
      ["2017-04-04", "民族掃墓節"],
      ["2017-05-29", "彈性放假"],
      ["2017-05-30", "端午節"],
      ["2017-10-04", "中秋節"],
      ["2017-10-09", "彈性放假"],
      ["2017-10-10", "國慶日"],
    ],
    makeUpWorkingDays: [
      ["2017-02-18", "補行上班"],
      ["2017-06-03", "補行上班"],
      ["2017-09-30", "補行上班"],
    ],
  },
  2018: {
    source: `${RULES_BEFORE_2025}; 107年 calendar as recalled, not checked against the published file`,
    unsure: [],
    daysOff: [
      ["2018-01-01", "開國紀念日"],
      ["2018-02-15", "農曆除夕"],
      ["2018-02-16", "春節"],
      ["2018-02-17", "春節"],
      ["2018-02-18", "春節"],
      ["2018-02-19", "春節補假"],
      ["2018-02-20", "春節補假"],
      ["2018-02-28", "和平紀念日"],
      ["2018-04-04", "兒童節"],
      ["2018-04-05", "民族掃墓節"],
      ["2018-04-06", "彈性放假"],
      ["2018-06-18", "端午節"],
      ["2018-09-24", "中秋節"],
      ["2018-10-10", "國慶日"],
      ["2018-12-31", "彈性放假"],
    ],
    makeUpWorkingDays: [
      ["2018-03-31", "補行上班"],
      ["2018-12-22", "補行上班"],
    ],
  },
  2026: {
    source: `${RULES_FROM_2025}; 115年 calendar as recalled (春節 2/14–2/22, no 補行上班), not checked against the published file`,
    unsure: [
      "no bridge days and no 補行上班 in 2026 (2026-01-02 is a working day)",
      "勞動節 2026-05-01 off for government offices under the 2025 條例",
    ],
    daysOff: [
      ["2026-01-01", "開國紀念日"],
      ["2026-02-15", "除夕前一日"],
      ["2026-02-16", "農曆除夕"],
      ["2026-02-17", "春節"],
      ["2026-02-18", "春節"],
      ["2026-02-19", "春節"],
      ["2026-02-20", "除夕前一日補假"],
      ["2026-02-27", "和平紀念日補假"],
      ["2026-02-28", "和平紀念日"],
      ["2026-04-03", "兒童節補假"],
      ["2026-04-04", "兒童節"],
      ["2026-04-05", "民族掃墓節"],
      ["2026-04-06", "民族掃墓節補假"],
      ["2026-05-01", "勞動節"],
      ["2026-06-19", "端午節"],
      ["2026-09-25", "中秋節"],
      ["2026-09-28", "教師節"],
      ["2026-10-09", "國慶日補假"],
      ["2026-10-10", "國慶日"],
      ["2026-10-25", "臺灣光復暨金門古寧頭大捷紀念日"],
      ["2026-10-26", "臺灣光復暨金門古寧頭大捷紀念日補假"],
      ["2026-12-25", "行憲紀念日"],
    ],
    makeUpWorkingDays: [],
  },
  2027: {
    source: `${RULES_FROM_2025}; 116年 derived from the rules alone: the published calendar was not known when this was written`,
    unsure: [
      "the whole year is a prediction from the 條例's rules; the published calendar may add bridge days with make-up Saturdays",
      "2027-04-06 as 兒童節補假 (兒童節 on Sunday 4/4, the next day 4/5 being 民族掃墓節)",
      "2027-04-30 as 勞動節補假 (勞動節 on Saturday 5/1)",
      "2027-12-24 as 行憲紀念日補假 (行憲紀念日 on Saturday 12/25)",
    ],
    daysOff: [
      ["2027-01-01", "開國紀念日"],
      ["2027-02-04", "除夕前一日"],
      ["2027-02-05", "農曆除夕"],
      ["2027-02-06", "春節"],
      ["2027-02-07", "春節"],
      ["2027-02-08", "春節"],
      ["2027-02-09", "春節補假"],
      ["2027-02-10", "春節補假"],
      ["2027-02-28", "和平紀念日"],
      ["2027-03-01", "和平紀念日補假"],
      ["2027-04-04", "兒童節"],
      ["2027-04-05", "民族掃墓節"],
      ["2027-04-06", "兒童節補假"],
      ["2027-04-30", "勞動節補假"],
      ["2027-05-01", "勞動節"],
      ["2027-06-09", "端午節"],
      ["2027-09-15", "中秋節"],
      ["2027-09-28", "教師節"],
      ["2027-10-10", "國慶日"],
      ["2027-10-11", "國慶日補假"],
      ["2027-10-25", "臺灣光復暨金門古寧頭大捷紀念日"],
      ["2027-12-24", "行憲紀念日補假"],
      ["2027-12-25", "行憲紀念日"],
    ],
    makeUpWorkingDays: [],
  },
};
