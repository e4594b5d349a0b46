import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { isInScope } from "../../../shared/authz/row-scope";
import { forbidden, notFound } from "../../../shared/errors";
import { CareCase } from "../care-case/care-case.entity";
import { readBack } from "../care-case/care-case.resolver";
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
    const record = await fileVisitRecord(context.dataSource, input);
    // Read back through the caller's row scope: a record is seen only through a case in scope
    // (VisitRecord has no row scope of its own), so out of scope the caller is told no more.
    const careCase = await readBack(context, record.careCaseId);
    if (careCase === null || !isInScope(careCase)) {
      throw forbidden("The visit record was filed; its care case is outside your scope");
    }
    return context.loaders.visitRecordByCareCase.load(careCase.id);
  }
}
