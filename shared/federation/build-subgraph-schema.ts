import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { DocumentNode, GraphQLSchema, Kind, ObjectTypeDefinitionNode, ObjectTypeExtensionNode, parse, print, TypeNode, visit } from "graphql";
import { buildSchema, BuildSchemaOptions, createResolversMap } from "type-graphql";
import { describeMasks } from "../authz/describe";
import type { SubgraphPolicy } from "../authz/policy";

/** The Federation 2 link every subgraph declares; written once here so all agree on the version. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])';

export type ReferenceResolvers = GraphQLResolverMap<unknown>;

export interface FederatedSchemaOptions {
  readonly resolvers: BuildSchemaOptions["resolvers"];
  readonly orphanedTypes?: BuildSchemaOptions["orphanedTypes"];
  /** `__resolveReference` per entity type this subgraph owns or resolves. */
  readonly referenceResolvers?: ReferenceResolvers;
  /** The agency's policy: masked fields say so in their descriptions (issue #4). */
  readonly policy?: SubgraphPolicy;
}

export interface FederatedSchema {
  readonly schema: GraphQLSchema;
  /** The subgraph SDL, as composition reads it. */
  readonly sdl: string;
}

/**
 * Builds a subgraph schema from type-graphql classes (STACK.md): print the type-graphql schema
 * with its directives, prefix the federation link, and hand it to @apollo/subgraph with the
 * type-graphql resolvers and the reference resolvers (array form: the object form is gone in 2.15).
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<FederatedSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    validate: false,
  });
  if (options.policy !== undefined) {
    describeMasks(typeGraphqlSchema, options.policy);
  }
  const typeDefs = deniableFields(parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}`));
  const resolvers = mergeResolverMaps(createResolversMap(typeGraphqlSchema) as ReferenceResolvers, options.referenceResolvers ?? {});
  const schema = buildSubgraphSchema([{ typeDefs, resolvers }]);
  return { schema, sdl: print(typeDefs) };
}

function nullable(type: TypeNode): TypeNode {
  return type.kind === Kind.NON_NULL_TYPE ? type.type : type;
}

/**
 * Issue #4: any field may be denied to a caller, and a denied field answers null with a FORBIDDEN
 * error at its path while the rest of the query still answers. So every output field is nullable,
 * except the `id` keys that federation joins on (list items stay non-null).
 */
function deniableFields(document: DocumentNode): DocumentNode {
  const relax = <Node extends ObjectTypeDefinitionNode | ObjectTypeExtensionNode>(node: Node): Node => ({
    ...node,
    fields: node.fields?.map((field) => (field.name.value === "id" ? field : { ...field, type: nullable(field.type) })),
  });
  return visit(document, { ObjectTypeDefinition: relax, ObjectTypeExtension: relax });
}

function mergeResolverMaps(base: ReferenceResolvers, extra: ReferenceResolvers): ReferenceResolvers {
  const merged: ReferenceResolvers = { ...base };
  for (const [typeName, fields] of Object.entries(extra)) {
    const existing = merged[typeName];
    merged[typeName] = typeof existing === "object" && existing !== null ? Object.assign({}, existing, fields) : fields;
  }
  return merged;
}
