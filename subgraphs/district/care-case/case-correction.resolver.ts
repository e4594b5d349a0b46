import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { DistrictContext } from "../loaders";
import { CareCase } from "./care-case.entity";
import { readBack } from "./care-case.resolver";
import { CorrectedCaseInput } from "./case-correction.input";
import { receiveCorrectedCase, returnCaseForCorrection } from "./case-correction.service";
import { CaseWithdrawnInput } from "./case-withdrawal.input";
import { receiveCaseWithdrawn } from "./case-withdrawal.service";

/** A6 (issue #8): the district's side of a correction, both directions, and of the office's withdrawal instead (issue #9). */
@Resolver(() => CareCase)
export class CaseCorrectionResolver {
  @Mutation(() => CareCase, {
    description: "A6: 人文課 sends a handed-over, unacknowledged case back to the office for correction (CONFLICT otherwise)",
  })
  async returnCaseForCorrection(
    @Arg("careCaseId", () => ID) careCaseId: string,
    @Arg("reason", { description: "Why: what is wrongly recorded (1–500 characters)" }) reason: string,
    @Ctx() context: DistrictContext,
  ): Promise<CareCase | null> {
    const careCase = await returnCaseForCorrection(context.dataSource, context.principal, careCaseId, reason);
    context.loaders.deadlinesByCareCase.clear(careCase.id);
    return readBack(context, careCase.id);
  }

  @Mutation(() => CareCase, {
    description: "A6/D3: intake of a corrected form; callable only by household's service for a clerk of the case's office (idempotent by clientKey)",
  })
  async receiveCorrectedCase(@Arg("input") input: CorrectedCaseInput, @Ctx() context: DistrictContext): Promise<CareCase | null> {
    const careCase = await receiveCorrectedCase(context.dataSource, input);
    return readBack(context, careCase.id);
  }

  @Mutation(() => CareCase, {
    description: "A6/D3 (issue #9): intake of the office's withdrawal of a returned case, which closes as RETURNED_TO_OFFICE; callable only by household's service for a clerk of the case's office (idempotent by clientKey)",
  })
  async receiveCaseWithdrawn(@Arg("input") input: CaseWithdrawnInput, @Ctx() context: DistrictContext): Promise<CareCase | null> {
    const careCase = await receiveCaseWithdrawn(context.dataSource, context.principal, input);
    return readBack(context, careCase.id);
  }
}
