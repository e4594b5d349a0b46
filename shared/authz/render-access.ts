import { GraphQLObjectType, GraphQLSchema, isObjectType } from "graphql";
import { ROLES } from "../auth/roles";
import { MASK_EXAMPLES, MaskKind } from "../masking";
import { AGENCY_TERMS, termOf, TYPE_TERMS } from "./access-terms";
import { accessOf, declarationProblem, mayCall, SubgraphPolicy, throughServices, WriteDeclaration } from "./policy";

/**
 * Issue #7: grants are reviewed, not recomputed. An agency's whole policy — role × type.field,
 * role × operation, role × row scope, and what each mutation touches — rendered as a committed
 * subgraphs/<agency>/ACCESS.md, so every change of who sees what shows up in review as a diff of
 * that file (CI fails when the code and the file differ), and the matrix test checks the running
 * platform against the file, not against the code that enforces it (STYLE habit 11).
 *
 * Deterministic: types and fields in the order the schema declares them, roles in the order of
 * shared/auth/roles.ts.
 */
const DENIED = "—";

/** Federation's entry points are always reachable (STACK.md) and not grants. */
const FEDERATION_FIELDS = new Set(["_entities", "_service"]);

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(" | ")} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(header), row(header.map(() => "---")), ...rows.map(row)];
}

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith("_") && !roots.has(type),
  );
}

function operationsOf(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
    root === null || root === undefined ? [] : Object.keys(root.getFields()).filter((name) => !FEDERATION_FIELDS.has(name)).map((name) => `${root.name}.${name}`),
  );
}

function mutationsOf(schema: GraphQLSchema): string[] {
  const root = schema.getMutationType();
  return root === null || root === undefined ? [] : Object.keys(root.getFields()).map((name) => `Mutation.${name}`);
}

function fieldCell(policy: SubgraphPolicy, typeName: string, fieldName: string, role: (typeof ROLES)[number]): string {
  const access = accessOf(policy, typeName, fieldName, role);
  if (access === "deny") {
    return DENIED;
  }
  if (access === "mask") {
    const kind = policy.types[typeName]?.personal[fieldName]?.mask;
    // Without a masker the enforcement answers null (fail closed): say so rather than guess.
    return kind === undefined ? "mask (none: null)" : `mask (${kind})`;
  }
  return "allow";
}

function writeCells(declaration: WriteDeclaration | undefined): string[] {
  const problem = declarationProblem(declaration);
  if (problem !== undefined || declaration === undefined) {
    return [`none (${problem ?? "missing"}): the subgraph refuses to start`, DENIED, DENIED];
  }
  const { target, actingOrg, ownRows, through } = declaration;
  const targetOnly = target === undefined ? DENIED : target.named === undefined ? target.type : `${target.type}, when the input names one`;
  const actingText = actingOrg === undefined ? DENIED : "the caller's own";
  // Issue #8: an intake only a sending service may call says so where the reviewer reads the sender.
  const throughText = through === undefined ? "" : `only through service ${throughServices(through).join(" or ")} (service token)`;
  // The note stands beside what the declaration says: the acting organisation, or its own rows.
  const targetText = through === undefined || target === undefined || actingOrg !== undefined ? targetOnly : `${targetOnly}, ${throughText}`;
  const senderText = through === undefined || actingOrg === undefined ? actingText : `${actingText}, ${throughText}`;
  const ownText = ownRows === undefined ? DENIED : through === undefined || actingOrg !== undefined ? ownRows : `${ownRows}; ${throughText}`;
  return [targetText, senderText, ownText];
}

function legend(): string[] {
  const masks = (Object.entries(MASK_EXAMPLES) as [MaskKind, string][]).map(([kind, example]) => `\`mask (${kind})\` ${example}`).join(" · ");
  return [
    "Cells: `allow` the full value · `mask (kind)` the masked value · `—` denied (null with FORBIDDEN at the field's path).",
    `Masks: ${masks}.`,
    "A role reads a row-scoped type only within its row scope (below): out of scope every field but `id` is denied.",
    "Fields of a type that is not row-scoped are reached only through a scoped parent, whose rule guards them.",
  ];
}

/** The ACCESS.md of one subgraph: its policy as tables a reviewer reads. */
export function renderAccess(name: string, policy: SubgraphPolicy, schema: GraphQLSchema): string {
  const agency = AGENCY_TERMS[name] ?? name;
  const lines: string[] = [
    `# ${agency} (${name}): who sees what`,
    "",
    `Generated by \`npm run access\` from subgraphs/${name}/policy.ts and the subgraph's schema; checked in CI`,
    "(`npm run access -- --check`). Do not edit it: change the policy, re-run `npm run access`, and commit both.",
    "Every change of who sees what shows up in review as a diff of this file (issue #7).",
    "",
    ...legend(),
    "",
    "## Operations",
    "",
    ...table(
      ["operation", ...ROLES],
      operationsOf(schema).map((operation) => [operation, ...ROLES.map((role) => (mayCall(policy, operation, role) ? "allow" : DENIED))]),
    ),
    "",
    "`_entities` and `_service` are reachable with any valid token (federation); their fields follow the type tables.",
    "",
    "## Row scope",
    "",
    "The named scope (implemented in the subgraph's scope.ts) that decides which rows of a type a role sees; `—`: no row.",
    "",
    ...table(
      ["type", ...ROLES],
      objectTypes(schema)
        .filter((type) => policy.types[type.name]?.rowScoped === true)
        .map((type) => [type.name, ...ROLES.map((role) => policy.rowScope[type.name]?.[role] ?? DENIED)]),
    ),
    "",
    "## Writes",
    "",
    "What each mutation touches (issue #7). A target must exist (else NOT_FOUND) and be in the caller's row scope (else",
    "FORBIDDEN); an acting organisation named in the input must be the caller's own (else FORBIDDEN); both are checked",
    "before the mutation runs, so a refused write writes nothing. Own rows: it only creates rows of the caller's own.",
    "",
    ...table(
      ["mutation", "target", "acting organisation", "own rows (why that is safe)"],
      [
        ...mutationsOf(schema).map((mutation) => [mutation, ...writeCells(policy.writes[mutation])]),
        ...Object.keys(policy.writes)
          .filter((declared) => !mutationsOf(schema).includes(declared))
          .map((declared) => [declared, "stale: the schema has no such mutation", DENIED, DENIED]),
      ],
    ),
    "",
    "## Fields",
  ];
  for (const type of objectTypes(schema)) {
    const typePolicy = policy.types[type.name];
    const kind = typePolicy === undefined ? "no policy entry: every field denied" : typePolicy.rowScoped ? "row-scoped" : "reached through its parent";
    lines.push(
      "",
      `### ${type.name} ${TYPE_TERMS[type.name] ?? ""}`.trimEnd(),
      "",
      `${kind}.`,
      "",
      ...table(
        ["field", "中文", "data", ...ROLES],
        Object.values(type.getFields()).map((field) => [
          field.name,
          termOf(type.name, field.name, field.description),
          typePolicy?.personal[field.name] === undefined ? "" : "personal",
          ...ROLES.map((role) => fieldCell(policy, type.name, field.name, role)),
        ]),
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}
