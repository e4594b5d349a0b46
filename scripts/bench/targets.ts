import { UNIFIED_PERSON_QUERY, UNIFIED_PERSONS_QUERY } from "../operations/unified-view";
import { LoadTarget } from "./load";

/** The two views the benchmark measures, each through the gateway and through the floor. */
export interface ViewTargets {
  readonly view: "person" | "page";
  readonly label: string;
  readonly gateway: LoadTarget;
  readonly floor: LoadTarget;
}

export interface TargetOptions {
  readonly gatewayPort: number;
  readonly floorPort: number;
  readonly token: string;
  readonly personId: string;
  readonly pageSize: number;
  /**
   * The caller's district, also the page's district filter: since issue #4 a district officer's
   * list also holds persons only visited in the district, whose household (another district's)
   * the officer may not read, and those answer FORBIDDEN. README's first query filters the same way.
   */
  readonly district: string;
}

/** Issue #4: a search across persons must say why (recorded in each agency's audit log). */
const PURPOSE = "benchmark";

export function buildTargets(options: TargetOptions): readonly ViewTargets[] {
  const gatewayHeaders = { "content-type": "application/json", authorization: `Bearer ${options.token}`, "x-purpose": PURPOSE };
  const floorHeaders = { "content-type": "application/json" };
  const gatewayUrl = `http://127.0.0.1:${options.gatewayPort}/graphql`;
  return [
    {
      view: "person",
      label: "person(id): one person's unified case view",
      gateway: {
        name: "gateway-person",
        url: gatewayUrl,
        headers: gatewayHeaders,
        body: JSON.stringify({ query: UNIFIED_PERSON_QUERY, variables: { id: options.personId } }),
      },
      floor: { name: "floor-person", url: `http://127.0.0.1:${options.floorPort}/person`, headers: floorHeaders, body: JSON.stringify({ id: options.personId }) },
    },
    {
      view: "page",
      label: `persons(first: ${options.pageSize}, filter: {district: "${options.district}", newImmigrant: true}): a page of unified views`,
      gateway: {
        name: `gateway-page${options.pageSize}`,
        url: gatewayUrl,
        headers: gatewayHeaders,
        body: JSON.stringify({ query: UNIFIED_PERSONS_QUERY, variables: { first: options.pageSize, filter: { district: options.district, newImmigrant: true } } }),
      },
      floor: {
        name: `floor-page${options.pageSize}`,
        url: `http://127.0.0.1:${options.floorPort}/persons`,
        headers: floorHeaders,
        body: JSON.stringify({ first: options.pageSize }),
      },
    },
  ];
}

export interface CheckedResponse {
  readonly bytes: number;
  readonly data: Record<string, unknown>;
}

/** Sends the target's request once; throws unless it is a 2xx with `data` and no GraphQL errors. */
export async function checkOnce(target: LoadTarget): Promise<CheckedResponse> {
  const response = await fetch(target.url, { method: "POST", headers: { ...target.headers }, body: target.body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${target.name}: HTTP ${response.status}, body is not JSON: ${text.slice(0, 300)}`);
  }
  const body = typeof parsed === "object" && parsed !== null ? (parsed as { data?: unknown; errors?: unknown }) : {};
  if (response.status < 200 || response.status >= 300 || body.errors !== undefined) {
    throw new Error(`${target.name}: HTTP ${response.status}, errors ${JSON.stringify(body.errors ?? null).slice(0, 500)}`);
  }
  if (typeof body.data !== "object" || body.data === null) {
    throw new Error(`${target.name}: no data in the response`);
  }
  return { bytes: Buffer.byteLength(text), data: body.data as Record<string, unknown> };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first path where two JSON values differ, or null when they are equal (key order aside). */
export function firstDifference(left: unknown, right: unknown, path = "data"): string | null {
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length !== right.length) {
      return `${path}: ${left.length} vs ${right.length} items`;
    }
    for (let index = 0; index < left.length; index += 1) {
      const difference = firstDifference(left[index], right[index], `${path}[${index}]`);
      if (difference !== null) {
        return difference;
      }
    }
    return null;
  }
  if (isRecord(left) && isRecord(right)) {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) {
      const difference = firstDifference(left[key], right[key], `${path}.${key}`);
      if (difference !== null) {
        return difference;
      }
    }
    return null;
  }
  return left === right ? null : `${path}: ${JSON.stringify(left)} vs ${JSON.stringify(right)}`;
}

export interface ShapeCheck {
  readonly view: string;
  readonly gatewayBytes: number;
  readonly floorBytes: number;
  /** null when the floor's data equals the gateway's, value for value. */
  readonly difference: string | null;
}

/**
 * The floor must answer the same view, or the ratio compares different work. Required (fails the
 * bench): the same top-level person keys, the same number of page edges. Reported: the first value
 * that differs, if any.
 */
export async function compareShapes(targets: ViewTargets): Promise<ShapeCheck> {
  const gateway = await checkOnce(targets.gateway);
  const floor = await checkOnce(targets.floor);
  if (targets.view === "person") {
    const gatewayPerson = gateway.data.person;
    const floorPerson = floor.data.person;
    if (!isRecord(gatewayPerson) || !isRecord(floorPerson)) {
      throw new Error("person: the gateway or the floor answered no person");
    }
    const gatewayKeys = Object.keys(gatewayPerson).join(",");
    const floorKeys = Object.keys(floorPerson).join(",");
    if (gatewayKeys !== floorKeys) {
      throw new Error(`person: the floor's keys differ from the gateway's\n  gateway: ${gatewayKeys}\n  floor:   ${floorKeys}`);
    }
  } else {
    const edgesOf = (data: Record<string, unknown>): number => {
      const persons = data.persons;
      return isRecord(persons) && Array.isArray(persons.edges) ? persons.edges.length : -1;
    };
    const gatewayEdges = edgesOf(gateway.data);
    const floorEdges = edgesOf(floor.data);
    if (gatewayEdges !== floorEdges || gatewayEdges <= 0) {
      throw new Error(`page: the gateway answered ${gatewayEdges} edges, the floor ${floorEdges}`);
    }
  }
  return {
    view: targets.view,
    gatewayBytes: gateway.bytes,
    floorBytes: floor.bytes,
    difference: firstDifference(gateway.data, floor.data),
  };
}
