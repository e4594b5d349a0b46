import type { IsoDate } from "../calendar/iso-date";

/** The ROC year is the Gregorian year minus 1911 (民國紀年). */
const ROC_OFFSET = 1911;

function partsOf(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)) - ROC_OFFSET, month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** 2015-06-01 → 104/6/1, as seed 001 prints a period in a table's title. */
export function rocSlashDate(date: IsoDate): string {
  const { year, month, day } = partsOf(date);
  return `${year}/${month}/${day}`;
}

/** 2018-12-31 → 107年12月31日, as the seed's running text writes a date. */
export function rocLongDate(date: IsoDate): string {
  const { year, month, day } = partsOf(date);
  return `${year}年${month}月${day}日`;
}

/** 2015-06 → 104/6: a month of the monthly series. */
export function rocMonth(month: string): string {
  return `${Number(month.slice(0, 4)) - ROC_OFFSET}/${Number(month.slice(5, 7))}`;
}
