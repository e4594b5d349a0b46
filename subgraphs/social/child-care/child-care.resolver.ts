import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { markInScope, onlyInScope } from "../../../shared/authz/row-scope";
import { Deadline } from "../../../shared/deadlines";
import { ChildCareCategory, ChildCareExclusionReason, SearchReason } from "../../../shared/domain/child-care";
import { PAGE_SIZE_DESCRIPTION, pageSize } from "../../../shared/graphql/connection";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import type { SocialContext } from "../loaders";
import { Person } from "../person/person.stub";
import { SOCIAL_SCHEMA } from "../schema-name";
import { ChildCareCase, ChildCareMerge, ChildCareNotice, ChildCareRecordMatch, ChildCareRequest, ChildFound } from "./child-care.entities";
import { ChildCareCaseStatus } from "./child-care.enums";
import { importChildrenInCustody, importEntryExitRecords, importNotEnrolledChildren } from "./child-care.imports";
import {
  ChildCareExclusion,
  ChildCareExclusionCount,
  ChildCareNoticeInput,
  ChildCareRecordMatchInput,
  ChildCareReviewInput,
  ChildCareVisitInput,
  ChildFoundInput,
  CustodyChildInput,
  EntryExitRecordInput,
  ImportReport,
  NotEnrolledChildInput,
} from "./child-care.inputs";
import { noticeCandidate, noticeDetails, takeNotice } from "./child-care.intake";
import { receiveChildFound, recordRecordMatch, recordVisit, requestFollowUp, requestSearch, reviewClosing, sendForReview, undoMerge } from "./child-care.work";

/** Read back through the caller's row scope: what they may see of what they changed. */
function reread(context: SocialContext, id: string): Promise<ChildCareCase | null> {
  return context.loaders.childCare.caseById.clear(id).load(id);
}

/** Issue #12 (B1, B9): social's child-care cases, their intake, screening, merges and case work. */
@Resolver(() => ChildCareCase)
export class ChildCareCaseResolver {
  @Query(() => ChildCareCase, { nullable: true, description: "A child-care case of the caller's unit" })
  childCareCase(@Arg("id", () => ID) id: string, @Ctx() context: SocialContext): Promise<ChildCareCase | null> {
    return context.loaders.childCare.caseById.load(id);
  }

  @Query(() => [ChildCareCase], { description: "The caller's unit's child-care cases, oldest received first" })
  async childCareCases(
    @Arg("status", () => ChildCareCaseStatus, { nullable: true }) status: ChildCareCaseStatus | undefined,
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | undefined,
    @Ctx() context: SocialContext,
  ): Promise<ChildCareCase[]> {
    const limit = pageSize(first ?? undefined);
    let query = context.dataSource.getRepository(ChildCareCase).createQueryBuilder("c").orderBy("c.receivedAt", "ASC").addOrderBy("c.id", "ASC").take(limit);
    if (status !== undefined && status !== null) {
      query = query.where("c.status = :status", { status });
    }
    const rows = markInScope(await onlyInScope(query, context.loaders.childCare.caseScope("c")).getMany());
    for (const row of rows) {
      context.loaders.childCare.caseById.prime(row.id, row);
    }
    return rows;
  }

  @Query(() => [ChildCareExclusion], { description: "B2–B6, R7: notices screened out before any unit saw them, newest first (no personal data)" })
  async childCareExclusions(
    @Arg("reason", () => ChildCareExclusionReason, { nullable: true }) reason: ChildCareExclusionReason | undefined,
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | undefined,
    @Ctx() context: SocialContext,
  ): Promise<ChildCareExclusion[]> {
    const rows = (await context.dataSource.query(
      `SELECT "id", "category", "exclusion_reason", "sender_service", "household_district_code", "noticed_on"::text AS "noticed_on", "screened_on"::text AS "screened_on"
         FROM "${SOCIAL_SCHEMA}"."child_care_notices"
        WHERE "exclusion_reason" IS NOT NULL AND ($1::text IS NULL OR "exclusion_reason" = $1)
        ORDER BY "received_at" DESC, "id" LIMIT $2`,
      [reason ?? null, pageSize(first ?? undefined)],
    )) as { id: string; category: ChildCareCategory; exclusion_reason: ChildCareExclusionReason; sender_service: string; household_district_code: string; noticed_on: string; screened_on: string }[];
    return rows.map((row) => ({
      id: row.id,
      category: row.category,
      reason: row.exclusion_reason,
      senderService: row.sender_service,
      householdDistrictCode: row.household_district_code,
      noticedOn: row.noticed_on,
      screenedOn: row.screened_on,
    }));
  }

  @Query(() => [ChildCareExclusionCount], { description: "Issue #12: how many notices each reason excluded (every reason listed, zero too)" })
  async childCareExclusionCounts(@Ctx() context: SocialContext): Promise<ChildCareExclusionCount[]> {
    const rows = (await context.dataSource.query(
      `SELECT "exclusion_reason", count(*)::int AS "count" FROM "${SOCIAL_SCHEMA}"."child_care_notices" WHERE "exclusion_reason" IS NOT NULL GROUP BY "exclusion_reason"`,
    )) as { exclusion_reason: string; count: number }[];
    const counts = new Map(rows.map((row) => [row.exclusion_reason, Number(row.count)]));
    return Object.values(ChildCareExclusionReason).map((reason) => ({ reason, count: counts.get(reason) ?? 0 }));
  }

  @FieldResolver(() => [ChildCareCategory], { description: "B1: every category the child's notices came in, in B1's order" })
  async categories(@Root() held: ChildCareCase, @Ctx() context: SocialContext): Promise<ChildCareCategory[]> {
    const notices = await context.loaders.childCare.noticesByCase.load(held.id);
    const present = new Set(notices.map((notice) => notice.category));
    return Object.values(ChildCareCategory).filter((category) => present.has(category));
  }

  @FieldResolver(() => [ChildCareNotice], { description: "The notices that reached this case, oldest first" })
  notices(@Root() held: ChildCareCase, @Ctx() context: SocialContext): Promise<ChildCareNotice[]> {
    return context.loaders.childCare.noticesByCase.load(held.id);
  }

  @FieldResolver(() => [ChildCareMerge], { description: "Notices merged into this case (undone ones too, with their new case)" })
  merges(@Root() held: ChildCareCase, @Ctx() context: SocialContext): Promise<ChildCareMerge[]> {
    return context.loaders.childCare.mergesByCase.load(held.id);
  }

  @FieldResolver(() => [ChildCareRecordMatch], { description: "B3: the platform records matched on the case" })
  recordMatches(@Root() held: ChildCareCase, @Ctx() context: SocialContext): Promise<ChildCareRecordMatch[]> {
    return context.loaders.childCare.matchesByCase.load(held.id);
  }

  @FieldResolver(() => [ChildCareRequest], { description: "B9: follow-ups and searches asked" })
  requests(@Root() held: ChildCareCase, @Ctx() context: SocialContext): Promise<ChildCareRequest[]> {
    return context.loaders.childCare.requestsByCase.load(held.id);
  }

  @FieldResolver(() => [ChildFound], { description: "B9: the police found the child" })
  found(@Root() held: ChildCareCase, @Ctx() context: SocialContext): Promise<ChildFound[]> {
    return context.loaders.childCare.foundByCase.load(held.id);
  }

  @FieldResolver(() => [Deadline], { description: "B9: the visit (10 days) and the report (30 days), on the working-day calendar (D9)" })
  deadlines(@Root() held: ChildCareCase, @Ctx() context: SocialContext): Promise<Deadline[]> {
    return context.loaders.childCare.deadlinesByCase.load(held.id);
  }

  @Mutation(() => ChildCareNotice, { description: "docs/programme-b.md: a sender's child-care notice; screened, then joined to the child's one case; idempotent by clientKey" })
  async receiveChildCareNotice(@Arg("input", () => ChildCareNoticeInput) input: ChildCareNoticeInput, @Ctx() context: SocialContext): Promise<ChildCareNotice> {
    // The policy let only a sender's service through (child-care.policy.ts): it is the notice's sender.
    const sender = context.principal.actingService ?? "";
    return takeNotice(context.dataSource, noticeCandidate({ clientKey: input.clientKey, category: input.category, noticedOn: input.noticedOn, child: input, details: noticeDetails(input) }, sender));
  }

  @Mutation(() => ChildFound, { description: "B9: the police found the child; the holding unit is notified at once; idempotent by clientKey" })
  receiveChildFound(@Arg("input", () => ChildFoundInput) input: ChildFoundInput, @Ctx() context: SocialContext): Promise<ChildFound> {
    return receiveChildFound(context.dataSource, input);
  }

  @Mutation(() => ChildCareMerge, { description: "Issue #12: undo a merge: the notice becomes a case of its own (recorded on the merge)" })
  undoChildCareMerge(@Arg("mergeId", () => ID) mergeId: string, @Ctx() context: SocialContext): Promise<ChildCareMerge> {
    return undoMerge(context.dataSource, context.principal, mergeId);
  }

  @Mutation(() => ChildCareRecordMatch, { description: "B3: record one platform record matched; one already recorded is returned, not repeated" })
  recordChildCareRecordMatch(@Arg("input", () => ChildCareRecordMatchInput) input: ChildCareRecordMatchInput, @Ctx() context: SocialContext): Promise<ChildCareRecordMatch> {
    return recordRecordMatch(context.dataSource, context.principal, input);
  }

  @Mutation(() => ChildCareRequest, { description: "B9: ask the district for a village chief or officer follow-up (its outbox delivers it)" })
  requestChildCareFollowUp(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("requestedOn", () => LocalDateScalar) requestedOn: string,
    @Ctx() context: SocialContext,
  ): Promise<ChildCareRequest> {
    return requestFollowUp(context.dataSource, context.principal, caseId, requestedOn);
  }

  @Mutation(() => ChildCareRequest, { description: "B9: ask the police to search (MISSING_CHILD or DIFFICULT_VISIT), after B3's matching" })
  requestChildCareSearch(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("reason", () => SearchReason) reason: SearchReason,
    @Arg("requestedOn", () => LocalDateScalar) requestedOn: string,
    @Ctx() context: SocialContext,
  ): Promise<ChildCareRequest> {
    return requestSearch(context.dataSource, context.principal, caseId, reason, requestedOn);
  }

  @Mutation(() => ChildCareCase, { nullable: true, description: "B9: the visit, assessment and treatment chosen (meets the 10-day visit deadline)" })
  async recordChildCareVisit(@Arg("input", () => ChildCareVisitInput) input: ChildCareVisitInput, @Ctx() context: SocialContext): Promise<ChildCareCase | null> {
    return reread(context, (await recordVisit(context.dataSource, input)).id);
  }

  @Mutation(() => ChildCareCase, { nullable: true, description: "B9: the finished report goes to the closing review (meets the 30-day report deadline)" })
  async sendChildCareCaseForReview(@Arg("caseId", () => ID) caseId: string, @Ctx() context: SocialContext): Promise<ChildCareCase | null> {
    return reread(context, (await sendForReview(context.dataSource, caseId)).id);
  }

  @Mutation(() => ChildCareCase, { nullable: true, description: "B9: the closing review: APPROVE closes (the child well), RETURN sends it back to work" })
  async reviewChildCareClosing(@Arg("input", () => ChildCareReviewInput) input: ChildCareReviewInput, @Ctx() context: SocialContext): Promise<ChildCareCase | null> {
    return reread(context, (await reviewClosing(context.dataSource, input)).id);
  }

  @Mutation(() => ImportReport, { description: "docs/feeds/entry-exit-records.md: the immigration agency's rows, once per row key" })
  importEntryExitRecords(@Arg("rows", () => [EntryExitRecordInput]) rows: EntryExitRecordInput[], @Ctx() context: SocialContext): Promise<ImportReport> {
    return importEntryExitRecords(context.dataSource, rows);
  }

  @Mutation(() => ImportReport, { description: "B11 (category 5): 附表二's not-enrolled first-graders, each row a screened notice" })
  importNotEnrolledChildren(@Arg("rows", () => [NotEnrolledChildInput]) rows: NotEnrolledChildInput[], @Ctx() context: SocialContext): Promise<ImportReport> {
    return importNotEnrolledChildren(context.dataSource, rows);
  }

  @Mutation(() => ImportReport, { description: "R8 (category 6): 附表三's children of persons in custody, each row a screened notice" })
  importChildrenInCustody(@Arg("rows", () => [CustodyChildInput]) rows: CustodyChildInput[], @Ctx() context: SocialContext): Promise<ImportReport> {
    return importChildrenInCustody(context.dataSource, rows);
  }
}

/** D2: the unified view of a child: its child-care case, when the caller's unit holds it. */
@Resolver(() => Person)
export class PersonChildCareResolver {
  @FieldResolver(() => ChildCareCase, { nullable: true, description: "Issue #12: the child's open (else latest) child-care case, held by the caller's unit (another unit's: denied but its id)" })
  async childCareCase(@Root() person: Person, @Ctx() context: SocialContext): Promise<ChildCareCase | null> {
    const cases = await context.loaders.childCare.casesByPerson.load(person.id);
    // The unit's own case first; none of its own: another unit's, which the policy denies but its key.
    const ours = cases.filter((held) => held.inScope === true);
    const candidates = ours.length > 0 ? ours : cases;
    return candidates.find((held) => held.status !== ChildCareCaseStatus.CLOSED) ?? candidates.at(-1) ?? null;
  }
}
