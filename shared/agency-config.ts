import { Agency, envPrefixOf } from "./agencies";
import { envOptional, envPort } from "./config";

/** `<NAME>_PORT`, else the registry's port; validated like every other port (envPort). */
export function agencyPort(agency: Agency): number {
  return envPort(`${envPrefixOf(agency.name)}_PORT`, agency.port);
}

/** Where the gateway finds the agency's subgraph: `<NAME>_URL`, else localhost on its port. */
export function agencyUrl(agency: Agency): string {
  return envOptional(`${envPrefixOf(agency.name)}_URL`) ?? `http://localhost:${agencyPort(agency)}/graphql`;
}
