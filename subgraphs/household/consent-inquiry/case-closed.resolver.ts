import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { HouseholdContext } from "../loaders";
import { CaseClosedReceipt } from "./case-closed-receipt.type";
import { CaseClosedInput } from "./case-closed.input";
import { receiveCaseClosed } from "./case-closed.service";

/** A9 (issue #9): the district's closing notice, the end of a handed-over form's life in household. */
@Resolver()
export class CaseClosedResolver {
  // A receipt, not the form: the closing's actor may be a role that reads no household form.
  @Mutation(() => CaseClosedReceipt, {
    description: "A9/D3 (issue #9): intake of a district's closing of the case a form opened; callable only by the district's service (idempotent by clientKey)",
  })
  receiveCaseClosed(@Arg("input") input: CaseClosedInput, @Ctx() context: HouseholdContext): Promise<CaseClosedReceipt> {
    return receiveCaseClosed(context.dataSource, input);
  }
}
