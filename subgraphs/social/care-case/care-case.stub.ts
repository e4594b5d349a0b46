import { Directive, ObjectType } from "type-graphql";
import { EntityStub } from "../../../shared/federation/entity-stub";

/** D3: the district owns CareCase (and its description); 社會局 adds its intake rows so the district sees the hand-off arrived. */
@ObjectType()
@Directive('@key(fields: "id")')
export class CareCase extends EntityStub {}
