import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { listInScope } from "../../../shared/authz/scoped-listing";
import { Deadline } from "../../../shared/deadlines/deadline.type";
import { notFound } from "../../../shared/errors";
import { Connection, connectionOf, PAGE_SIZE_DESCRIPTION, pageSize } from "../../../shared/graphql/connection";
import { requireUuid } from "../../../shared/graphql/ids";
import type { PoliceContext } from "../loaders";
import { Person } from "../person/person.stub";
import { SearchRequest } from "./search-request.entity";
import { SearchRequestInput, SearchResultInput, SearchVisitInput } from "./search-request.input";
import { receiveSearchRequest, recordSearchResult, recordSearchVisit } from "./search-request.service";
import { SearchStatus } from "./search-status";

const SearchRequestConnection = connectionOf("SearchRequest", SearchRequest);

/** 協尋 (issue #12; B2, B9): the intake, the officers' steps and the lists, each under policy.ts. */
@Resolver(() => SearchRequest)
export class SearchRequestResolver {
  @Query(() => SearchRequest, { description: "B2, B9: one search request, by ID" })
  async searchRequest(@Arg("id", () => ID) id: string, @Ctx() context: PoliceContext): Promise<SearchRequest> {
    const request = await context.loaders.searchRequestById.load(requireUuid(id, "id"));
    if (request === null) {
      throw notFound("SearchRequest");
    }
    return request;
  }

  @Query(() => SearchRequestConnection, { description: "B2, B9: the search requests the caller may see, a page at a time, ordered by ID" })
  async searchRequests(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | undefined,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | undefined,
    @Arg("status", () => SearchStatus, { nullable: true }) status: SearchStatus | undefined,
    @Ctx() context: PoliceContext,
  ): Promise<Connection<SearchRequest>> {
    const page = await listInScope(context.dataSource, SearchRequest, { status }, { limit: pageSize(first ?? undefined), after }, (alias) => context.loaders.scopeOf("SearchRequest", alias));
    for (const { node } of page.edges) {
      context.loaders.searchRequestById.prime(node.id, node);
    }
    return page;
  }

  @FieldResolver(() => Person, { nullable: true, description: "The child as household's Person, when the requester named one" })
  person(@Root() request: SearchRequest): Person | null {
    return request.personId === null ? null : new Person(request.personId);
  }

  @FieldResolver(() => [Deadline], { description: "D9, B2: the visit (7 days) and the reply (1 month), on the office calendar" })
  deadlines(@Root() request: SearchRequest, @Ctx() context: PoliceContext): Promise<Deadline[]> {
    return context.loaders.deadlinesBySearchRequest.load(request.id);
  }

  @Mutation(() => SearchRequest, { description: "B2, B9 (D3): household or social asks the police of the household district to find a child; idempotent by clientKey" })
  async receiveSearchRequest(@Arg("input", () => SearchRequestInput) input: SearchRequestInput, @Ctx() context: PoliceContext): Promise<SearchRequest | null> {
    const request = await receiveSearchRequest(context.dataSource, context.principal, input);
    // Read back through the caller's row scope: what the sender may see of what it sent.
    return context.loaders.searchRequestById.load(request.id);
  }

  @Mutation(() => SearchRequest, { description: "B2: the officers' visit (within 7 days)" })
  async recordSearchVisit(@Arg("input", () => SearchVisitInput) input: SearchVisitInput, @Ctx() context: PoliceContext): Promise<SearchRequest | null> {
    const request = await recordSearchVisit(context.dataSource, input);
    return context.loaders.searchRequestById.clear(request.id).load(request.id);
  }

  @Mutation(() => SearchRequest, { description: "B2, B9: the search's result (within 1 month); FOUND goes to social at once, the reply to a household office that asked" })
  async recordSearchResult(@Arg("input", () => SearchResultInput) input: SearchResultInput, @Ctx() context: PoliceContext): Promise<SearchRequest | null> {
    const request = await recordSearchResult(context.dataSource, context.principal, input);
    return context.loaders.searchRequestById.clear(request.id).load(request.id);
  }
}

/** The police's part of the unified view (D2): the search requests that named the person, under the caller's row scope. */
@Resolver(() => Person)
export class PersonSearchRequestsResolver {
  @FieldResolver(() => [SearchRequest], { nullable: true, description: "B2, B9: search requests to the police that named this person, by arrival" })
  searchRequests(@Root() person: Person, @Ctx() context: PoliceContext): Promise<SearchRequest[]> {
    return context.loaders.searchRequestsByPerson.load(person.id);
  }
}
