import { Role, ROLES } from "../../../shared/auth/roles";
import { createsOwnRows, onlyThrough, typePolicy } from "../../../shared/authz/policy";
import { CIVIL_AFFAIRS_SERVICE } from "../../../shared/directory/intake";

/**
 * The district's part for 民政局's directory (issue #9, C1; D3, D4), spread into policy.ts. The boxes
 * are public (labels, agencies' numbers): every role reads them. The intake is 民政局's officer's,
 * only through civil-affairs' service token, so a version reaches the district only as 民政局
 * published it.
 */
export const serviceDirectoryPolicy = {
  operations: {
    "Query.visitFormBoxes": [...ROLES],
    "Mutation.receiveServiceDirectory": [Role.CIVIL_AFFAIRS_OFFICER],
  },
  writes: {
    "Mutation.receiveServiceDirectory": onlyThrough(CIVIL_AFFAIRS_SERVICE, createsOwnRows("the district's own copy of a directory version 民政局 published")),
  },
  types: {
    VisitFormBox: typePolicy({
      readers: [...ROLES],
      rowScoped: false,
      open: ["code", "label", "order", "kind", "agencyCode", "agencyName", "phone", "description", "printedOnForm", "needs", "versionDate"],
      personal: {},
    }),
    ReceivedServiceDirectory: typePolicy({ readers: [Role.CIVIL_AFFAIRS_OFFICER], rowScoped: false, open: ["id", "city", "versionDate", "receivedAt"], personal: {} }),
  },
} as const;
