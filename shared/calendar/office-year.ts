import { IsoDate } from "./iso-date";

/** One row of the 政府行政機關辦公日曆表: a date, whether offices are closed, and its 備註. */
export interface OfficeDay {
  date: IsoDate;
  /** 是否放假 = 2. */
  off: boolean;
  /** 備註, e.g. 端午節, 補行上班; empty on ordinary days. */
  note: string;
}

/** One year of the office calendar, every day exactly once, 1 January first. */
export interface OfficeYear {
  year: number;
  days: OfficeDay[];
}

/** 星期 as the published file writes it, indexed by `Date.getUTCDay` (0 = Sunday). */
export const WEEKDAY_NAMES = ["日", "一", "二", "三", "四", "五", "六"] as const;

/** 是否放假: the two values the published file uses. */
export const FLAG_OFF = "2";
export const FLAG_WORKING = "0";

/** The published file's header row. */
export const CSV_HEADER = ["西元日期", "星期", "是否放假", "備註"] as const;
