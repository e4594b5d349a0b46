import { Field, ID, ObjectType } from "type-graphql";
import { notFound } from "../errors";
import { requireUuid } from "../graphql/ids";

/**
 * The one way to write a federation stub (issue #7): an entity another agency owns (D2: household's
 * Person, D3: the district's CareCase, household's ConsentInquiry) that this subgraph keeps no row
 * of, only the key its own rows point to; it adds its own fields by field resolvers. Each subgraph
 * declares its stub under the owner's type name with `@key`:
 *
 *     @ObjectType()
 *     @Directive('@key(fields: "id")')
 *     export class Person extends EntityStub {}
 *
 * and registers `stubReference(Person)` as the type's reference resolver. The class stays the
 * subgraph's own: type-graphql's metadata is global, and a stub class shared by two subgraphs would
 * carry one subgraph's field resolvers into the other's schema.
 */
// Never in a schema itself: type-graphql emits only the types a schema reaches, and the stubs reach it only as their superclass.
@ObjectType()
export abstract class EntityStub {
  @Field(() => ID)
  readonly id: string;

  constructor(id: string) {
    this.id = id;
  }
}

// Type aliases, not interfaces: @apollo/subgraph's resolver map needs their implicit index signature.
export type StubReference<Stub> = {
  __resolveReference(reference: { id: string }): Stub;
};

/** `__resolveReference` of a stub: the gateway's key, checked, is all the subgraph needs to add its fields. */
export function stubReference<Stub extends EntityStub>(stub: new (id: string) => Stub): StubReference<Stub> {
  return { __resolveReference: (reference) => new stub(requireUuid(reference.id, "id")) };
}

export type LoadedReference<Row, Context> = {
  __resolveReference(reference: { id: string }, context: Context): Promise<Row | null>;
};

/** `__resolveReference` of an entity the subgraph owns: by key through a request's loader, so the gateway's batch is one query. */
export function loaderReference<Row, Context>(loader: (context: Context) => { load(id: string): Promise<Row | null> }): LoadedReference<Row, Context> {
  return { __resolveReference: (reference, context) => loader(context).load(requireUuid(reference.id, "id")) };
}

/**
 * As `loaderReference`, for an entity another agency keeps the key of after this one may have
 * purged it (issue #12: health's follow-ups and insurance statuses behind social's notices, D1): a
 * key with no row answers NOT_FOUND at that path (as the district's care case, issue #9), so the
 * client is told the record is gone rather than reading the stub with this agency's fields
 * silently empty.
 */
export function purgeableReference<Row, Context>(typeName: string, loader: (context: Context) => { load(id: string): Promise<Row | null> }): LoadedReference<Row, Context> {
  return {
    __resolveReference: async (reference, context) => {
      const row = await loader(context).load(requireUuid(reference.id, "id"));
      if (row === null) {
        throw notFound(typeName);
      }
      return row;
    },
  };
}
