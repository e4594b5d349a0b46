/** Today's date in Taipei as YYYY-MM-DD, whatever the browser's own zone: the server's dates are Taipei's (A10: not in the future). */
export function taipeiToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Taipei", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
