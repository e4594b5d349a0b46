import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { CareCase } from "../care-case/care-case.entity";
import { DistrictContext } from "../loaders";
import { VisitAttempt } from "./visit-attempt.entity";
import { VisitAttemptInput } from "./visit-attempt.input";
import { recordVisitAttempt } from "./visit-attempt.service";

@Resolver(() => VisitAttempt)
export class VisitAttemptResolver {
  @Mutation(() => CareCase, { description: "A6/A7: record a visit attempt; a 2nd missed attempt closes the case" })
  recordVisitAttempt(@Arg("input") input: VisitAttemptInput, @Ctx() context: DistrictContext): Promise<CareCase> {
    return recordVisitAttempt(context.dataSource, input);
  }
}
