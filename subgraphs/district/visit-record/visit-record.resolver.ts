import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { notFound } from "../../../shared/errors";
import { SignOffRole } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { CareCase } from "../care-case/care-case.entity";
import { DistrictContext } from "../loaders";
import { VisitRecordSignature } from "../sign-off/visit-record-signature.entity";
import { signVisitRecord } from "../sign-off/visit-record-signing.service";
import { fileVisitRecord } from "./visit-record-filing.service";
import { VisitRecord } from "./visit-record.entity";
import { VisitRecordInput } from "./visit-record.input";
import { draftVisitRecord } from "./visit-record.service";

/** A record after a write, read back fresh (its signatures too), so the answer is what was written. */
function readBack(context: DistrictContext, record: VisitRecord): Promise<VisitRecord | null> {
  context.loaders.signaturesByVisitRecord.clear(record.id);
  context.loaders.careCaseById.clear(record.careCaseId);
  return context.loaders.visitRecordByCareCase.clear(record.careCaseId).load(record.careCaseId);
}

@Resolver(() => VisitRecord)
export class VisitRecordResolver {
  @FieldResolver(() => CareCase, { description: "The care case the record belongs to" })
  async careCase(@Root() record: VisitRecord, @Ctx() context: DistrictContext): Promise<CareCase> {
    const careCase = await context.loaders.careCaseById.load(record.careCaseId);
    if (careCase === null) {
      throw notFound("CareCase");
    }
    return careCase;
  }

  @FieldResolver(() => [VisitRecordSignature], { description: "A8: 核章, each level that signed with name and time, in the order signed" })
  signatures(@Root() record: VisitRecord, @Ctx() context: DistrictContext): Promise<VisitRecordSignature[]> {
    return context.loaders.signaturesByVisitRecord.load(record.id);
  }

  @FieldResolver(() => [SignOffRole], { description: "核章: the levels that signed, in order (signatures has who and when)" })
  async signedOffBy(@Root() record: VisitRecord, @Ctx() context: DistrictContext): Promise<SignOffRole[]> {
    return (await context.loaders.signaturesByVisitRecord.load(record.id)).map((signature) => signature.level);
  }

  @Mutation(() => VisitRecord, {
    description: "A6/A8 (issue #9): hand 附件4 in as a draft for sign-off (meets VISIT_RECORD); its outcome applies when 人文課 files it",
  })
  async draftVisitRecord(@Arg("input") input: VisitRecordInput, @Ctx() context: DistrictContext): Promise<VisitRecord | null> {
    // The policy's write declaration has already found the case and its scope (issue #7: nothing is
    // checked after the write has committed).
    return readBack(context, await draftVisitRecord(context.dataSource, input));
  }

  @Mutation(() => VisitRecord, { description: "A8 (issue #9): the next level of the record's sign-off signs (CONFLICT for any other level)" })
  async signVisitRecord(
    @Arg("id", () => ID) id: string,
    @Arg("level", () => SignOffRole) level: SignOffRole,
    @Arg("signerName", { description: "Who signs (staff name)" }) signerName: string,
    @Ctx() context: DistrictContext,
  ): Promise<VisitRecord | null> {
    return readBack(context, await signVisitRecord(context.dataSource, context.principal, id, level, signerName));
  }

  @Mutation(() => VisitRecord, {
    description: "A8/A9 (issue #9): 人文課 files a signed 附件4: all well closes the case; needs help sends its referrals and opens the district's help tasks",
  })
  async fileVisitRecord(
    @Arg("id", () => ID) id: string,
    @Arg("filedOn", () => LocalDateScalar, { description: "人文課 filing date: not in the future, not before the visit" }) filedOn: string,
    @Ctx() context: DistrictContext,
  ): Promise<VisitRecord | null> {
    const record = await fileVisitRecord(context.dataSource, context.principal, id, filedOn);
    context.loaders.caseReferrals.byCareCase.clear(record.careCaseId);
    context.loaders.helpTasksByCareCase.clear(record.careCaseId);
    return readBack(context, record);
  }
}
