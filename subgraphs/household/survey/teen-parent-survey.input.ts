import { Field, ID, InputType } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { SurveyAddressInput, SurveyCarerInput, SurveyPersonInput, TeenParentNeed, TeenParentReceivedService } from "../../../shared/graphql/teen-parent-survey";

@InputType({ description: "B7: 附表4 as the clerk enters it; declined = the applicant chose not to fill it (voluntary)" })
export class RecordTeenParentSurveyInput {
  @Field(() => ID, { description: "The birth registration that made it due (R7)" })
  registrationId!: string;

  @Field({ description: "The applicant declined (the survey is voluntary): then no answers are given" })
  declined!: boolean;

  @Field(() => [SurveyPersonInput], { nullable: true, description: "寶寶 rows (one or more)" })
  babies?: SurveyPersonInput[] | null;

  @Field(() => SurveyPersonInput, { nullable: true })
  father?: SurveyPersonInput | null;

  @Field(() => SurveyPersonInput, { nullable: true })
  mother?: SurveyPersonInput | null;

  @Field(() => SurveyCarerInput, { nullable: true })
  carer?: SurveyCarerInput | null;

  @Field(() => SurveyAddressInput, { nullable: true, description: "戶籍地" })
  householdAddress?: SurveyAddressInput | null;

  @Field(() => Boolean, { nullable: true, description: "居住地 同上" })
  residenceSameAsHousehold?: boolean | null;

  @Field(() => SurveyAddressInput, { nullable: true, description: "居住地, when not 同上" })
  residenceAddress?: SurveyAddressInput | null;

  @Field(() => String, { nullable: true })
  facebook?: string | null;

  @Field(() => String, { nullable: true })
  lineId?: string | null;

  @Field(() => String, { nullable: true })
  otherContact?: string | null;

  @Field(() => [TeenParentNeed], { nullable: true, description: "A–I, several; H needs needOther; I alone" })
  needs?: TeenParentNeed[] | null;

  @Field(() => String, { nullable: true })
  needOther?: string | null;

  @Field(() => [TeenParentReceivedService], { nullable: true, description: "Empty = 無" })
  servicesReceived?: TeenParentReceivedService[] | null;

  @Field(() => String, { nullable: true })
  serviceOther?: string | null;

  @Field({ description: "轉介人員" })
  clerkName!: string;

  @Field({ description: "轉介人員電話" })
  clerkPhone!: string;

  @Field(() => LocalDateScalar, { description: "轉介日期" })
  referredOn!: string;
}
