import { districtsOfCarePoint } from "../../shared/domain/care-points";
import { ChildCareCategory } from "../../shared/domain/child-care";
import { HEALTH_SCHEMA as HE } from "../../subgraphs/health/schema-name";
import { HOUSEHOLD_SCHEMA as H } from "../../subgraphs/household/schema-name";
import { POLICE_SCHEMA as P } from "../../subgraphs/police/schema-name";
import { SOCIAL_SCHEMA as S } from "../../subgraphs/social/schema-name";

/**
 * The child view's floor (issue #12): what the holding unit's social worker gets of
 * UNIFIED_CHILD_QUERY, built by PostgreSQL alone in ONE statement over the four agencies' schemas,
 * as the JSON text of the gateway's `data`. The same fields and list orders as the subgraphs'
 * loaders; the worker's row scopes as the policies name them (the unit's case and reports, health's
 * follow-ups referred to the unit's districts); what the worker may not read is null, as the
 * gateway answers it (the gateway adds the FORBIDDEN errors, which the floor leaves out, with the
 * token checks, the masks other than the ID number's and the audit log).
 *
 * $1: the child's Person id; $2: the worker's unit; $3: the unit's districts.
 */
const iso = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const list = (select: string): string => `COALESCE((${select}), '[]'::json)`;
const B1_ORDER = `ARRAY[${Object.values(ChildCareCategory).map((category) => `'${category}'`).join(", ")}]`;

const FOLLOW_UP = `(SELECT json_build_object(
    'id', f.id, 'status', f.status, 'windowStart', f.window_start::text, 'windowEnd', f.window_end::text, 'outcome', f.outcome,
    'referralCondition', f.referral_condition, 'referredOn', f.referred_on::text,
    'catchUpRule', (SELECT json_build_object('remindersInWindow', count(*)::int, 'twoWayContacts', (count(*) FILTER (WHERE r.two_way))::int,
        'holds', count(*) >= 3 AND count(*) FILTER (WHERE r.two_way) >= 1)
      FROM "${HE}"."vaccination_reminders" r WHERE r.follow_up_id = f.id AND r.reminded_on BETWEEN f.window_start AND f.window_end),
    'reminders', ${list(`SELECT json_agg(json_build_object('remindedOn', r.reminded_on::text, 'mode', r.mode, 'twoWay', r.two_way, 'reached', r.reached) ORDER BY r.reminded_on, r.id)
      FROM "${HE}"."vaccination_reminders" r WHERE r.follow_up_id = f.id`)})
  FROM "${HE}"."vaccination_follow_ups" f
  WHERE f.id::text = n.details ->> 'vaccinationFollowUpId' AND f.referred_on IS NOT NULL AND f.health_centre_code = ANY($3))`;

const CASE = `(SELECT json_build_object(
    'id', c.id, 'status', c.status, 'holdingUnit', c.holding_unit, 'receivedAt', ${iso("c.received_at")}, 'childName', c.child_name,
    'idNumber', CASE WHEN c.id_number IS NULL THEN NULL ELSE left(c.id_number, 3) || '****' || right(c.id_number, 3) END,
    'categories', ${list(`SELECT json_agg(k.category ORDER BY array_position(${B1_ORDER}, k.category)) FROM (SELECT DISTINCT n.category::text AS category FROM "${S}"."child_care_notices" n WHERE n.case_id = c.id) k`)},
    'notices', ${list(`SELECT json_agg(json_build_object('id', n.id, 'category', n.category, 'senderService', n.sender_service, 'noticedOn', n.noticed_on::text,
        'vaccinationFollowUp', ${FOLLOW_UP}) ORDER BY n.created_at, n.id) FROM "${S}"."child_care_notices" n WHERE n.case_id = c.id`)},
    'merges', ${list(`SELECT json_agg(json_build_object('id', m.id, 'matchedOn', m.matched_on, 'mergedAt', ${iso("m.merged_at")}, 'undoneAt', ${iso("m.undone_at")}) ORDER BY m.created_at, m.id)
        FROM "${S}"."child_care_merges" m WHERE m.case_id = c.id`)},
    'recordMatches', ${list(`SELECT json_agg(json_build_object('source', x.source, 'found', x.found, 'matchedOn', x.matched_on::text) ORDER BY x.created_at, x.id)
        FROM "${S}"."child_care_record_matches" x WHERE x.case_id = c.id`)},
    'requests', ${list(`SELECT json_agg(json_build_object('kind', q.kind, 'searchReason', q.search_reason, 'requestedOn', q.requested_on::text) ORDER BY q.created_at, q.id)
        FROM "${S}"."child_care_requests" q WHERE q.case_id = c.id`)},
    'found', ${list(`SELECT json_agg(json_build_object('foundOn', o.found_on::text, 'location', o.location) ORDER BY o.received_at, o.id) FROM "${S}"."child_care_found" o WHERE o.case_id = c.id`)},
    'visitedOn', c.visited_on::text, 'assessment', c.assessment, 'treatment', c.treatment, 'sentForReviewAt', ${iso("c.sent_for_review_at")}, 'closedOn', c.closed_on::text,
    'deadlines', ${list(`SELECT json_agg(json_build_object('step', d.step, 'dueAt', ${iso("d.due_at")}, 'state', d.state) ORDER BY d.due_at, d.id)
        FROM "${S}"."deadlines" d WHERE d.subject_type = 'ChildCareCase' AND d.subject_id = c.id::text`)},
    'protectionReports', ${list(`SELECT json_agg(json_build_object('id', pr.id, 'article', pr.article, 'reportedAt', ${iso("pr.reported_at")}, 'reporterRole', pr.reporter_role) ORDER BY pr.reported_at, pr.id)
        FROM "${S}"."child_protection_reports" pr WHERE pr.case_id = c.id AND pr.receiving_unit = $2`)})
  FROM "${S}"."child_care_cases" c WHERE c.person_id = p.id AND c.holding_unit = $2
  ORDER BY (c.status = 'CLOSED'), c.received_at DESC, c.id DESC LIMIT 1)`;

const SEARCHES = list(`SELECT json_agg(json_build_object('id', r.id, 'reason', NULL, 'requesterAgency', NULL, 'status', NULL, 'requestedOn', NULL, 'visitedOn', NULL,
    'visitNote', NULL, 'outcome', NULL, 'resultOn', NULL) ORDER BY r.received_at, r.id) FROM "${P}"."search_requests" r WHERE r.person_id = p.id`);

const REPORTS = list(`SELECT json_agg(json_build_object('id', pr.id, 'article', pr.article, 'reportedAt', ${iso("pr.reported_at")}, 'reporterRole', pr.reporter_role,
    'reporterOrg', pr.reporter_org, 'reporterName', pr.reporter_name, 'summary', pr.summary) ORDER BY pr.reported_at, pr.id)
  FROM "${S}"."child_protection_reports" pr WHERE pr.person_id = p.id AND pr.receiving_unit = $2`);

export const CHILD_VIEW_FLOOR_SQL = `SELECT json_build_object('data', json_build_object('person', json_build_object(
    'id', p.id, 'name', NULL, 'idNumber', NULL, 'birthDate', NULL, 'sex', NULL, 'registrations', NULL, 'exOfficioRecords', NULL,
    'childCareCase', ${CASE}, 'searchRequests', ${SEARCHES}, 'protectionReports', ${REPORTS})))::text AS body
  FROM "${H}"."persons" p WHERE p.id = $1`;

/** The statement's values for the worker of `unit`. */
export function childViewFloorValues(personId: string, unit: string): unknown[] {
  return [personId, unit, districtsOfCarePoint(unit)];
}
