/** Today in Taipei as YYYY-MM-DD (R2): the default of a form's date, whatever the browser's own time zone. */
export function taipeiToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Taipei", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
