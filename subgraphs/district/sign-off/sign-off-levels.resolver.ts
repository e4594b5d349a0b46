import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { SignOffRole } from "../../../shared/graphql/enums";
import { DistrictContext } from "../loaders";
import { setSignOffLevels, signOffLevelsOf } from "./sign-off-levels.service";

/** Issue #9 (A8): the caller's own district's 附件4 sign-off levels. */
@Resolver()
export class SignOffLevelsResolver {
  @Query(() => [SignOffRole], { description: "A8: the levels the caller's district signs 附件4 by, in order (all six unless it configured fewer)" })
  signOffLevels(@Ctx() context: DistrictContext): Promise<SignOffRole[]> {
    return signOffLevelsOf(context.dataSource.manager, context.principal.org);
  }

  @Mutation(() => [SignOffRole], {
    description: "A8: 人文課 sets its district's sign-off levels: in the form's order, with VILLAGE_OFFICER and HUMANITIES_SECTION; records already handed in keep theirs",
  })
  setSignOffLevels(@Arg("levels", () => [SignOffRole]) levels: SignOffRole[], @Ctx() context: DistrictContext): Promise<SignOffRole[]> {
    return setSignOffLevels(context.dataSource, context.principal, levels);
  }
}
