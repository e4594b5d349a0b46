import { readFileSync } from "fs";
import { relative, sep } from "path";

/** The parts of V8's .cpuprofile (written by node --cpu-prof) that the summary reads. */
interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ShareRow {
  readonly name: string;
  readonly ms: number;
  /** Of non-idle time. */
  readonly percent: number;
}

export interface FunctionRow extends ShareRow {
  readonly location: string;
  readonly group: string;
}

export interface ProfileSummary {
  /** True when only the samples of the measured run were counted (startup excluded). */
  readonly windowed: boolean;
  readonly sampledMs: number;
  readonly idleMs: number;
  readonly nonIdleMs: number;
  readonly groups: readonly ShareRow[];
  readonly functions: readonly FunctionRow[];
}

export function readCpuProfile(path: string): CpuProfile {
  const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<CpuProfile>;
  if (!Array.isArray(parsed.nodes) || !Array.isArray(parsed.samples) || !Array.isArray(parsed.timeDeltas) || typeof parsed.startTime !== "number") {
    throw new Error(`${path} is not a V8 CPU profile`);
  }
  return parsed as CpuProfile;
}

const IDLE = "(idle)";

/**
 * Where a function's time goes: the npm package that holds it (the innermost node_modules, so a
 * nested copy counts as itself), a top folder of this project, node's own code, or V8's pseudo
 * entries ((garbage collector), (program), (idle)).
 */
export function groupOf(frame: CallFrame, repoRoot: string): string {
  if (frame.url === "") {
    return frame.functionName.startsWith("(") ? frame.functionName : "node internals";
  }
  if (frame.url.startsWith("node:")) {
    return "node internals";
  }
  const path = frame.url.replace(/^file:\/\//, "");
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at !== -1) {
    const parts = path.slice(at + marker.length).split(sep);
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const inProject = relative(repoRoot, path);
  if (!inProject.startsWith("..") && inProject !== path) {
    return `project: ${inProject.split(sep)[0]}`;
  }
  return "other";
}

function locationOf(frame: CallFrame, repoRoot: string): string {
  if (frame.url === "") {
    return "(native)";
  }
  const path = frame.url.replace(/^file:\/\//, "");
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  const short = at !== -1 ? path.slice(at + marker.length) : path.startsWith(repoRoot) ? relative(repoRoot, path) : path;
  return `${short}:${frame.lineNumber + 1}`;
}

function rows(totals: ReadonlyMap<string, number>, nonIdleMs: number): ShareRow[] {
  return [...totals]
    .map(([name, ms]) => ({ name, ms, percent: nonIdleMs === 0 ? 0 : (100 * ms) / nonIdleMs }))
    .sort((left, right) => right.ms - left.ms);
}

/**
 * Self time by group and by function. A sample's time is the gap to the next sample (as DevTools
 * counts it). With a window (process.hrtime µs, the profile's clock), only the measured run
 * counts, not the process's start (ts-node compiling the project would otherwise dominate).
 */
export function summariseCpuProfile(profile: CpuProfile, repoRoot: string, topFunctions: number, window?: { startUs: number; endUs: number }): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const timestamps: number[] = [];
  let time = profile.startTime;
  for (const delta of profile.timeDeltas) {
    time += delta;
    timestamps.push(time);
  }
  const inWindow = (index: number): boolean => window === undefined || (timestamps[index] >= window.startUs && timestamps[index] <= window.endUs);
  // No sample inside the window (clocks disagree): count the whole profile and say so.
  const windowed = window !== undefined && timestamps.some((_, index) => inWindow(index));
  const selfByNode = new Map<number, number>();
  for (let index = 0; index < profile.samples.length; index += 1) {
    if (windowed && !inWindow(index)) {
      continue;
    }
    const next = index + 1 < timestamps.length ? timestamps[index + 1] : profile.endTime;
    const ms = Math.max(0, next - timestamps[index]) / 1000;
    selfByNode.set(profile.samples[index], (selfByNode.get(profile.samples[index]) ?? 0) + ms);
  }
  const groups = new Map<string, number>();
  const functions = new Map<string, { name: string; location: string; group: string; ms: number }>();
  let sampledMs = 0;
  let idleMs = 0;
  for (const [id, ms] of selfByNode) {
    const node = nodes.get(id);
    if (node === undefined) {
      continue;
    }
    sampledMs += ms;
    const group = groupOf(node.callFrame, repoRoot);
    if (group === IDLE) {
      idleMs += ms;
      continue;
    }
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const name = node.callFrame.functionName === "" ? "(anonymous)" : node.callFrame.functionName;
    const location = locationOf(node.callFrame, repoRoot);
    const key = `${name}@${location}`;
    const entry = functions.get(key) ?? { name, location, group, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  const nonIdleMs = sampledMs - idleMs;
  return {
    windowed,
    sampledMs,
    idleMs,
    nonIdleMs,
    groups: rows(groups, nonIdleMs),
    functions: [...functions.values()]
      .sort((left, right) => right.ms - left.ms)
      .slice(0, topFunctions)
      .map((entry) => ({ ...entry, percent: nonIdleMs === 0 ? 0 : (100 * entry.ms) / nonIdleMs })),
  };
}
