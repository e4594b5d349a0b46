import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now, taipeiDateOf } from "../../../shared/clock";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { badUserInput, conflict } from "../../../shared/errors";
import { VisitOutcome } from "../../../shared/graphql/enums";
import { enqueue } from "../../../shared/outbox/enqueue";
import { echoableCode } from "../../../shared/validation/code-echo";
import { optionalText } from "../../../shared/validation/form-text";
import { CareCase } from "../care-case/care-case.entity";
import { lockedCareCase } from "../care-case/care-case.service";
import { CARE_CASE_SUBJECT, districtDeadlines } from "../deadlines";
import { formName, PRINTED_FORM, VisitForm, visitFormInForce } from "../directory/printed-form";
import { PlannedReferral, VisitRecord, VisitRecordState } from "../visit-record/visit-record.entity";
import { CaseReferral } from "./case-referral.entity";
import { ReferCaseInput } from "./case-referral.input";
import { ReferralRoute, referralRoutes, routeOf } from "./referral-targets";

const ALREADY_REFERRED = "This case was already referred to that agency; its delivery is shown on CareCase.referrals";

/** The target's own needs, once each and sorted, or BAD_USER_INPUT before anything is read or written. */
export function referralNeeds(route: ReferralRoute, values: readonly string[], field = "needs"): string[] {
  const needs = [...new Set(values)].sort();
  if (needs.length === 0) {
    throw badUserInput("needs must name at least one need", field);
  }
  if (!needs.every((need) => route.needs.includes(need))) {
    throw badUserInput(`needs must be ${route.box}'s own needs: ${route.needs.join(", ") || "the directory lists none"}`, field);
  }
  return needs;
}

/**
 * The boxes a filed record refers (A9): the ones its draft planned (issue #9), else, for a record
 * filed before, its ticked REFERRAL boxes of the printed form. What the case waits for (A10).
 */
export function referredBoxesOf(record: VisitRecord): string[] {
  return record.plannedReferrals.length > 0 ? record.plannedReferrals.map((plan) => plan.target) : referralRoutes(PRINTED_FORM, record.needs).map((route) => route.box);
}

/**
 * A9: a case is referred from its filed 附件4, and only to an agency whose REFERRAL box the record
 * ticked under "needs help": the box's route on the form in force (C1), else the printed form's.
 */
function referableRoute(record: VisitRecord | null, form: VisitForm, target: string): { record: VisitRecord; route: ReferralRoute } {
  if (record === null || record.state !== VisitRecordState.FILED) {
    throw conflict("File the case's visit record (附件4) before referring it (A9)");
  }
  const route = [...referralRoutes(form, record.needs), ...referralRoutes(PRINTED_FORM, record.needs)].find((candidate) => candidate.box === target);
  if (record.outcome !== VisitOutcome.NEEDS_HELP || route === undefined) {
    throw badUserInput(`target: the case's visit record (附件4) does not tick ${echoableCode(target)} as a REFERRAL box of ${formName(form)} under "needs help" (A8, A9)`, "target");
  }
  return { record, route };
}

/** A planned referral's route: the agency the draft's form named (issue #9), else the printed form's box. */
function routeOfPlan(plan: PlannedReferral): ReferralRoute {
  if (plan.agencyCode !== undefined) {
    // The needs were checked against the box when drafted: the plan's are the route's.
    return routeOf({ code: plan.target, agencyCode: plan.agencyCode, needs: plan.needs });
  }
  const [route] = referralRoutes(PRINTED_FORM, [plan.target]);
  return route;
}

/**
 * A9 (issue #8): the REFERRAL deadline is met when the last ticked target with a subgraph has been
 * referred: the district has entered it, and delivery is the outbox's job from then on.
 */
export async function meetWhenAllReferred(manager: EntityManager, record: VisitRecord, at: Date): Promise<void> {
  const sent = new Set((await manager.getRepository(CaseReferral).findBy({ careCaseId: record.careCaseId })).map((referral) => referral.target));
  if (referredBoxesOf(record).every((target) => sent.has(target))) {
    await districtDeadlines.meet(manager, { type: CARE_CASE_SUBJECT, id: record.careCaseId }, "REFERRAL", at);
  }
}

/**
 * A9, D3 (issue #8): 人文課 refers a case to social or health. In one transaction: the district's
 * referral row, the outbox row that delivers it to the receiver's intake (built from the district's
 * own records: the case, and the contact from 附件4), and the REFERRAL deadline met once every
 * referable target is referred. One referral per case and agency: a second is a CONFLICT, not a
 * repeat, because the first is already on its way with its own client key (the outbox row's id)
 * and the receiver serves it; what changed since is the serving unit's to assess (A10).
 * The referring district is the officer's own: the receiver acts for no other (its policy, D3).
 */
/**
 * D3: writes one referral and the outbox row that delivers it to the receiver's intake, in the
 * caller's transaction (the case's row locked). Everything it carries comes from the district's
 * own records: the case, the contact from 附件4, and the needs and description 人文課 decided.
 * Shared by filing (issue #9: every ticked box at once) and referCase (one added later).
 */
export async function sendReferral(
  manager: EntityManager,
  principal: Principal,
  careCase: CareCase,
  record: VisitRecord,
  plan: PlannedReferral,
  sentAt: Date,
): Promise<CaseReferral> {
  const route = routeOfPlan(plan);
  const referredOn = taipeiDateOf(sentAt);
  const outboxId = await enqueue(manager, {
    kind: route.kind,
    operation: route.operation,
    actor: principal,
    variables: (clientKey) => ({
      input: {
        clientKey,
        careCaseId: careCase.id,
        personId: careCase.personId,
        needs: plan.needs,
        description: plan.description,
        contactName: record.visitedPersonName,
        contactPhone: record.visitedPersonPhone,
        contactAddress: record.visitedPersonAddress,
        referringDistrict: principal.org,
        referredOn,
        // A partner agency's referral is hosted by 民政局's subgraph, which needs to know whose it is.
        ...(route.partner ? { agencyCode: route.agencyCode } : {}),
      },
    }),
  });
  const referral = Object.assign(new CaseReferral(), {
    id: randomUUID(),
    careCaseId: careCase.id,
    personId: careCase.personId,
    target: plan.target,
    agencyCode: route.agencyCode,
    needs: plan.needs,
    description: plan.description,
    sentBy: principal.subject,
    sentAt,
    referredOn,
    outboxId,
  });
  return manager.save(referral);
}

/**
 * A9, D3 (issue #8): 人文課 refers a case to one agency its filed 附件4 ticked and that was not
 * referred yet: since issue #9 filing refers every ticked box, so this is for records filed
 * before it and for a target the platform started referring after the record was filed. In one
 * transaction: the referral, its outbox row (sendReferral), and the REFERRAL deadline met once
 * every referable target is referred. One referral per case and agency: a second is a CONFLICT,
 * not a repeat, because the first is already on its way with its own client key (the outbox
 * row's id) and the receiver serves it; what changed since is the serving unit's to assess (A10).
 * The referring district is the officer's own: the receiver acts for no other (its policy, D3).
 */
export async function referCase(dataSource: DataSource, principal: Principal, input: ReferCaseInput): Promise<CaseReferral> {
  const description = optionalText(input.description, "description", 4000);
  try {
    return await dataSource.transaction(async (manager) => {
      const careCase = await lockedCareCase(manager, input.careCaseId, "careCaseId");
      const { record, route } = referableRoute(await manager.getRepository(VisitRecord).findOneBy({ careCaseId: careCase.id }), await visitFormInForce(manager), input.target);
      const needs = referralNeeds(route, input.needs);
      if (await manager.getRepository(CaseReferral).existsBy({ careCaseId: careCase.id, target: input.target })) {
        throw conflict(ALREADY_REFERRED);
      }
      const sentAt = now();
      const plan = { target: route.box, agencyCode: route.agencyCode, needs, description };
      const referral = await sendReferral(manager, principal, careCase, record, plan, sentAt);
      await meetWhenAllReferred(manager, record, sentAt);
      return referral;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(ALREADY_REFERRED);
    }
    throw error;
  }
}
