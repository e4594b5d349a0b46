import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { now } from "../clock";
import { intakeOnce, requireClientKey } from "../db/idempotent-intake";
import { District, findDistrict } from "../domain/districts";
import { ReferralStatus } from "../domain/enums";
import { badUserInput } from "../errors";
import { requireUuid } from "../graphql/ids";
import { optionalPhone } from "../validation/contact";
import { notInFuture } from "../validation/dates";
import { optionalText } from "../validation/form-text";
import { notifyArrival } from "./arrival";
import { ReceivingAgency } from "./names";
import { ReceivedReferralRow } from "./referral.entity";
import { ReferralInputRow } from "./referral.input";

/** What an agency decides at intake: which of its units serves the needs (A10), and its own columns. */
export interface IntakeRules<Need extends string, Unit extends string, Referral extends ReceivedReferralRow<Need, Unit>> {
  /** Who receives: its schema and serving role, for the arrival's notification (issue #8). */
  readonly agency: ReceivingAgency;
  serviceUnitFor(needs: readonly Need[], district: District): Unit;
  /**
   * The organisation of the unit that serves the referral, as its serving role's row scope reads
   * it (社會局: the service unit; 衛生局: the 健康服務中心): the unit notified of the arrival.
   */
  servingOrgOf(referral: Referral): string;
  /** The agency's own columns of the row, decided from the referring district (衛生局: its centre). */
  own?(district: District): Omit<Referral, keyof ReceivedReferralRow<Need, Unit>>;
}

/** A district named by code, slug or name (an input or a filter); one that Taipei does not have is bad input. */
export function districtNamedIn(value: string, field: string): District {
  const district = findDistrict(value);
  if (district === undefined) {
    throw badUserInput(`${field} must name one of Taipei's 12 districts`, field);
  }
  return district;
}

/**
 * D3, issue #7: a retry sends the same hand-off again, field for field; the same key with any other
 * content is a CONFLICT. Only what the receiver has moved on since (status, closing, a transfer to
 * another unit, A10) is left out of the comparison.
 */
const RECEIVER_SET = ["status", "closedOn", "serviceUnit"] as const;

/**
 * A9/D3: stores a district's referral once per client key, received now and not yet served, and
 * notifies the serving unit. A retry returns the stored row; the same key for another hand-off is a
 * CONFLICT (intakeOnce). Only the district's service calls it (policy.ts: `through: "district"`).
 */
export function receiveReferral<Need extends string, Unit extends string, Referral extends ReceivedReferralRow<Need, Unit>>(
  dataSource: DataSource,
  target: new () => Referral,
  input: ReferralInputRow<Need>,
  rules: IntakeRules<Need, Unit, Referral>,
): Promise<Referral> {
  const district = districtNamedIn(input.referringDistrict, "referringDistrict");
  notInFuture(input.referredOn, "referredOn");
  const needs = [...new Set(input.needs)].sort();
  if (needs.length === 0) {
    throw badUserInput("needs must name at least one need", "needs");
  }
  // createdAt is the database's (the insert's own instant).
  const shared: Omit<ReceivedReferralRow<Need, Unit>, "createdAt" | "inScope"> = {
    id: randomUUID(),
    clientKey: requireClientKey(input.clientKey),
    careCaseId: requireUuid(input.careCaseId, "careCaseId"),
    personId: requireUuid(input.personId, "personId"),
    needs,
    description: optionalText(input.description, "description", 4000),
    contactName: optionalText(input.contactName, "contactName", 60),
    contactPhone: optionalPhone(input.contactPhone, "contactPhone"),
    contactAddress: optionalText(input.contactAddress, "contactAddress", 200),
    referringDistrictCode: district.code,
    referredOn: input.referredOn,
    receivedAt: now(),
    serviceUnit: rules.serviceUnitFor(needs, district),
    status: ReferralStatus.RECEIVED,
    closedOn: null,
  };
  const candidate = Object.assign(new target(), rules.own?.(district), shared);
  // Issue #8: the serving unit hears of the referral in the intake's transaction; a retry notifies nobody again.
  return intakeOnce(dataSource, target, candidate, { receiverSet: [...RECEIVER_SET] }, (manager, referral) =>
    notifyArrival(manager, rules.agency, referral.id, rules.servingOrgOf(referral)),
  );
}
