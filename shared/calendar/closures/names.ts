import { pascalOfAgency } from "../../graphql/agency-names";

/** What a deadline-owning agency's closure intake is called, and the document the calendar owner posts to it. */
export interface ClosureIntakeNames {
  /** The root field, e.g. `receiveDistrictOfficeClosure`. */
  readonly field: string;
  /** The operation name in the owner's outbox rows, e.g. `ReceiveDistrictOfficeClosure`. */
  readonly operation: string;
  readonly document: string;
}

/**
 * One intake per agency (issue #8): federation routes a root field to one subgraph only, so each
 * receiver's field carries its name, as `<agency>AuditLog` does. Both sides import these names
 * (STYLE 9): the receiver's resolver and the owner's outbox documents cannot drift apart.
 */
export function closureIntakeNames(agency: string): ClosureIntakeNames {
  const pascal = pascalOfAgency(agency);
  const field = `receive${pascal}OfficeClosure`;
  const operation = `Receive${pascal}OfficeClosure`;
  return {
    field,
    operation,
    document: `mutation ${operation}($input: OfficeClosureNotice!) { ${field}(input: $input) { id } }`,
  };
}
