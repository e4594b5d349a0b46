import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import type { HouseholdContext } from "../loaders";
import { Person } from "../person/person.entity";
import { ExOfficioRecord, SearchReplyReceipt } from "./ex-officio.entity";
import { ExOfficioFollowUpReply, ExOfficioFollowUpReplyInput, receiveExOfficioFollowUpReply } from "./ex-officio.follow-up";
import { ExOfficioBirthInput, ExOfficioMoveInput, SearchReplyInput } from "./ex-officio.input";
import { receiveSearchReply, recordExOfficioBirth, recordExOfficioMove } from "./ex-officio.service";

/** B2, B3 (issue #12): the office's ex-officio births and moves, and the police's reply on them. */
@Resolver(() => ExOfficioRecord)
export class ExOfficioResolver {
  @Query(() => ExOfficioRecord, { description: "B2, B3: one ex-officio record of the clerk's office, by ID" })
  async exOfficioRecord(@Arg("id", () => ID) id: string, @Ctx() context: HouseholdContext): Promise<ExOfficioRecord> {
    const record = await context.loaders.exOfficioRecordById.load(requireUuid(id, "id"));
    if (record === null) {
      throw notFound("ExOfficioRecord");
    }
    return record;
  }

  @FieldResolver(() => Person, { description: "The child" })
  person(@Root() record: ExOfficioRecord, @Ctx() context: HouseholdContext): Promise<Person | null> {
    return context.loaders.personById.load(record.personId);
  }

  @Mutation(() => ExOfficioRecord, {
    description: "B2: 逕為出生登記 after the office's investigation; whereabouts unknown: the police, the district and social are asked in the same transaction",
  })
  async recordExOfficioBirth(@Arg("input", () => ExOfficioBirthInput) input: ExOfficioBirthInput, @Ctx() context: HouseholdContext): Promise<ExOfficioRecord | null> {
    const record = await recordExOfficioBirth(context.dataSource, context.principal, input);
    return context.loaders.exOfficioRecordById.load(record.id);
  }

  @Mutation(() => ExOfficioRecord, {
    description: "B3: 逕遷戶籍至戶政事務所 after the NHIA, entry/exit and relatives' queries; whereabouts unknown: the police, the district and social are asked",
  })
  async recordExOfficioMove(@Arg("input", () => ExOfficioMoveInput) input: ExOfficioMoveInput, @Ctx() context: HouseholdContext): Promise<ExOfficioRecord | null> {
    const record = await recordExOfficioMove(context.dataSource, context.principal, input);
    return context.loaders.exOfficioRecordById.load(record.id);
  }

  @FieldResolver(() => ExOfficioFollowUpReply, { nullable: true, description: "B2: the district office's follow-up of the child, once it replied" })
  followUpReply(@Root() record: ExOfficioRecord, @Ctx() context: HouseholdContext): Promise<ExOfficioFollowUpReply | null> {
    return context.loaders.exOfficioFollowUpReplyByRecord.load(record.id);
  }

  // The reply, not the record: its actor is a district officer, who reads no household record (the policy opens its key only).
  @Mutation(() => ExOfficioFollowUpReply, { description: "B2/D3: intake of the district office's follow-up the office asked for; only through the district's service (idempotent by clientKey)" })
  receiveExOfficioFollowUpReply(@Arg("input", () => ExOfficioFollowUpReplyInput) input: ExOfficioFollowUpReplyInput, @Ctx() context: HouseholdContext): Promise<ExOfficioFollowUpReply> {
    return receiveExOfficioFollowUpReply(context.dataSource, input);
  }

  // A receipt, not the record: the reply's actor is a police officer, who reads no household record.
  @Mutation(() => SearchReplyReceipt, { description: "B2/D3: intake of the police's result of a search the office asked for; only through the police's service (idempotent by clientKey)" })
  receiveSearchReply(@Arg("input", () => SearchReplyInput) input: SearchReplyInput, @Ctx() context: HouseholdContext): Promise<SearchReplyReceipt> {
    return receiveSearchReply(context.dataSource, input, context.principal);
  }
}

/** D2, issue #12: the unified view of a child shows the office's ex-officio births and moves of it. */
@Resolver(() => Person)
export class PersonExOfficioResolver {
  @FieldResolver(() => [ExOfficioRecord], { description: "B2, B3: the child's ex-officio births and moves, oldest first (another office's: denied)" })
  exOfficioRecords(@Root() person: Person, @Ctx() context: HouseholdContext): Promise<ExOfficioRecord[]> {
    return context.loaders.exOfficioRecordsByPerson.load(person.id);
  }
}
