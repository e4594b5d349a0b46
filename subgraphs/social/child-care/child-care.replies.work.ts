import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { now } from "../../../shared/clock";
import { requireClientKey } from "../../../shared/db/idempotent-intake";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText } from "../../../shared/validation/form-text";
import { ChildCareCase, ChildCareRequest } from "./child-care.entities";
import { ChildCareRequestKind } from "./child-care.enums";
import { ChildCareNotificationKind, notifyUnit } from "./child-care.intake";
import { ChildCareFollowUpReplyInput, ChildCareReply, ChildCareReplyOutcome, ChildNotFoundInput } from "./child-care.replies";

type ReplyContent = Pick<ChildCareReply, "outcome" | "repliedOn" | "whereabouts" | "note">;

/**
 * B9 (D3): the answer to one of the unit's requests, once: a retry (same key, same answer) is the
 * stored reply; the same key for another answer, or a second answer to the request, a CONFLICT. In
 * the same transaction the holding unit is notified. `check` sees the request before anything is written.
 */
function storeReply(
  dataSource: DataSource,
  spec: { clientKey: string; requestId: string; kind: ChildCareRequestKind; reply: ReplyContent; notification: ChildCareNotificationKind; check?: (request: ChildCareRequest) => void },
): Promise<ChildCareReply> {
  const clientKey = requireClientKey(spec.clientKey);
  notInFuture(spec.reply.repliedOn, "input.repliedOn");
  return dataSource.transaction(async (manager) => {
    const request = await manager.getRepository(ChildCareRequest).createQueryBuilder("r").setLock("pessimistic_write").where("r.id = :id AND r.kind = :kind", { id: spec.requestId, kind: spec.kind }).getOne();
    if (request === null) {
      throw notFound("ChildCareRequest");
    }
    spec.check?.(request);
    notBefore(spec.reply.repliedOn, request.requestedOn, "input.repliedOn", "the request's date");
    const stored = await manager.getRepository(ChildCareReply).findOneBy({ requestId: request.id });
    if (stored !== null) {
      const same = stored.clientKey === clientKey && stored.outcome === spec.reply.outcome && stored.repliedOn === spec.reply.repliedOn && stored.whereabouts === spec.reply.whereabouts && stored.note === spec.reply.note;
      if (!same) {
        throw conflict("The request already has its reply");
      }
      return stored;
    }
    const held = await manager.getRepository(ChildCareCase).findOneByOrFail({ id: request.caseId });
    const row = { id: randomUUID(), clientKey, caseId: held.id, requestId: request.id, requestKind: spec.kind, ...spec.reply, receivedAt: now() };
    await manager.insert(ChildCareReply, row);
    await notifyUnit(manager, held, spec.notification, row.id);
    return manager.getRepository(ChildCareReply).findOneByOrFail({ id: row.id });
  });
}

/** B9: the district office's follow-up of the child (village chief or officer), on the unit's request; the holding unit is told. */
export function receiveFollowUpReply(dataSource: DataSource, input: ChildCareFollowUpReplyInput): Promise<ChildCareReply> {
  const followUpRequestKey = input.followUpRequestKey.trim().toLowerCase();
  requireUuid(input.followUpRequestId, "input.followUpRequestId");
  return storeReply(dataSource, {
    clientKey: input.clientKey,
    requestId: requireUuid(input.requestId, "input.requestId"),
    kind: ChildCareRequestKind.DISTRICT_FOLLOW_UP,
    reply: {
      outcome: input.met ? ChildCareReplyOutcome.MET : ChildCareReplyOutcome.NOT_MET,
      repliedOn: input.followedUpOn,
      whereabouts: optionalText(input.whereabouts, "input.whereabouts", 200),
      note: optionalText(input.note, "input.note", 4000),
    },
    notification: ChildCareNotificationKind.FOLLOW_UP_REPLIED,
    check: (request) => {
      if (request.outboxId !== followUpRequestKey) {
        throw badUserInput("input.followUpRequestKey is not the request this unit sent", "input.followUpRequestKey");
      }
    },
  });
}

/** B9: the police's search the unit asked for ended NOT_FOUND: the child is still missing; the holding unit is told at once. */
export function receiveChildNotFound(dataSource: DataSource, input: ChildNotFoundInput): Promise<ChildCareReply> {
  return storeReply(dataSource, {
    clientKey: input.clientKey,
    requestId: requireUuid(input.searchRequestId, "input.searchRequestId"),
    kind: ChildCareRequestKind.POLICE_SEARCH,
    reply: { outcome: ChildCareReplyOutcome.NOT_FOUND, repliedOn: input.resultOn, whereabouts: null, note: null },
    notification: ChildCareNotificationKind.CHILD_NOT_FOUND,
  });
}
