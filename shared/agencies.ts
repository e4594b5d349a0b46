import { ConfigError } from "./config";

/**
 * One line per agency (issue #7, D11): the gateway's URLs, the platform's subgraphs, composition,
 * the demo data and the deployment files are all derived from, or checked against, this list.
 * Names and ports only, so the gateway may import it without importing subgraph code (D8).
 */
export interface Agency {
  /** The subgraph's name in the supergraph, its docker-compose service and its folder under subgraphs/. */
  readonly name: string;
  /** Default port of its subgraph; `<NAME>_PORT` overrides it (agency-config.ts). */
  readonly port: number;
  /** Its PostgreSQL schema (and database in docker-compose): only its subgraph reads and writes it (D1). */
  readonly schema: string;
  /** The agency as the seed documents name it. */
  readonly title: string;
  /**
   * It owns statutory steps with deadlines (D9): the calendar owner hands each city closure to its
   * intake (`receive<Name>OfficeClosure`, issue #8), so its deadlines move within a minute.
   */
  readonly ownsDeadlines?: boolean;
}

export const AGENCIES = [
  { name: "household", port: 4001, schema: "household", title: "戶政", ownsDeadlines: true },
  { name: "district", port: 4002, schema: "district", title: "區公所", ownsDeadlines: true },
  { name: "social", port: 4003, schema: "social", title: "社會局" },
  { name: "health", port: 4004, schema: "health", title: "衛生局" },
  { name: "calendar", port: 4005, schema: "calendar", title: "臺北市政府人事處" },
  { name: "civil-affairs", port: 4006, schema: "civil_affairs", title: "民政局" },
  // Issue #12 (B2, B9, D11): the search requests to the precincts, with their 7-day and 1-month deadlines.
  { name: "police", port: 4007, schema: "police", title: "臺北市政府警察局", ownsDeadlines: true },
] as const satisfies readonly Agency[];

export type AgencyName = (typeof AGENCIES)[number]["name"];

export const AGENCY_NAMES: readonly AgencyName[] = AGENCIES.map((agency) => agency.name);

/** `civil-affairs` → `CIVIL_AFFAIRS`: the prefix of the agency's environment variables. */
/** The agencies whose deadlines count on the office calendar (D9): the receivers of its closures. */
export function deadlineOwners(): readonly Agency[] {
  return AGENCIES.filter((agency: Agency) => agency.ownsDeadlines === true);
}

export function envPrefixOf(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}

export function agencyNamed(name: string): Agency {
  const agency = AGENCIES.find((candidate) => candidate.name === name);
  if (agency === undefined) {
    throw new ConfigError(`Unknown agency "${name}": expected one of ${AGENCY_NAMES.join(", ")} (shared/agencies.ts)`);
  }
  return agency;
}
