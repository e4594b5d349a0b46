import { Directive, ObjectType } from "type-graphql";
import { EntityStub } from "../../../shared/federation/entity-stub";

/** D3: the district owns CareCase (and its description); 民政局 adds its intake rows (its own cases and the partner agencies') so the district sees the hand-off arrived. */
@ObjectType()
@Directive('@key(fields: "id")')
export class CareCase extends EntityStub {}
