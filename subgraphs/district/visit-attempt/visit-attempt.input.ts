import { Field, ID, InputType } from "type-graphql";
import { VisitMode } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "A6/A7: one visit attempt by the 里幹事" })
export class VisitAttemptInput {
  @Field(() => ID)
  careCaseId!: string;

  @Field(() => LocalDateScalar, { description: "訪視日期: not before the hand-over date" })
  attemptedOn!: string;

  @Field(() => VisitMode)
  mode!: VisitMode;

  @Field({ description: "Somebody was met (false = 訪視未遇)" })
  met!: boolean;
}
