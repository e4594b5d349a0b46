import { Directive, ObjectType } from "type-graphql";
import { EntityStub } from "../../../shared/federation/entity-stub";

/** D3: the district owns CareCase (and its description); 衛生局 shows the district its referral arrived. */
@ObjectType()
@Directive('@key(fields: "id")')
export class CareCase extends EntityStub {}
