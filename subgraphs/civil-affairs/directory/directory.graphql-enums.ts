import { registerEnumType } from "type-graphql";
import { AgencyLevel } from "./directory.types";

registerEnumType(AgencyLevel, { name: "DirectoryAgencyLevel", description: "C1: a local agency of the city, a central agency, or an NGO (A11)" });

export { AgencyLevel };
