import autocannon from "autocannon";

/** One HTTP request the load generator repeats: the same bytes every time. */
export interface LoadTarget {
  readonly name: string;
  readonly url: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface LoadOptions {
  readonly connections: number;
  /** Unmeasured lead-in at the same concurrency: JIT, pools and, at N connections, a steady queue. */
  readonly warmupSeconds: number;
  /** The measured window. */
  readonly seconds: number;
  /** Called synchronously when the measured window opens and closes (e.g. to read CPU counters). */
  readonly onWindowStart?: () => void;
  readonly onWindowEnd?: () => void;
}

export interface LoadResult {
  readonly connections: number;
  /** Length of the measured window. */
  readonly seconds: number;
  /** Responses completed inside the window. */
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  /** Over the whole run, warm-up included: any of these fails the bench. */
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  /** Responses whose body carried GraphQL `errors`. */
  readonly withErrors: number;
  /** The first such body's `errors` (codes and messages carry no personal data), to say what failed. */
  readonly firstErrors?: string;
  /** process.hrtime of the window's start and end, in µs: the clock of a --cpu-prof profile. */
  readonly startedUs: number;
  readonly endedUs: number;
}

/** A response that takes longer than this is a failure, not a data point (a page queued behind 49 others takes seconds). */
const REQUEST_TIMEOUT_SECONDS = 60;
/** The window must open within this time after the warm-up, or the target never reached a steady state. */
const STEADY_STATE_LIMIT_SECONDS = 60;

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  // Nearest rank: the smallest value with at least `fraction` of the samples at or below it.
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1];
}

function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/**
 * Runs autocannon (programmatic API, in this process) against one target and measures a window
 * that opens once the warm-up is over AND every connection has had a response: a closed loop of N
 * connections starts with N requests at once, and until they come back the server has answered
 * nothing, which would bias the rate low for slow targets. The window's latencies come from
 * autocannon's per-response times, not its histogram, which records whole milliseconds.
 */
export function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const startedAt = nowUs();
  const windowUs = options.seconds * 1e6;
  let responses = 0;
  let windowStart: number | undefined;
  let windowEnd: number | undefined;
  let firstErrors: string | undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: "POST",
        headers: { ...target.headers },
        body: target.body,
        connections: options.connections,
        // An upper bound only: the run is stopped when the window closes.
        duration: options.warmupSeconds + options.seconds + STEADY_STATE_LIMIT_SECONDS,
        timeout: REQUEST_TIMEOUT_SECONDS,
        // A GraphQL error comes back as 200: count bodies that carry one as mismatches.
        verifyBody: (body) => {
          if (typeof body === "string" && body.includes('"errors"')) {
            firstErrors ??= body.slice(0, 2000);
            return false;
          }
          return true;
        },
      },
      (error: unknown, result: autocannon.Result) => {
        if (error !== null && error !== undefined) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (windowStart === undefined || windowEnd === undefined) {
          reject(new Error(`${target.name} at ${options.connections} connection(s): no steady state within ${STEADY_STATE_LIMIT_SECONDS} s (${responses} responses, ${result.errors} errors, ${result.timeouts} timeouts)`));
          return;
        }
        const sorted = Float64Array.from(latencies).sort();
        const windowSeconds = (windowEnd - windowStart) / 1e6;
        resolve({
          connections: options.connections,
          seconds: windowSeconds,
          requests: latencies.length,
          requestsPerSecond: latencies.length / windowSeconds,
          p50Ms: percentile(sorted, 0.5),
          p99Ms: percentile(sorted, 0.99),
          meanMs: latencies.length === 0 ? Number.NaN : latencies.reduce((sum, value) => sum + value, 0) / latencies.length,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          withErrors: result.mismatches,
          firstErrors,
          startedUs: windowStart,
          endedUs: windowEnd,
        });
      },
    );
    instance.on("response", (_client, _statusCode, _bytes, responseTime) => {
      responses += 1;
      const now = nowUs();
      if (windowStart === undefined) {
        if (responses >= options.connections && now - startedAt >= options.warmupSeconds * 1e6) {
          windowStart = now;
          options.onWindowStart?.();
        }
        return;
      }
      if (windowEnd !== undefined) {
        // autocannon stops on its next tick: later responses are outside the window.
        return;
      }
      if (now - windowStart >= windowUs) {
        windowEnd = now;
        options.onWindowEnd?.();
        instance.stop();
        return;
      }
      latencies.push(responseTime);
    });
  });
}

/** Fails loudly: a benchmark of error responses measures nothing. */
export function assertClean(target: LoadTarget, result: LoadResult): void {
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || result.withErrors > 0) {
    throw new Error(
      `${target.name} at ${result.connections} connection(s): ${result.non2xx} non-2xx, ${result.errors} errors, ` +
        `${result.timeouts} timeouts, ${result.withErrors} responses with GraphQL errors${result.firstErrors === undefined ? "" : `, the first: ${result.firstErrors}`}`,
    );
  }
  if (result.requests === 0) {
    throw new Error(`${target.name} at ${result.connections} connection(s): no response in the measured window`);
  }
}
