import { TAIPEI_DISTRICTS } from "../../../../shared/domain/districts";

/** One cell of a timeliness table grouped by DISTRICT (B12). */
export interface TimelinessCell {
  readonly area?: string | null;
  readonly outcome?: string | null;
  readonly count?: number | null;
  readonly suppressed?: boolean | null;
}

/** A step's on-time rate in one district: withheld when a figure it needs is, none when no step has ended yet. */
export type OnTimeRate = { readonly kind: "rate"; readonly onTime: number; readonly ended: number } | { readonly kind: "withheld" } | { readonly kind: "none" };

/** The steps that have ended: a step still OPEN is neither on time nor late yet (B12). */
const ENDED = ["MET_ON_TIME", "MET_LATE", "BREACHED"];

export function onTimeRateOf(cells: readonly TimelinessCell[], area: string): OnTimeRate {
  const ended = cells.filter((cell) => cell.area === area && ENDED.includes(cell.outcome ?? ""));
  if (ended.some((cell) => cell.suppressed === true || cell.count === null || cell.count === undefined)) {
    return { kind: "withheld" };
  }
  const total = ended.reduce((sum, cell) => sum + (cell.count ?? 0), 0);
  if (total === 0) {
    return { kind: "none" };
  }
  const onTime = ended.filter((cell) => cell.outcome === "MET_ON_TIME").reduce((sum, cell) => sum + (cell.count ?? 0), 0);
  return { kind: "rate", onTime, ended: total };
}

/** The districts any table has a figure for, in the city's order (A1). */
export function districtsIn(tables: readonly (readonly TimelinessCell[])[]): { code: string; name: string }[] {
  const present = new Set(tables.flatMap((cells) => cells.map((cell) => cell.area)));
  return TAIPEI_DISTRICTS.filter((district) => present.has(district.code)).map((district) => ({ code: district.code, name: district.name }));
}

/** 100.0%（3/3）: the share and the counts it comes from. */
export function printedRate(rate: OnTimeRate): string {
  switch (rate.kind) {
    case "withheld":
      return "＊";
    case "none":
      return "尚無到期";
    case "rate":
      return `${((rate.onTime / rate.ended) * 100).toFixed(1)}%（${rate.onTime}/${rate.ended}）`;
  }
}
