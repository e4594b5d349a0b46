import "reflect-metadata";
import { Agency, AGENCIES, AgencyName } from "../../shared/agencies";
import { ConfigError } from "../../shared/config";
import { SubgraphDefinition } from "../../shared/subgraph/definition";
import { calendarSubgraph } from "../../subgraphs/calendar";
import { districtSubgraph } from "../../subgraphs/district";
import { healthSubgraph } from "../../subgraphs/health";
import { householdSubgraph } from "../../subgraphs/household";
import { socialSubgraph } from "../../subgraphs/social";

/**
 * Each agency's subgraph code, by its name in the agency registry (shared/agencies.ts). Kept apart
 * from the registry so the gateway can read names and ports without importing subgraphs (D8).
 */
const DEFINITIONS: Readonly<Record<AgencyName, SubgraphDefinition<unknown>>> = {
  household: householdSubgraph as SubgraphDefinition<unknown>,
  district: districtSubgraph as SubgraphDefinition<unknown>,
  social: socialSubgraph as SubgraphDefinition<unknown>,
  health: healthSubgraph as SubgraphDefinition<unknown>,
  calendar: calendarSubgraph as SubgraphDefinition<unknown>,
};

export interface SubgraphEntry {
  readonly agency: Agency;
  readonly definition: SubgraphDefinition<unknown>;
}

/**
 * Pairs the registry with the definitions, in the registry's order. Every agency has exactly one
 * definition and every definition an agency, under the same name and schema; anything else is a
 * ConfigError at start-up (issue #7: a missing agency is an error, never a silent gap).
 */
export function pairSubgraphs(agencies: readonly Agency[], definitions: Readonly<Record<string, SubgraphDefinition<unknown>>>): SubgraphEntry[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const agency of agencies) {
    if (seen.has(agency.name)) {
      problems.push(`${agency.name} is listed twice in the registry`);
    }
    seen.add(agency.name);
    const definition = definitions[agency.name];
    if (definition === undefined) {
      problems.push(`${agency.name} has no subgraph definition`);
    } else if (definition.name !== agency.name) {
      problems.push(`${agency.name}'s definition is named ${definition.name}`);
    } else if (definition.database.schema !== agency.schema) {
      problems.push(`${agency.name}'s definition uses schema ${definition.database.schema}, the registry says ${agency.schema}`);
    }
  }
  for (const name of Object.keys(definitions)) {
    if (!seen.has(name)) {
      problems.push(`${name} has a subgraph definition but no line in the registry`);
    }
  }
  if (problems.length > 0) {
    throw new ConfigError(`The agency registry (shared/agencies.ts) and scripts/platform/subgraphs.ts disagree: ${problems.join("; ")}`);
  }
  return agencies.map((agency) => ({ agency, definition: definitions[agency.name] }));
}

/** Every agency's subgraph: what `npm start`, serve-subgraph, compose, seed and the tests build from. */
export const SUBGRAPHS: readonly SubgraphEntry[] = pairSubgraphs(AGENCIES, DEFINITIONS);

export function subgraphNamed(name: string): SubgraphEntry {
  const entry = SUBGRAPHS.find((candidate) => candidate.agency.name === name);
  if (entry === undefined) {
    throw new ConfigError(`No subgraph named "${name}": expected one of ${SUBGRAPHS.map((candidate) => candidate.agency.name).join(", ")}`);
  }
  return entry;
}
