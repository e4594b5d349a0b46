import { createLogger } from "../../shared/logger";
import { BackgroundJob, startJobLoops } from "../../shared/subgraph/jobs";

/** Issue #8: the runtime repeats each background job, one pass at a time, and stops cleanly. */
describe("background job loops", () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  function countingJob(intervalMs: number, passMs = 0): BackgroundJob & { passes: number; running: number; maxRunning: number } {
    const job = {
      name: "counting",
      intervalMs,
      passes: 0,
      running: 0,
      maxRunning: 0,
      runOnce: async () => {
        job.running += 1;
        job.maxRunning = Math.max(job.maxRunning, job.running);
        if (passMs > 0) {
          await new Promise<void>((resolve) => setTimeout(resolve, passMs));
        }
        job.passes += 1;
        job.running -= 1;
      },
    };
    return job;
  }

  it("should run a first pass at once and then one per interval after each pass ends", async () => {
    const job = countingJob(1000);
    const loops = startJobLoops([job], createLogger("test"));
    await jest.advanceTimersByTimeAsync(0);
    expect(job.passes).toBe(1);
    await jest.advanceTimersByTimeAsync(999);
    expect(job.passes).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(job.passes).toBe(2);
    await jest.advanceTimersByTimeAsync(3000);
    expect(job.passes).toBe(5);
    await loops.stop();
  });

  it("should never overlap a job with itself, even when a pass outlasts the interval", async () => {
    const job = countingJob(10, 500);
    const loops = startJobLoops([job], createLogger("test"));
    await jest.advanceTimersByTimeAsync(5000);
    expect(job.maxRunning).toBe(1);
    // Each cycle is 500 ms of work plus 10 ms of pause: 9 passes end within 5 s.
    expect(job.passes).toBe(9);
    const stopped = loops.stop();
    await jest.advanceTimersByTimeAsync(500);
    await stopped;
  });

  it("should keep going after a failed pass", async () => {
    let calls = 0;
    const job: BackgroundJob = {
      name: "flaky",
      intervalMs: 100,
      runOnce: async () => {
        calls += 1;
        if (calls === 1) {
          throw Object.assign(new Error("boom"), { code: "57P01" });
        }
      },
    };
    const loops = startJobLoops([job], createLogger("test"));
    await jest.advanceTimersByTimeAsync(250);
    expect(calls).toBe(3);
    await loops.stop();
  });

  it("should wait for a pass in flight on stop and run no more afterwards", async () => {
    const job = countingJob(10, 300);
    const loops = startJobLoops([job], createLogger("test"));
    await jest.advanceTimersByTimeAsync(100);
    expect(job.running).toBe(1);
    const stopped = loops.stop();
    await jest.advanceTimersByTimeAsync(200);
    await stopped;
    expect(job.passes).toBe(1);
    await jest.advanceTimersByTimeAsync(5000);
    expect(job.passes).toBe(1);
  });
});
