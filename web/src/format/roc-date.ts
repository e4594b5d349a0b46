/** 民國 115/12/01: how the console shows a date (issue #11); the ROC year is the Gregorian year minus 1911. */
const ROC_OFFSET = 1911;
const TAIPEI = "Asia/Taipei";

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

export function rocDate(isoDate: string | null | undefined): string {
  if (isoDate === null || isoDate === undefined) {
    return "—";
  }
  return `民國 ${Number(isoDate.slice(0, 4)) - ROC_OFFSET}/${isoDate.slice(5, 7)}/${isoDate.slice(8, 10)}`;
}

/** An instant as Taipei's date and time: 民國 115/12/01 14:30. */
export function rocDateTime(instant: string | null | undefined): string {
  if (instant === null || instant === undefined) {
    return "—";
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: TAIPEI, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `民國 ${Number(parts.year) - ROC_OFFSET}/${parts.month}/${parts.day} ${pad(Number(parts.hour))}:${parts.minute}`;
}
