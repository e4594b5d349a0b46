import { Field, ID, InputType } from "type-graphql";
import { ReferralStatus } from "../graphql/enums";
import { LocalDateScalar } from "../graphql/scalars";
import { ReferralShape } from "./referral.entity";

/** What a district sends with every hand-off (A9, D3), whichever agency receives it. */
export interface ReferralInputRow<Need extends string = string> {
  clientKey: string;
  careCaseId: string;
  personId: string;
  needs: Need[];
  description?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactAddress?: string | null;
  referringDistrict: string;
  referredOn: string;
}

/** The intake input of a receiving agency (idempotent by clientKey); the agency's class names it. */
export function referralInputType<Need extends string, Unit extends string>(shape: ReferralShape<Need, Unit>) {
  @InputType()
  abstract class ReferralInput implements ReferralInputRow<Need> {
    @Field({ description: "The sender's idempotency key: 8–100 of letters, digits and . _ : -" })
    clientKey!: string;

    @Field(() => ID, { description: "The district's CareCase" })
    careCaseId!: string;

    @Field(() => ID, { description: "household's Person to be served" })
    personId!: string;

    @Field(() => [shape.needs.values ?? String], { description: `At least one; ${shape.needs.routing}` })
    needs!: Need[];

    @Field(() => String, { nullable: true, description: "What the district found (sensitive)" })
    description?: string | null;

    @Field(() => String, {
      nullable: true,
      description: `Whom ${shape.agency} should contact (from 附件4): the referral carries it, so the receiving unit need not read household's records`,
    })
    contactName?: string | null;

    @Field(() => String, { nullable: true })
    contactPhone?: string | null;

    @Field(() => String, { nullable: true })
    contactAddress?: string | null;

    @Field({ description: "Referring district: code, slug or name (e.g. 63000010, songshan, 松山區)" })
    referringDistrict!: string;

    @Field(() => LocalDateScalar)
    referredOn!: string;
  }
  return ReferralInput;
}

/** Filters every receiving agency's list takes; an agency's filter may add its own. */
export function referralFilterType<Need extends string, Unit extends string>(shape: ReferralShape<Need, Unit>) {
  @InputType()
  abstract class ReferralFilter {
    @Field(() => shape.serviceUnit.values ?? String, { nullable: true })
    serviceUnit?: Unit | null;

    @Field(() => ReferralStatus, { nullable: true })
    status?: ReferralStatus | null;
  }
  return ReferralFilter;
}
