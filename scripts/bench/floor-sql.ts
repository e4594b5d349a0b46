import "reflect-metadata";
import { Principal } from "../../shared/auth/principal";
import { SubgraphPolicy } from "../../shared/authz/policy";
import { ScopeCondition, scopeCondition, ScopePredicate } from "../../shared/authz/row-scope";
import { districtPolicy } from "../../subgraphs/district/policy";
import { DISTRICT_SCHEMA as D } from "../../subgraphs/district/schema-name";
import { DISTRICT_SCOPES } from "../../subgraphs/district/scope";
import { healthPolicy } from "../../subgraphs/health/policy";
import { HEALTH_SCHEMA as HE } from "../../subgraphs/health/schema-name";
import { HEALTH_SCOPES } from "../../subgraphs/health/scope";
import { HOUSEHOLD_OFFICES } from "../../subgraphs/household/office/household-office";
import { householdPolicy } from "../../subgraphs/household/policy";
import { HOUSEHOLD_SCHEMA as H } from "../../subgraphs/household/schema-name";
import { HOUSEHOLD_SCOPES } from "../../subgraphs/household/scope";
import { socialPolicy } from "../../subgraphs/social/policy";
import { SOCIAL_SCHEMA as S } from "../../subgraphs/social/schema-name";
import { SOCIAL_SCOPES } from "../../subgraphs/social/scope";

/**
 * The floor's SQL: the unified case view of scripts/operations/unified-view.ts built by PostgreSQL alone,
 * in ONE statement over the four agencies' schemas, as the JSON text the gateway answers
 * ({"data": …}). Same fields, same nesting, same list orders as the subgraphs' loaders (by date,
 * then ID), and the caller's row scope (issue #4) on every list, through the agencies' own scope
 * predicates (scope.ts) and policies, so that both sides answer the same data for the same caller.
 *
 * What the floor leaves out: token checks, field rules and masks (the bench's caller, a district
 * officer of the person's own district, is granted every selected field in full), the audit log,
 * and rows reached by key that are out of scope (the gateway answers those with FORBIDDEN errors,
 * which fail the bench anyway).
 *
 * json (not jsonb) keeps the keys in selection order; PostgreSQL prints it as `"key" : value`, a
 * few bytes more than the gateway's compact JSON, which only makes the floor slightly slower.
 */

/** A statement and the values of its scope parameters ($2 …; $1 is the request's own value). */
export interface FloorStatement {
  readonly text: string;
  readonly scopeValues: readonly unknown[];
}

export interface FloorStatements {
  /** $1: the person's ID. */
  readonly person: FloorStatement;
  /** $1: the page size; new immigrants of `district` (the filter) within the caller's scope. */
  readonly persons: FloorStatement;
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** household computes an office's name in code (officeOf); the same list, as rows the query joins. */
const OFFICES_CTE = `offices (code, name) AS (VALUES ${HOUSEHOLD_OFFICES.map((office) => `(${literal(office.code)}, ${literal(office.name)})`).join(", ")})`;

/** The cursor household issues (encodeCursor): base64url of "k:<id>", unpadded. */
const CURSOR_OF = (column: string): string => `rtrim(translate(encode(convert_to('k:' || ${column}::text, 'UTF8'), 'base64'), '+/', '-_'), '=')`;

/**
 * Turns TypeORM-style named parameters (`:scopeOrg`) of the scope predicates into positional ones
 * shared by the whole statement; one name always carries one value for one caller.
 */
class Parameters {
  private readonly positions = new Map<string, number>();
  readonly values: unknown[] = [];

  constructor(private readonly first: number) {}

  bind(condition: ScopeCondition): string {
    return condition.sql.replace(/(?<![:\w]):(\w+)/g, (match: string, name: string) => {
      if (!(name in condition.params)) {
        return match;
      }
      return `$${this.position(name, (condition.params as Record<string, unknown>)[name])}`;
    });
  }

  position(name: string, value: unknown): number {
    const known = this.positions.get(name);
    if (known !== undefined) {
      if (JSON.stringify(this.values[known - this.first]) !== JSON.stringify(value)) {
        throw new Error(`Scope parameter ${name} has two values in one statement`);
      }
      return known;
    }
    this.values.push(value);
    const position = this.first + this.values.length - 1;
    this.positions.set(name, position);
    return position;
  }
}

interface Scopes {
  readonly of: (policy: SubgraphPolicy, predicates: Readonly<Record<string, ScopePredicate>>, typeName: string, alias: string) => string;
}

function scopesFor(principal: Principal, parameters: Parameters): Scopes {
  return { of: (policy, predicates, typeName, alias) => `(${parameters.bind(scopeCondition(policy, predicates, typeName, alias, principal))})` };
}

/** A person's referrals at one agency (in scope), with their case's key and service contacts, oldest first like the loaders. */
function personReferrals(schema: string, contactsTable: string, alias: string, scope: string): string {
  return `coalesce((
    SELECT json_agg(json_build_object(
             'id', pr.id,
             'status', pr.status,
             'careCaseId', pr.care_case_id,
             'serviceUnit', pr.service_unit,
             'needs', pr.needs,
             'services', coalesce((
               SELECT json_agg(json_build_object('servedOn', svc.served_on, 'mode', svc.mode, 'summary', svc.summary) ORDER BY svc.served_on, svc.id)
                 FROM "${schema}"."${contactsTable}" svc WHERE svc.referral_id = pr.id), '[]'::json)
           ) ORDER BY pr.referred_on, pr.id)
      FROM "${schema}"."referrals" pr WHERE pr.person_id = ${alias}.id AND ${scope}), '[]'::json)`;
}

/** UNIFIED_PERSON_FIELDS of the person row `alias`, as a json expression. */
function personJson(alias: string, scopes: Scopes): string {
  const registrationScope = scopes.of(householdPolicy, HOUSEHOLD_SCOPES, "Registration", "rg");
  const inquiryScope = scopes.of(householdPolicy, HOUSEHOLD_SCOPES, "ConsentInquiry", "ci");
  const careCaseScope = scopes.of(districtPolicy, DISTRICT_SCOPES, "CareCase", "cc");
  return `json_build_object(
  'id', ${alias}.id,
  'name', ${alias}.name,
  'idNumber', ${alias}.id_number,
  'birthDate', ${alias}.birth_date,
  'isNewImmigrant', ${alias}.origin_country IS NOT NULL,
  'originCountry', ${alias}.origin_country,
  'household', (
    SELECT json_build_object(
             'householdNumber', hh.household_number,
             'address', json_build_object('districtCode', hh.address_district_code, 'village', hh.address_village, 'road', hh.address_road, 'number', hh.address_number))
      FROM "${H}"."households" hh WHERE hh.id = ${alias}.household_id),
  'registrations', coalesce((
    SELECT json_agg(json_build_object(
             'id', rg.id,
             'caseType', rg.case_type,
             'registeredOn', rg.registered_on,
             'office', (SELECT json_build_object('name', o.name) FROM offices o WHERE o.code = rg.office_code),
             'consentInquiry', (
               SELECT json_build_object(
                        'id', ci.id,
                        'decision', ci.decision,
                        'appliedOn', ci.applied_on,
                        'visitAddress', json_build_object('districtCode', ci.visit_district_code, 'village', ci.visit_village, 'neighbourhood', ci.visit_neighbourhood))
                 FROM "${H}"."consent_inquiries" ci WHERE ci.registration_id = rg.id AND ${inquiryScope} LIMIT 1)
           ) ORDER BY rg.registered_on, rg.id)
      FROM "${H}"."registrations" rg WHERE (rg.registrant_id = ${alias}.id OR rg.new_immigrant_id = ${alias}.id) AND ${registrationScope}), '[]'::json),
  -- Issue #13: each 附件1 household answered, with the case its hand-over opened (district's Person.registrationInquiries).
  'registrationInquiries', coalesce((
    SELECT json_agg(json_build_object(
             'id', ci.id,
             'careCase', (SELECT json_build_object('id', lc.id, 'status', lc.status)
                            FROM "${D}"."care_cases" lc WHERE lc.consent_inquiry_id = ci.id
                           -- district answers the latest case of an inquiry (a returned case may be handed over again).
                           ORDER BY lc.handed_over_at DESC, lc.id DESC LIMIT 1)
           ) ORDER BY rg.registered_on, rg.id)
      FROM "${H}"."registrations" rg JOIN "${H}"."consent_inquiries" ci ON ci.registration_id = rg.id
     WHERE (rg.registrant_id = ${alias}.id OR rg.new_immigrant_id = ${alias}.id) AND ${registrationScope} AND ${inquiryScope}), '[]'::json),
  'careCases', coalesce((
    SELECT json_agg(json_build_object(
             'id', cc.id,
             'status', cc.status,
             'visitDistrictCode', cc.visit_district_code,
             'visitAttempts', coalesce((
               SELECT json_agg(json_build_object('attemptNumber', va.attempt_number, 'attemptedOn', va.attempted_on, 'mode', va.mode, 'met', va.met) ORDER BY va.attempt_number, va.id)
                 FROM "${D}"."visit_attempts" va WHERE va.care_case_id = cc.id), '[]'::json),
             'visitRecord', (
               SELECT json_build_object('outcome', vrec.outcome, 'needs', vrec.needs, 'visitedOn', vrec.visited_on, 'state', vrec.state, 'visitedPersonName', vrec.visited_person_name)
                 FROM "${D}"."visit_records" vrec WHERE vrec.care_case_id = cc.id LIMIT 1)
           ) ORDER BY cc.handed_over_at, cc.id)
      FROM "${D}"."care_cases" cc WHERE cc.person_id = ${alias}.id AND ${careCaseScope}), '[]'::json),
  'socialReferrals', ${personReferrals(S, "service_records", alias, scopes.of(socialPolicy, SOCIAL_SCOPES, "SocialReferral", "pr"))},
  'healthReferrals', ${personReferrals(HE, "service_records", alias, scopes.of(healthPolicy, HEALTH_SCOPES, "HealthReferral", "pr"))}
)`;
}

/** The floor's two statements for one caller (the bench's token, in place of a token check). */
export function floorStatements(principal: Principal, pageDistrict: string): FloorStatements {
  const personParameters = new Parameters(2);
  const personText = `WITH ${OFFICES_CTE}
SELECT json_build_object('data', json_build_object('person', (
  SELECT ${personJson("p", scopesFor(principal, personParameters))} FROM "${H}"."persons" p WHERE p.id = $1::uuid)))::text AS body`;

  // The page: household's listPersons — row scope, the district filter (the household's district,
  // on the person's row since issue #13, as listPersons reads it), new immigrants — keyset by ID
  // with one extra row for hasNextPage, and the count over all pages.
  const pageParameters = new Parameters(2);
  const pageScopes = scopesFor(principal, pageParameters);
  const personScope = pageScopes.of(householdPolicy, HOUSEHOLD_SCOPES, "Person", "sp");
  const district = `$${pageParameters.position("pageDistrict", pageDistrict)}`;
  const matching = `FROM "${H}"."persons" sp
    WHERE ${personScope} AND sp.household_district_code = ${district} AND sp.origin_country IS NOT NULL`;
  const pageText = `WITH ${OFFICES_CTE},
page AS (SELECT sp.* ${matching} ORDER BY sp.id LIMIT $1::int + 1),
shown AS (SELECT * FROM page ORDER BY id LIMIT $1::int)
SELECT json_build_object('data', json_build_object('persons', json_build_object(
  'totalCount', (SELECT count(*)::int ${matching}),
  'pageInfo', json_build_object(
    'hasNextPage', (SELECT count(*) FROM page) > $1::int,
    'endCursor', (SELECT ${CURSOR_OF("id")} FROM shown ORDER BY id DESC LIMIT 1)),
  'edges', coalesce((SELECT json_agg(json_build_object('node', ${personJson("p", pageScopes)}) ORDER BY p.id) FROM shown p), '[]'::json)
)))::text AS body`;
  return {
    person: { text: personText, scopeValues: personParameters.values },
    persons: { text: pageText, scopeValues: pageParameters.values },
  };
}
