import { randomUUID } from "crypto";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { DataSource } from "typeorm";
import { now } from "../../../shared/clock";
import { requireClientKey } from "../../../shared/db/idempotent-intake";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { FollowUpReplyFields } from "../../../shared/graphql/follow-up-reply";
import { requireUuid } from "../../../shared/graphql/ids";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText } from "../../../shared/validation/form-text";
import { ExOfficioRecord } from "./ex-officio.entity";

/**
 * B2 (issue #12): the district office's reply to the office's follow-up request (村里長或村里幹事
 * 追蹤), kept against the ex-officio record that asked: once per record, as the district sent it.
 */
@Entity({ name: "ex_officio_follow_up_replies" })
@ObjectType({ description: "B2: the district office's follow-up of the child, as household stored it on its ex-officio record" })
export class ExOfficioFollowUpReply {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Column({ name: "record_id", type: "uuid" })
  recordId!: string;

  @Field(() => ID, { description: "The district's follow-up request" })
  @Column({ name: "follow_up_request_id", type: "uuid" })
  followUpRequestId!: string;

  @Field({ description: "Whether the village officer met the child" })
  @Column({ type: "boolean" })
  met!: boolean;

  @Field(() => LocalDateScalar)
  @Column({ name: "followed_up_on", type: "date" })
  followedUpOn!: string;

  @Field(() => String, { nullable: true, description: "Where the child is" })
  @Column({ type: "varchar", length: 200, nullable: true })
  whereabouts!: string | null;

  @Field(() => String, { nullable: true, description: "The officer's notes (may describe the family)" })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field({ description: "When household received it" })
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;
}

/** docs/programme-b.md: household `receiveExOfficioFollowUpReply`, delivered by the district's outbox (D3). */
@InputType({ description: "B2: the district office's follow-up of a child the office asked about; idempotent by clientKey" })
export class ExOfficioFollowUpReplyInput extends FollowUpReplyFields {
  @Field(() => ID, { description: "The office's ex-officio record (the request's requesterReference)" })
  exOfficioRecordId!: string;
}

/**
 * B2 (D3): keeps the district's reply on the record that asked, once: the key must be the request
 * this record sent (its outbox row), a retry returns the stored reply, a second reply is a CONFLICT.
 */
export function receiveExOfficioFollowUpReply(dataSource: DataSource, input: ExOfficioFollowUpReplyInput): Promise<ExOfficioFollowUpReply> {
  const clientKey = requireClientKey(input.clientKey);
  const recordId = requireUuid(input.exOfficioRecordId, "input.exOfficioRecordId");
  const followUpRequestId = requireUuid(input.followUpRequestId, "input.followUpRequestId");
  notInFuture(input.followedUpOn, "input.followedUpOn");
  const reply = {
    followUpRequestId,
    met: input.met,
    followedUpOn: input.followedUpOn,
    whereabouts: optionalText(input.whereabouts, "input.whereabouts", 200),
    note: optionalText(input.note, "input.note", 4000),
  };
  return dataSource.transaction(async (manager) => {
    const record = await manager.getRepository(ExOfficioRecord).createQueryBuilder("record").setLock("pessimistic_write").where("record.id = :recordId", { recordId }).getOne();
    if (record === null) {
      throw notFound("ExOfficioRecord");
    }
    if (record.followUpRequestKey === null || record.followUpRequestKey !== input.followUpRequestKey.trim().toLowerCase()) {
      throw badUserInput("input.followUpRequestKey is not the request this record sent", "input.followUpRequestKey");
    }
    notBefore(input.followedUpOn, record.recordedOn, "input.followedUpOn", "the record's date");
    const stored = await manager.getRepository(ExOfficioFollowUpReply).findOneBy({ recordId });
    if (stored !== null) {
      // A retry is the same key with the same reply; anything else is a second reply (or a reused key).
      const same = stored.clientKey === clientKey && (Object.keys(reply) as (keyof typeof reply)[]).every((field) => stored[field] === reply[field]);
      if (!same) {
        throw conflict("The district's follow-up is already recorded on this record");
      }
      return stored;
    }
    const row = { id: randomUUID(), clientKey, recordId, ...reply, receivedAt: now() };
    await manager.insert(ExOfficioFollowUpReply, row);
    return manager.getRepository(ExOfficioFollowUpReply).findOneByOrFail({ id: row.id });
  });
}
