import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { notFound } from "../../../shared/errors";
import { CareCase } from "../care-case/care-case.entity";
import { DistrictContext } from "../loaders";
import { VisitRecord } from "./visit-record.entity";
import { VisitRecordInput } from "./visit-record.input";
import { fileVisitRecord } from "./visit-record.service";

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

  @Mutation(() => VisitRecord, { description: "A8/A9: file 附件4; all well closes the case, a referral need refers it" })
  async fileVisitRecord(@Arg("input") input: VisitRecordInput, @Ctx() context: DistrictContext): Promise<VisitRecord | null> {
    // The policy's write declaration has already found the case and its scope (issue #7: nothing is
    // checked after the write has committed).
    const record = await fileVisitRecord(context.dataSource, input);
    return context.loaders.visitRecordByCareCase.load(record.careCaseId);
  }
}
