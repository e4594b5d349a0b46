import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { listInScope } from "../../../shared/authz/scoped-listing";
import { Deadline } from "../../../shared/deadlines/deadline.type";
import { notFound } from "../../../shared/errors";
import { Connection, connectionOf, PAGE_SIZE_DESCRIPTION, pageSize } from "../../../shared/graphql/connection";
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
    const page = await listInScope(context.dataSource, FollowUpRequest, { status }, { limit: pageSize(first ?? undefined), after }, (alias) => context.loaders.scopeOf("FollowUpRequest", alias));
    for (const { node } of page.edges) {
      context.loaders.followUpRequestById.prime(node.id, node);
    }
    return page;
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
