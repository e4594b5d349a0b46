import { GraphQLSchema, isObjectType } from "graphql";
import { MASK_EXAMPLES } from "../masking";
import { SubgraphPolicy } from "./policy";

/**
 * Issue #4: a masked field says so in the schema, so a frontend developer reading Sandbox knows
 * which roles get `王○明` instead of the name. Appended to the field descriptions of the schema
 * before it is printed for composition.
 */
export function describeMasks(schema: GraphQLSchema, policy: SubgraphPolicy): void {
  for (const [typeName, type] of Object.entries(policy.types)) {
    const graphqlType = schema.getType(typeName);
    if (!isObjectType(graphqlType)) {
      continue;
    }
    const fields = graphqlType.getFields();
    for (const [fieldName, personal] of Object.entries(type.personal)) {
      const field = fields[fieldName];
      const maskedFor = Object.entries(personal.access)
        .filter(([, access]) => access === "mask")
        .map(([role]) => role);
      if (field === undefined || maskedFor.length === 0 || personal.mask === undefined) {
        continue;
      }
      const note = `Personal data. Masked (${MASK_EXAMPLES[personal.mask]}) for ${maskedFor.join(", ")}.`;
      field.description = field.description === undefined || field.description === null ? note : `${field.description}. ${note}`;
    }
  }
}
