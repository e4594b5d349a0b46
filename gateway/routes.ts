import { Kind, parse } from "graphql";
import { ConfigError } from "../shared/config";

/** The subgraph names a supergraph plans over: the `name` of each `join__Graph` value's `@join__graph`. */
export function subgraphNamesOf(supergraphSdl: string): string[] {
  const names: string[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== "join__Graph") {
      continue;
    }
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === "join__graph");
      const name = graph?.arguments?.find((argument) => argument.name.value === "name")?.value;
      if (name?.kind !== Kind.STRING) {
        throw new ConfigError(`The supergraph's join__Graph value ${value.name.value} names no subgraph`);
      }
      names.push(name.value);
    }
  }
  return names;
}

/**
 * The URL of every subgraph the supergraph plans over, from the gateway's own configuration.
 * Issue #7: a subgraph without one is refused at start-up — never routed to the URL written at
 * composition time or to a placeholder, which would fail only when a query first reaches it.
 */
export function subgraphRoutes(supergraphSdl: string, urls: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const names = subgraphNamesOf(supergraphSdl);
  const missing = names.filter((name) => !Object.hasOwn(urls, name));
  if (missing.length > 0) {
    throw new ConfigError(
      `No URL for subgraph ${missing.join(", ")} of the supergraph: add the agency to shared/agencies.ts (or set its <NAME>_URL), then run npm run compose`,
    );
  }
  return Object.fromEntries(names.map((name) => [name, urls[name]]));
}
