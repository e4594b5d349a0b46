import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { badUserInput } from "../../../shared/errors";
import { TeenParentSurveyRelayInput } from "../../../shared/graphql/teen-parent-survey";
import { CivilAffairsContext } from "../loaders";
import { RelayedTeenParentSurvey, TeenParentSurveyBatch } from "./relayed-survey.entity";
import { receiveTeenParentSurveys, teenParentSurveyBatches } from "./relayed-survey.service";

@Resolver(() => RelayedTeenParentSurvey)
export class RelayedTeenParentSurveyResolver {
  @Mutation(() => RelayedTeenParentSurvey, { description: "D3, B7: household's monthly relay of a survey 附表4 (household's service only)" })
  receiveTeenParentSurveys(@Arg("input") input: TeenParentSurveyRelayInput, @Ctx() context: CivilAffairsContext): Promise<RelayedTeenParentSurvey> {
    return receiveTeenParentSurveys(context.dataSource, input);
  }

  @Query(() => [TeenParentSurveyBatch], { description: "B7: the latest months' relays of 附表4, newest first (counts and metadata)" })
  teenParentSurveyBatches(@Arg("months", () => Int, { defaultValue: 12 }) months: number, @Ctx() context: CivilAffairsContext): Promise<TeenParentSurveyBatch[]> {
    if (months < 1 || months > 60) {
      throw badUserInput("months must be 1 to 60", "months");
    }
    return teenParentSurveyBatches(context.dataSource, months);
  }
}
