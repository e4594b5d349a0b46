import { Role, ROLES } from "../../../shared/auth/roles";
import { createsOwnRows, SubgraphPolicy, typePolicy } from "../../../shared/authz/policy";

/**
 * The directory's part of 民政局's policy (C1, issue #9; D4). Public data — agencies, their public
 * numbers, duties, the visit form's boxes — read by every authenticated role: the console prints the
 * form and the targets' numbers for every role that works a case. No DIRECTORY_ADMIN: 民政局 keeps
 * the directory (A11 coordinates), so its CIVIL_AFFAIRS_OFFICER publishes a city's new version.
 */
const EVERYONE = [...ROLES];
const open = (...fields: string[]) => typePolicy({ readers: EVERYONE, rowScoped: false, open: fields, personal: {} });

export const directoryPolicy: SubgraphPolicy = {
  writes: {
    "Mutation.publishServiceDirectory": createsOwnRows("a new version of a city's directory, a whole set of new rows; a stored version is never changed (C1)"),
  },
  operations: {
    "Query.serviceDirectory": EVERYONE,
    "Query.directoryAgency": EVERYONE,
    "Mutation.publishServiceDirectory": [Role.CIVIL_AFFAIRS_OFFICER],
  },
  types: {
    ServiceDirectory: open("city", "versionDate", "printedVersion", "publishedAt", "agencies", "categories", "visitFormBoxes"),
    DirectoryAgency: open("code", "city", "name", "level", "phone", "units", "categories", "duties"),
    DirectoryUnit: open("code", "name", "phone", "count", "tasks"),
    DirectoryCategory: open("code", "name", "agencies", "duties"),
    DirectoryDuty: open("agencyCode", "categoryCode", "itemNumber", "text"),
    DirectoryVisitFormBox: open("code", "label", "order", "kind", "agencyCode", "unitCode", "description", "printedOnForm", "needs"),
  },
  rowScope: {},
};
