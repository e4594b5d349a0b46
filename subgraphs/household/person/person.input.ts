import { Field, ID, InputType } from "type-graphql";
import { OriginCountry, Sex } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { AddressInput } from "../address";

@InputType({ description: "A household (戶) to register" })
export class RegisterHouseholdInput {
  @Field({ description: "戶號" })
  householdNumber!: string;

  @Field(() => AddressInput, { description: "戶籍地址" })
  address!: AddressInput;
}

@InputType({ description: "A person to register in a household" })
export class RegisterPersonInput {
  @Field()
  name!: string;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => LocalDateScalar)
  birthDate!: string;

  @Field({ description: "身分證統一編號 or 居留證統一證號 (check digit verified)" })
  idNumber!: string;

  @Field(() => OriginCountry, { nullable: true, description: "Set for a new immigrant" })
  originCountry?: OriginCountry | null;

  @Field(() => String, { nullable: true })
  originCountryOther?: string | null;

  @Field(() => String, { nullable: true })
  mobilePhone?: string | null;

  @Field(() => ID, { nullable: true })
  householdId?: string | null;
}

@InputType({ description: "Filters of the persons list" })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: "District (code, slug or name) of the household address" })
  district?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only new immigrants (true) or only others (false)" })
  newImmigrant?: boolean | null;

  @Field(() => OriginCountry, { nullable: true })
  originCountry?: OriginCountry | null;
}
