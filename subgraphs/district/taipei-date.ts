/** R2: a calendar day is counted in Asia/Taipei, whatever the server's time zone. */
const TAIPEI_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Taipei", year: "numeric", month: "2-digit", day: "2-digit" });

/** The Taipei calendar date (YYYY-MM-DD) of an instant. */
export function taipeiDateOf(instant: Date): string {
  return TAIPEI_DAY.format(instant);
}
