/** How the benchmarks print their figures in BENCHMARKS.md: counts with thousands separators, milliseconds to 2 or 1 decimals. */
export function n(value: number): string {
  return value.toLocaleString("en-US");
}

export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}
