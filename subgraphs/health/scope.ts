import { ScopePredicate } from "../../shared/authz/row-scope";
import { districtsOfCarePoint } from "../../shared/domain/care-points";
import { HealthServiceUnit } from "../../shared/graphql/enums";
import { RECEIVING_SCOPES } from "../../shared/receiving/scopes";
import { HealthReferral } from "./referral/health-referral.entity";

/**
 * The organisation (a HEALTH_NURSE token's `org`) of the 社區心理衛生中心's staff: the city has one
 * centre, named like social's units by its unit code (A10).
 */
export const MENTAL_HEALTH_CENTRE_ORG: string = HealthServiceUnit.COMMUNITY_MENTAL_HEALTH_CENTRE;

/**
 * Who serves a health referral (A10, issue #9): the 社區心理衛生中心 when it is the serving unit
 * (counselling alone at intake, or transferred there); otherwise the 健康服務中心 of its district.
 * The row scope below reads the same two columns the same way.
 */
export function healthServingOrgOf(referral: Pick<HealthReferral, "serviceUnit" | "healthCentreCode">): string {
  return referral.serviceUnit === HealthServiceUnit.COMMUNITY_MENTAL_HEALTH_CENTRE ? MENTAL_HEALTH_CENTRE_ORG : referral.healthCentreCode;
}

/**
 * The health subgraph's row scopes (issue #4), named in policy.ts. Each is a predicate over a
 * referral's alias, built only from health's own data (D1): the unit serving the referral, and the
 * receiving kit's district and 民政局 scopes.
 */
export const HEALTH_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  /**
   * 公衛護士: referrals their unit serves now (A10): a 健康服務中心, named by its district code, those
   * of its district it has not passed on; the 社區心理衛生中心 those it serves. After a transfer the
   * old centre no longer sees the referral (issue #9: when in doubt, deny).
   */
  referralsOfCentre: (alias, principal) => ({
    sql: `(("${alias}".service_unit = :scopeMentalHealth AND :scopeOrg = :scopeMentalHealth) OR ("${alias}".service_unit <> :scopeMentalHealth AND "${alias}".health_centre_code = :scopeOrg))`,
    params: { scopeOrg: principal.org, scopeMentalHealth: MENTAL_HEALTH_CENTRE_ORG },
  }),
  /** Issue #12 (B4): 公衛護士 of a 健康服務中心 (its district code): the follow-ups of children of its household district. */
  followUpsOfCentre: (alias, principal) => ({ sql: `"${alias}".health_centre_code = :scopeOrg`, params: { scopeOrg: principal.org } }),
  /**
   * Issue #12 (B4, B3): 社工 of a care point: the follow-ups the centre referred to social (a notice
   * went with the follow-up's key) of the household districts whose cases the unit holds — the unit
   * that received the notice. Health reads it from its own columns (D1).
   */
  followUpsReferredToUnit: (alias, principal) => ({
    sql: `"${alias}".referred_on IS NOT NULL AND "${alias}".health_centre_code = ANY(:scopeDistricts)`,
    params: { scopeDistricts: districtsOfCarePoint(principal.org) },
  }),
  /** Issue #12 (B5): 公衛護士 of a 健康服務中心: the insurance statuses of its household district (its centre sent their notices). */
  statusesOfCentre: (alias, principal) => ({ sql: `"${alias}".health_centre_code = :scopeOrg`, params: { scopeOrg: principal.org } }),
  /**
   * Issue #12 (B5, B3): 社工 of a care point: the statuses of the household districts whose cases the
   * unit holds. Every status noticed social at its first listing (nhia-feed.ts), so no referral
   * column is needed, unlike the follow-ups.
   */
  statusesNoticedToUnit: (alias, principal) => ({ sql: `"${alias}".health_centre_code = ANY(:scopeDistricts)`, params: { scopeDistricts: districtsOfCarePoint(principal.org) } }),
  ...RECEIVING_SCOPES,
};
