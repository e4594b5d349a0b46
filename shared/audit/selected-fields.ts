import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * The field names a resolver's caller selected on the object it returns (inline fragments and
 * named fragments included, `__typename` left out): what a record of use lists as read.
 */
export function selectedFieldsOf(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === "Field") {
        if (!selection.name.value.startsWith("__")) {
          names.add(selection.name.value);
        }
      } else if (selection.kind === "InlineFragment") {
        visit(selection.selectionSet);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  info.fieldNodes.forEach((node: FieldNode) => visit(node.selectionSet));
  return [...names].sort();
}
