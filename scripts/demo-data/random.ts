/**
 * A seeded pseudo-random source for the demo-data generator. Demo data must be reproducible: the
 * same seed gives the same families, identity numbers and dates on every machine, so a failing
 * demo or test can be replayed. `Math.random` and `crypto.randomUUID` are never used here.
 *
 * The generator is mulberry32 (32-bit state, period 2^32): small, fast and good enough for fake
 * data; it is not cryptographically secure and must never make tokens or secrets.
 */
export class SeededRandom {
  private state: number;

  /** A string seed is hashed (FNV-1a) so that readable seeds such as "demo-2024" work. */
  constructor(seed: number | string) {
    this.state = typeof seed === "number" ? seedFromNumber(seed) : seedFromString(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, maxInclusive]. */
  int(min: number, maxInclusive: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(maxInclusive) || min > maxInclusive) {
      throw new RangeError(`int(${min}, ${maxInclusive}): bounds must be integers with min <= max`);
    }
    return min + Math.floor(this.next() * (maxInclusive - min + 1));
  }

  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError("pick(): no items to pick from");
    }
    return items[this.int(0, items.length - 1)] as T;
  }

  /** One item, with probability proportional to its weight (weights need not sum to 1). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) {
      if (!(weight >= 0) || !Number.isFinite(weight)) {
        throw new RangeError(`weighted(): weight ${weight} is not a finite number >= 0`);
      }
      total += weight;
    }
    if (total <= 0) {
      throw new RangeError("weighted(): no entry has a positive weight");
    }
    let target = this.next() * total;
    for (const [item, weight] of entries) {
      if (target < weight) {
        return item;
      }
      target -= weight;
    }
    // Rounding can leave target a hair above the last weight: fall back to the last positive entry.
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const entry = entries[index] as readonly [T, number];
      if (entry[1] > 0) {
        return entry[0];
      }
    }
    throw new RangeError("weighted(): no entry has a positive weight");
  }

  /** True with probability p (0 never, 1 always). */
  chance(p: number): boolean {
    if (!(p >= 0 && p <= 1)) {
      throw new RangeError(`chance(${p}): probability must be in [0, 1]`);
    }
    return this.next() < p;
  }

  /** An RFC 4122 version-4-format UUID whose 122 random bits come from this generator. */
  uuid(): string {
    const bytes: number[] = [];
    for (let index = 0; index < 16; index += 1) {
      bytes.push(this.int(0, 255));
    }
    bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /**
   * A calendar date between the UTC calendar days of `from` and `to`, both included, as
   * `YYYY-MM-DD`. Days are counted in UTC so the result does not depend on the machine's zone.
   */
  dateBetween(from: Date, to: Date): string {
    const first = utcDayNumber(from);
    const last = utcDayNumber(to);
    if (Number.isNaN(first) || Number.isNaN(last) || first > last) {
      throw new RangeError("dateBetween(): needs two valid dates with from <= to");
    }
    return new Date(this.int(first, last) * DAY_MS).toISOString().slice(0, 10);
  }
}

const DAY_MS = 86_400_000;

function utcDayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

function seedFromNumber(seed: number): number {
  if (!Number.isFinite(seed)) {
    throw new RangeError(`seed ${seed} is not a finite number`);
  }
  // Mix the integer and fractional parts so 1 and 1.5 are different seeds.
  const whole = Math.trunc(seed);
  const fraction = Math.round((seed - whole) * 4294967296);
  return (whole ^ Math.imul(fraction, 0x9e3779b1)) >>> 0;
}

function seedFromString(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
