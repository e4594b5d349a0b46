/** Calendar-day arithmetic on ISO dates (YYYY-MM-DD), free of time zones (R2: calendar days). */
function toUtc(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(toUtc(isoDate) + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round((toUtc(toIsoDate) - toUtc(fromIsoDate)) / 86_400_000);
}
