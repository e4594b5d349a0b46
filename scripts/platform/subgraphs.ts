import "reflect-metadata";
import { readdirSync } from "fs";
import { join } from "path";
import { Agency, AGENCIES } from "../../shared/agencies";
import { ConfigError } from "../../shared/config";
import { SubgraphDefinition } from "../../shared/subgraph/definition";

const SUBGRAPHS_DIR = join(__dirname, "..", "..", "subgraphs");

function isDefinition(value: unknown): value is SubgraphDefinition<unknown> {
  return typeof value === "object" && value !== null && "name" in value && "database" in value && "policy" in value && "buildSchema" in value;
}

/**
 * Each agency's subgraph code, found by convention (issue #7: adding an agency is one folder and
 * one registry line): every folder under subgraphs/ is an agency whose index exports exactly one
 * SubgraphDefinition. Kept apart from the registry so the gateway reads names and ports without
 * importing subgraphs (D8); pairSubgraphs then checks the two against each other.
 */
function definitionsByFolder(): Record<string, SubgraphDefinition<unknown>> {
  const folders = readdirSync(SUBGRAPHS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Object.fromEntries(
    folders.map((folder) => {
      // A dynamic require is the convention itself: the folder's name is only known at run time.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(join(SUBGRAPHS_DIR, folder)) as Record<string, unknown>;
      const definitions = Object.values(exported).filter(isDefinition);
      if (definitions.length !== 1) {
        throw new ConfigError(`subgraphs/${folder}/index.ts must export exactly one SubgraphDefinition (it exports ${definitions.length})`);
      }
      return [folder, definitions[0]];
    }),
  );
}

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
export const SUBGRAPHS: readonly SubgraphEntry[] = pairSubgraphs(AGENCIES, definitionsByFolder());

export function subgraphNamed(name: string): SubgraphEntry {
  const entry = SUBGRAPHS.find((candidate) => candidate.agency.name === name);
  if (entry === undefined) {
    throw new ConfigError(`No subgraph named "${name}": expected one of ${SUBGRAPHS.map((candidate) => candidate.agency.name).join(", ")}`);
  }
  return entry;
}
