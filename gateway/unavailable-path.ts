import { DocumentNode, Kind, OperationDefinitionNode, SelectionSetNode } from "graphql";

/** The response keys a selection set fills, looking through fragments (an `_entities` fetch's `... on Person`). */
function responseKeysOf(selectionSet: SelectionSetNode): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      return selection.name.value === "__typename" ? [] : [selection.alias?.value ?? selection.name.value];
    }
    return selection.kind === Kind.INLINE_FRAGMENT ? responseKeysOf(selection.selectionSet) : [];
  });
}

/** What a root fetch fills is its own fields; an `_entities` fetch fills the fields inside `_entities`. */
function filledKeysOf(operation: OperationDefinitionNode): string[] {
  const top = operation.selectionSet.selections;
  const entities = top.length === 1 && top[0].kind === Kind.FIELD && top[0].name.value === "_entities" ? top[0].selectionSet : undefined;
  return responseKeysOf(entities ?? operation.selectionSet);
}

/**
 * Issue #14: where in the client's response a failed fetch's fields are null — the path the query
 * plan merges the fetch at, plus the field it fills when it fills one (`person.healthReferrals`).
 * The plan's `@` (every element of a list) has no index to name, so the path names the field
 * under the list instead (`person.careCases.healthReferrals`): every element's value is missing.
 */
export function unavailablePath(mergedAt: readonly (string | number)[] | undefined, document: DocumentNode | undefined): (string | number)[] {
  const path = (mergedAt ?? []).filter((element) => element !== "@");
  const operation = document?.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const filled = operation === undefined ? [] : [...new Set(filledKeysOf(operation))];
  return filled.length === 1 ? [...path, filled[0]] : path;
}
