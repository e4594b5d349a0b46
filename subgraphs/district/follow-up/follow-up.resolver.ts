import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { markInScope, onlyInScope } from "../../../shared/authz/row-scope";
import { Deadline } from "../../../shared/deadlines/deadline.type";
import { notFound } from "../../../shared/errors";
import { Connection, connectionOf, decodeCursor, PAGE_SIZE_DESCRIPTION, pageSize, toConnection } from "../../../shared/graphql/connection";
import { requireUuid } from "../../../shared/graphql/ids";
import type { DistrictContext } from "../loaders";
import { FollowUpStatus } from "./follow-up-status";
import { FollowUpRequest } from "./follow-up.entity";
import { FollowUpRequestInput, FollowUpResultInput } from "./follow-up.input";
import { assignFollowUpOfficer, receiveFollowUpRequest, recordFollowUpResult } from "./follow-up.service";

const FollowUpRequestConnection = connectionOf("FollowUpRequest", FollowUpRequest);

/** 村里追蹤 (issue #12; B2, B9): the intake, 人文課's assignment, the 里幹事's follow-up and the lists, each under policy.ts. */
@Resolver(() => FollowUpRequest)
export class FollowUpRequestResolver {
  @Query(() => FollowUpRequest, { description: "B2, B9: one follow-up request, by ID" })
  async followUpRequest(@Arg("id", () => ID) id: string, @Ctx() context: DistrictContext): Promise<FollowUpRequest> {
    const request = await context.loaders.followUpRequestById.load(requireUuid(id, "id"));
    if (request === null) {
      throw notFound("FollowUpRequest");
    }
    return request;
  }

  @Query(() => FollowUpRequestConnection, { description: "B2, B9: the follow-up requests the caller may see, a page at a time, ordered by ID" })
  async followUpRequests(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | undefined,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | undefined,
    @Arg("status", () => FollowUpStatus, { nullable: true }) status: FollowUpStatus | undefined,
    @Ctx() context: DistrictContext,
  ): Promise<Connection<FollowUpRequest>> {
    const limit = pageSize(first ?? undefined);
    // Row scope first (issue #4): a list never shows, nor counts, a request the caller may not see.
    const query = onlyInScope(context.dataSource.getRepository(FollowUpRequest).createQueryBuilder("request"), context.loaders.scopeOf("FollowUpRequest", "request"));
    if (status !== undefined && status !== null) {
      query.andWhere("request.status = :status", { status });
    }
    const totalCount = await query.clone().getCount();
    if (after !== undefined && after !== null) {
      query.andWhere("request.id > :after", { after: requireUuid(decodeCursor(after), "after") });
    }
    const rows = markInScope(await query.orderBy("request.id", "ASC").limit(limit + 1).getMany());
    for (const row of rows) {
      context.loaders.followUpRequestById.prime(row.id, row);
    }
    return toConnection(rows, limit, (request) => request.id, totalCount);
  }

  @FieldResolver(() => [Deadline], { description: "D9, B2: the reply within 1 month, on the office calendar" })
  deadlines(@Root() request: FollowUpRequest, @Ctx() context: DistrictContext): Promise<Deadline[]> {
    return context.loaders.deadlinesByFollowUpRequest.load(request.id);
  }

  @Mutation(() => FollowUpRequest, { description: "B2, B9 (D3): household or social asks the district office of the household district to follow a child up; idempotent by clientKey" })
  async receiveFollowUpRequest(@Arg("input", () => FollowUpRequestInput) input: FollowUpRequestInput, @Ctx() context: DistrictContext): Promise<FollowUpRequest | null> {
    const request = await receiveFollowUpRequest(context.dataSource, context.principal, input);
    // Read back through the caller's row scope: what the sender may see of what it sent.
    return context.loaders.followUpRequestById.load(request.id);
  }

  @Mutation(() => FollowUpRequest, { description: "B2, B9: 人文課 assigns the 里幹事 who follows the child up" })
  async assignFollowUpOfficer(
    @Arg("followUpRequestId", () => ID) followUpRequestId: string,
    @Arg("officerId", { description: "The officer's staff identifier (token subject)" }) officerId: string,
    @Arg("officerName") officerName: string,
    @Ctx() context: DistrictContext,
  ): Promise<FollowUpRequest | null> {
    const request = await assignFollowUpOfficer(context.dataSource, followUpRequestId, officerId, officerName);
    return context.loaders.followUpRequestById.clear(request.id).load(request.id);
  }

  @Mutation(() => FollowUpRequest, { description: "B2, B9: the follow-up (met or not, when, where the child is, notes), replied to the requester within 1 month" })
  async recordFollowUpResult(@Arg("input", () => FollowUpResultInput) input: FollowUpResultInput, @Ctx() context: DistrictContext): Promise<FollowUpRequest | null> {
    const request = await recordFollowUpResult(context.dataSource, context.principal, input);
    return context.loaders.followUpRequestById.clear(request.id).load(request.id);
  }
}
