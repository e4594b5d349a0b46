import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { ReferralStatus } from "../../../shared/domain/enums";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { CivilAffairsReferral } from "../referral/civil-affairs-referral.entity";
import { OnwardReferral } from "./onward-referral.entity";
import { ReferOnwardInput } from "./onward-referral.input";
import { onwardTargetInForce } from "./onward-targets";

/**
 * A11: 民政局 refers an open case of its own onward. The target is a central agency or NGO of the
 * service directory in force on the date (C1, issue #9: onward-targets.ts), of the kind named; the
 * date has happened and is not before the case reached 民政局. One transaction, the case
 * row-locked, so a closing cannot slip between the check and the insert.
 */
export function referOnward(dataSource: DataSource, input: ReferOnwardInput): Promise<OnwardReferral> {
  const referralId = requireUuid(input.referralId, "input.referralId");
  notInFuture(input.referredOn, "input.referredOn");
  const note = optionalText(input.note, "input.note", 2000);
  return dataSource.transaction(async (manager) => {
    const target = typeof input.target === "string" ? await onwardTargetInForce(manager, input.target.trim(), input.referredOn) : undefined;
    if (target === undefined) {
      throw badUserInput("input.target must name a central agency or NGO of the service directory in force", "input.target");
    }
    if (target.kind !== input.targetKind) {
      throw badUserInput(`input.targetKind must be the target's own kind (${target.kind})`, "input.targetKind");
    }
    const referral = await manager.getRepository(CivilAffairsReferral).createQueryBuilder("referral").setLock("pessimistic_write").where("referral.id = :referralId", { referralId }).getOne();
    if (referral === null) {
      throw notFound("CivilAffairsReferral");
    }
    if (referral.status === ReferralStatus.CLOSED) {
      throw conflict("The referral is already closed");
    }
    notBefore(input.referredOn, referral.referredOn, "input.referredOn", "the referral to 民政局");
    const onward = Object.assign(new OnwardReferral(), {
      id: randomUUID(),
      referralId,
      target: target.code,
      targetName: target.name,
      targetKind: target.kind,
      referredOn: input.referredOn,
      note,
      outcome: null,
      outcomeOn: null,
    });
    await manager.insert(OnwardReferral, onward);
    return manager.getRepository(OnwardReferral).findOneByOrFail({ id: onward.id });
  });
}

/** A11: the target's outcome, once; on or after the onward referral and not in the future. */
export function recordOnwardOutcome(dataSource: DataSource, id: string, outcome: string, outcomeOn: string): Promise<OnwardReferral> {
  const key = requireUuid(id, "id");
  const text = requiredText(outcome, "outcome", 2000);
  notInFuture(outcomeOn, "outcomeOn");
  return dataSource.transaction(async (manager) => {
    const onward = await manager.getRepository(OnwardReferral).createQueryBuilder("onward").setLock("pessimistic_write").where("onward.id = :key", { key }).getOne();
    if (onward === null) {
      throw notFound("OnwardReferral");
    }
    if (onward.outcome !== null) {
      throw conflict("The onward referral's outcome is already recorded");
    }
    notBefore(outcomeOn, onward.referredOn, "outcomeOn", "the onward referral");
    await manager.update(OnwardReferral, { id: key }, { outcome: text, outcomeOn });
    return { ...onward, outcome: text, outcomeOn };
  });
}
