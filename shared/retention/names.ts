import { pascalOfAgency } from "../graphql/agency-names";

/** The root fields of one agency's retention (issue #9): named per agency, as federation routes a root field to one subgraph. */
export interface RetentionFieldNames {
  /** Query: the caller's organisation's setting, e.g. `districtRetention`. */
  readonly setting: string;
  /** Query: the holds the caller's organisation placed, e.g. `districtLegalHolds`. */
  readonly holds: string;
  /** Mutation, e.g. `setDistrictRetention(org, periodMonths)`. */
  readonly set: string;
  /** Mutation, e.g. `placeDistrictLegalHold(subjectId, reason)`. */
  readonly place: string;
  /** Mutation, e.g. `liftDistrictLegalHold(holdId, reason)`. */
  readonly lift: string;
}

export function retentionFieldNames(agency: string): RetentionFieldNames {
  const pascal = pascalOfAgency(agency);
  const camel = `${pascal.charAt(0).toLowerCase()}${pascal.slice(1)}`;
  return {
    setting: `${camel}Retention`,
    holds: `${camel}LegalHolds`,
    set: `set${pascal}Retention`,
    place: `place${pascal}LegalHold`,
    lift: `lift${pascal}LegalHold`,
  };
}
