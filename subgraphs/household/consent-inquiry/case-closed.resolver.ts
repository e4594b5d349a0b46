import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { HouseholdContext } from "../loaders";
import { CaseClosedInput } from "./case-closed.input";
import { receiveCaseClosed } from "./case-closed.service";

/** A9 (issue #9): the district's closing notice, the end of a handed-over form's life in household. */
@Resolver()
export class CaseClosedResolver {
  // The form's id only: the closing's actor may be a role that reads no household form (a social worker whose closing ended the case).
  @Mutation(() => ID, {
    description: "A9/D3 (issue #9): intake of a district's closing of the case a form opened; callable only by the district's service (idempotent by clientKey)",
  })
  receiveCaseClosed(@Arg("input") input: CaseClosedInput, @Ctx() context: HouseholdContext): Promise<string> {
    return receiveCaseClosed(context.dataSource, input);
  }
}
