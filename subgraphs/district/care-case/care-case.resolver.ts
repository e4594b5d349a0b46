import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Deadline } from "../../../shared/deadlines/deadline.type";
import { notFound } from "../../../shared/errors";
import { connectionOf, PAGE_SIZE_DESCRIPTION, pageSize } from "../../../shared/graphql/connection";
import { requireUuid } from "../../../shared/graphql/ids";
import { ConsentInquiry } from "../consent-inquiry/consent-inquiry.entity";
import { HandoverLedger } from "../handover-ledger/handover-ledger.entity";
import { DistrictContext } from "../loaders";
import { Person } from "../person/person.entity";
import { VisitAttempt } from "../visit-attempt/visit-attempt.entity";
import { VisitRecord } from "../visit-record/visit-record.entity";
import { CareCase } from "./care-case.entity";
import { CareCaseFilter } from "./care-case.input";
import { assignVillageOfficer, listCareCases } from "./care-case.service";

export const CareCaseConnection = connectionOf("CareCase", CareCase);

/**
 * A case after a write, read back through the caller's row scope (issue #4): out of scope, every
 * field but `id` is denied. The request's cached copy and the case's children are dropped first,
 * so a second mutation of the same case in one operation returns what it wrote.
 */
export function readBack(context: DistrictContext, careCaseId: string): Promise<CareCase | null> {
  context.loaders.visitAttemptsByCareCase.clear(careCaseId);
  context.loaders.visitRecordByCareCase.clear(careCaseId);
  return context.loaders.careCaseById.clear(careCaseId).load(careCaseId);
}

@Resolver(() => CareCase)
export class CareCaseResolver {
  @Query(() => CareCase, { description: "One care case (列管案件)" })
  async careCase(@Arg("id", () => ID) id: string, @Ctx() context: DistrictContext): Promise<CareCase> {
    const careCase = await context.loaders.careCaseById.load(requireUuid(id, "id"));
    if (careCase === null) {
      throw notFound("CareCase");
    }
    return careCase;
  }

  @Query(() => CareCaseConnection, { description: "Care cases, a page at a time (Relay connection), ordered by ID" })
  async careCases(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | undefined,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | undefined,
    @Arg("filter", () => CareCaseFilter, { nullable: true }) filter: CareCaseFilter | undefined,
    @Ctx() context: DistrictContext,
  ): Promise<InstanceType<typeof CareCaseConnection>> {
    const connection = await listCareCases(
      context.dataSource,
      filter ?? {},
      pageSize(first ?? undefined),
      after ?? undefined,
      context.loaders.scopeOf("CareCase", "careCase"),
    );
    // Other agencies' fields of these cases are fetched by ID: prime the loader.
    for (const edge of connection.edges) {
      context.loaders.careCaseById.prime(edge.node.id, edge.node);
    }
    return connection;
  }

  @FieldResolver(() => Person, { description: "新移民: the person (household owns identity, D2)" })
  person(@Root() careCase: CareCase): Person {
    return new Person(careCase.personId);
  }

  @FieldResolver(() => ConsentInquiry, { description: "附件1 whose hand-over opened the case" })
  consentInquiry(@Root() careCase: CareCase): ConsentInquiry {
    return new ConsentInquiry(careCase.consentInquiryId);
  }

  @FieldResolver(() => HandoverLedger, { nullable: true, description: "附件3: the ledger whose intake opened the case (A4), under the ledger's own scope" })
  handoverLedger(@Root() careCase: CareCase, @Ctx() context: DistrictContext): Promise<HandoverLedger | null> | null {
    return careCase.handoverLedgerId === null ? null : context.loaders.handoverLedgerById.load(careCase.handoverLedgerId);
  }

  @FieldResolver(() => [VisitAttempt], { description: "Visit attempts, first to last (A6, A7)" })
  visitAttempts(@Root() careCase: CareCase, @Ctx() context: DistrictContext): Promise<VisitAttempt[]> {
    return context.loaders.visitAttemptsByCareCase.load(careCase.id);
  }

  @FieldResolver(() => [Deadline], { description: "The deadlines of the case's steps and where each stands (D9, issue #8)" })
  deadlines(@Root() careCase: CareCase, @Ctx() context: DistrictContext): Promise<Deadline[]> {
    return context.loaders.deadlinesByCareCase.load(careCase.id);
  }

  @FieldResolver(() => VisitRecord, { nullable: true, description: "附件4, once filed (A8)" })
  visitRecord(@Root() careCase: CareCase, @Ctx() context: DistrictContext): Promise<VisitRecord | null> {
    return context.loaders.visitRecordByCareCase.load(careCase.id);
  }

  @Mutation(() => CareCase, { description: "A6: assign the 里幹事 who visits" })
  async assignVillageOfficer(
    @Arg("careCaseId", () => ID) careCaseId: string,
    @Arg("officerId", { description: "The officer's staff identifier (token subject)" }) officerId: string,
    @Arg("officerName") officerName: string,
    @Ctx() context: DistrictContext,
  ): Promise<CareCase | null> {
    const careCase = await assignVillageOfficer(context.dataSource, careCaseId, officerId, officerName);
    return readBack(context, careCase.id);
  }
}
