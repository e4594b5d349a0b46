import { Field, ID, InputType } from "type-graphql";
import { SearchOutcome } from "../../../shared/domain/child-care";
import { Sex } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { ChildWhereabouts, LinealRelative } from "./ex-officio.entity";

@InputType({ description: "B2, B3: a person to contact about the child" })
export class ExOfficioContactInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: "Relation to the child (母, 父, 祖母 …)" })
  relation?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "One line" })
  address?: string | null;
}

@InputType({ description: "B2: the child registered ex officio (becomes a Person of the office)" })
export class ExOfficioChildInput {
  @Field()
  name!: string;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => LocalDateScalar)
  birthDate!: string;

  @Field({ description: "統一編號 given at the registration" })
  idNumber!: string;
}

@InputType({ description: "B2: 逕為出生登記, with the office's investigation before it" })
export class ExOfficioBirthInput {
  @Field(() => ExOfficioChildInput)
  child!: ExOfficioChildInput;

  @Field(() => ID, { nullable: true, description: "The household the child is registered in (of the clerk's district); none: the office's own register" })
  householdId?: string | null;

  @Field(() => String, { nullable: true })
  motherName?: string | null;

  @Field(() => String, { nullable: true })
  motherIdNumber?: string | null;

  @Field(() => LocalDateScalar, { description: "The registration's day" })
  registeredOn!: string;

  @Field(() => String, { nullable: true, description: "What the investigation found (B2)" })
  investigation?: string | null;

  @Field(() => ChildWhereabouts)
  whereabouts!: ChildWhereabouts;

  @Field({ description: "The entry/exit records show the child abroad (B2: excluded)" })
  leftCountry!: boolean;

  @Field(() => [ExOfficioContactInput], { description: "Whom to contact (may be empty)" })
  contacts!: ExOfficioContactInput[];
}

@InputType({ description: "B3: 逕遷戶籍至戶政事務所, with what the office queried before the move" })
export class ExOfficioMoveInput {
  @Field(() => ID, { description: "The child (a Person of the clerk's office)" })
  personId!: string;

  @Field(() => LocalDateScalar, { description: "The move's day" })
  movedOn!: string;

  @Field(() => String, { nullable: true, description: "B3: the contact address the NHIA gave, if any" })
  nhiaContactAddress?: string | null;

  @Field(() => [LinealRelative], { description: "B3: the lineal relatives (to the 2nd degree) queried; at least one" })
  relativesQueried!: LinealRelative[];

  @Field(() => String, { nullable: true })
  investigation?: string | null;

  @Field(() => ChildWhereabouts)
  whereabouts!: ChildWhereabouts;

  @Field({ description: "B3: the entry/exit records show the child abroad (excluded)" })
  leftCountry!: boolean;

  @Field(() => [ExOfficioContactInput])
  contacts!: ExOfficioContactInput[];
}

/** B2 (D3): the police's reply on a search household asked for (subgraphs/police hand-offs.ts). */
@InputType({ description: "B2/D3: the police's result of a search the office asked for; idempotent by clientKey" })
export class SearchReplyInput {
  @Field()
  clientKey!: string;

  @Field(() => ID, { description: "The police's search request" })
  searchRequestId!: string;

  @Field({ description: "The office's key for the request (the clientKey its outbox sent it under)" })
  searchRequestKey!: string;

  @Field(() => ID, { description: "The office's ex-officio record (the request's requesterReference)" })
  exOfficioRecordId!: string;

  @Field(() => SearchOutcome)
  outcome!: SearchOutcome;

  @Field(() => LocalDateScalar)
  resultOn!: string;

  @Field(() => String, { nullable: true })
  foundAddress?: string | null;

  @Field(() => String, { nullable: true })
  foundContactName?: string | null;

  @Field(() => String, { nullable: true })
  foundContactPhone?: string | null;
}
