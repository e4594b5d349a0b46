import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { DistrictContext } from "../loaders";
import { CareCase } from "./care-case.entity";
import { readBack } from "./care-case.resolver";
import { closeCaseInternalHelpDone } from "./internal-help.service";

/** A9 (issue #9): 人文課 closes a case once the district's own help is given. */
@Resolver(() => CareCase)
export class InternalHelpResolver {
  @Mutation(() => CareCase, {
    description: "A9: 人文課 closes a case whose 附件4 needs only the district's own help (社會課, 人文課) once given (INTERNAL_HELP_DONE); CONFLICT otherwise",
  })
  async closeCaseInternalHelpDone(
    @Arg("careCaseId", () => ID) careCaseId: string,
    @Arg("closedOn", () => LocalDateScalar, { description: "結案日期: not in the future, not before the record was filed" }) closedOn: string,
    @Ctx() context: DistrictContext,
  ): Promise<CareCase | null> {
    const careCase = await closeCaseInternalHelpDone(context.dataSource, careCaseId, closedOn);
    return readBack(context, careCase.id);
  }
}
