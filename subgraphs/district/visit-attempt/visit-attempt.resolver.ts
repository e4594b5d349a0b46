import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { CareCase } from "../care-case/care-case.entity";
import { readBack } from "../care-case/care-case.resolver";
import { DistrictContext } from "../loaders";
import { VisitAttempt } from "./visit-attempt.entity";
import { VisitAttemptInput } from "./visit-attempt.input";
import { recordVisitAttempt } from "./visit-attempt.service";

@Resolver(() => VisitAttempt)
export class VisitAttemptResolver {
  @Mutation(() => CareCase, { description: "A6/A7: record a visit attempt; a 2nd missed attempt closes the case" })
  async recordVisitAttempt(@Arg("input") input: VisitAttemptInput, @Ctx() context: DistrictContext): Promise<CareCase | null> {
    const careCase = await recordVisitAttempt(context.dataSource, context.principal, input);
    // Read back through the caller's row scope: what they may see of what they wrote.
    return readBack(context, careCase.id);
  }
}
