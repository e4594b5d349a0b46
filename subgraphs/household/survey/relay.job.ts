import type { EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { Role } from "../../../shared/auth/roles";
import { now, taipeiDateOf } from "../../../shared/clock";
import { RECEIVE_TEEN_PARENT_SURVEYS, TeenParentSurveyRelayInput } from "../../../shared/graphql/teen-parent-survey";
import { enqueue } from "../../../shared/outbox/enqueue";
import type { BackgroundJob, JobEnvironment } from "../../../shared/subgraph/jobs";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";
import { TEEN_PARENT_RELAY_JOB, TEEN_PARENT_RELAY_SCHEDULE } from "./relay.config";
import { TeenParentSurvey } from "./teen-parent-survey.entity";

/** The office whose survey goes: the relay acts for it (its clerk's role), not for a person. */
function officeRelay(officeCode: string): Principal {
  return { subject: "system:teen-parent-survey-relay", role: Role.HOUSEHOLD_CLERK, org: officeCode, villages: [] };
}

/** D3: what crosses to 民政局 — the answers social needs for the referral and who referred; not the registration. */
export function relayVariables(survey: TeenParentSurvey, clientKey: string): { input: TeenParentSurveyRelayInput } {
  if (survey.householdAddress === null) {
    throw new Error("A filled survey has its household address (teen-parent-survey.form.ts)");
  }
  return {
    input: {
      clientKey,
      month: survey.referredOn.slice(0, 7),
      officeCode: survey.officeCode,
      surveyId: survey.id,
      babies: survey.babies,
      father: survey.father,
      mother: survey.mother,
      carer: survey.carer,
      householdAddress: survey.householdAddress,
      residenceAddress: survey.residenceSameAsHousehold === true ? null : survey.residenceAddress,
      facebook: survey.facebook,
      lineId: survey.lineId,
      otherContact: survey.otherContact,
      needs: survey.needs,
      needOther: survey.needOther,
      servicesReceived: survey.servicesReceived,
      serviceOther: survey.serviceOther,
      clerkName: survey.clerkName,
      clerkPhone: survey.clerkPhone,
      referredOn: survey.referredOn,
    },
  };
}

/**
 * Claims the filled surveys of months before `today`'s not yet relayed and queues one hand-off each,
 * in one transaction: the claim (relayed_at) and the outbox rows commit together, so a re-run or a
 * second process finds nothing to send twice, and a crash sends nothing half.
 */
async function relayDue(manager: EntityManager, today: string, at: Date): Promise<number> {
  const claimed = (await manager.query(
    `UPDATE "${S}"."teen_parent_surveys" SET "relayed_at" = $1
     WHERE "relayed_at" IS NULL AND NOT "declined" AND "referred_on" < $2::date
     RETURNING "id"`,
    [at.toISOString(), `${today.slice(0, 7)}-01`],
  )) as unknown;
  const ids = (Array.isArray(claimed) && Array.isArray(claimed[0]) ? claimed[0] : claimed) as { id: string }[];
  if (ids.length === 0) {
    return 0;
  }
  const surveys = await manager.getRepository(TeenParentSurvey).createQueryBuilder("survey").where("survey.id = ANY(:ids)", { ids: ids.map((row) => row.id) }).orderBy("survey.referredOn").addOrderBy("survey.id").getMany();
  for (const survey of surveys) {
    await enqueue(manager, { kind: "teen-parent-survey", operation: RECEIVE_TEEN_PARENT_SURVEYS, actor: officeRelay(survey.officeCode), variables: (clientKey) => relayVariables(survey, clientKey) }, { now: at });
  }
  return surveys.length;
}

/**
 * B7 (issue #12): "Surveys go monthly via the civil affairs department to social units". From the
 * configured day of each month (R1, relay.config.ts), every filled survey of an earlier month goes
 * to 民政局's intake, one outbox row per survey; declined ones stay here (nothing to refer).
 */
export function teenParentRelayJob(environment: JobEnvironment): BackgroundJob {
  return {
    name: TEEN_PARENT_RELAY_JOB,
    intervalMs: TEEN_PARENT_RELAY_SCHEDULE.intervalMs,
    runOnce: async () => {
      const at = now();
      const today = taipeiDateOf(at);
      if (Number(today.slice(8, 10)) < TEEN_PARENT_RELAY_SCHEDULE.dayOfMonth) {
        return { relayed: 0 };
      }
      return { relayed: await environment.dataSource.transaction((manager) => relayDue(manager, today, at)) };
    },
  };
}
