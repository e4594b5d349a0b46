import {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from "graphql";

/**
 * Hardening at the gateway (issue #4): limits on what one operation may ask for, checked while
 * Apollo validates the document — before any query plan or subgraph fetch. A rejected operation
 * comes back with Apollo's GRAPHQL_VALIDATION_FAILED (tokens: GRAPHQL_PARSE_FAILED, see
 * `maxTokens`), and the message names the limit and the measured value, never data.
 */
export interface QueryLimits {
  /** Nested selection sets along the deepest path, fragments followed, introspection ignored. */
  readonly maxDepth: number;
  /** Aliased fields in one operation, counted once per fragment spread. */
  readonly maxAliases: number;
  /** Estimated cost (see `CostModel`). */
  readonly maxCost: number;
  /** Lexical tokens in the request document; enforced by graphql-js' parser (`parseOptions`). */
  readonly maxTokens: number;
}

/**
 * Sized by measuring every operation in subgraphs/<agency>/operations.graphql and the frontends'
 * unified view (scripts/operations/unified-view.ts); tests/http/limits.test.ts keeps them within
 * these limits with room to spare:
 *
 * - depth: the deepest legitimate operation is 7 (the unified view: persons › edges › node ›
 *   registrations › consentInquiry › visitAddress › village). 12 leaves room for a frontend to add a few levels, and cuts a Person ⇄ CareCase
 *   cycle (careCases { person { careCases { person … } } }) after a few hops.
 * - aliases: the frontends use none. 30 still lets a screen fetch a handful of persons by ID in one
 *   request (`a: person(id: …) b: person(id: …)`); the cost limit bounds what each alias asks for.
 * - cost: the most expensive legitimate operation is the unified view of a full page
 *   (UnifiedPersons with first: 200) at 45,206 — 200 persons × ~225 each (79,806 before issue #13
 *   read the referrals at the person rather than under each case); one person's unified view costs
 *   226 (UnifiedPerson) or 302 (UnifiedCaseView), every other operation 1,806 or less. 200,000
 *   leaves a full page 4× room for the frontends to add fields, but not five full pages in one
 *   request (~226,000),
 *   nor an alias or nesting fan-out (30 aliased full pages ≈ 2.4 million; a fragment bomb of
 *   2^20 spreads ≈ 2 million).
 * - tokens: the largest legitimate document is under 350 tokens (all of household's
 *   operations.graphql sent as one document: 348; the unified view of a page: 147; graphql-js'
 *   introspection query: 163); 5,000 is far above any hand-written operation and far below what makes
 *   parsing and validation (some rules are quadratic) expensive. The request body limit (1 MB,
 *   shared/http/serve.ts) would admit hundreds of thousands of tokens.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 200_000,
  maxTokens: 5_000,
};

/**
 * The cost model. Every field costs 1; a field that returns a list multiplies the cost of its
 * subtree by the list's estimated size:
 *
 * - a field with a `first` argument (a Relay connection) passes its page size down to the list
 *   directly inside it (`edges`): the literal when given; the subgraphs' default page size when
 *   `first` is absent or null; and for a variable the largest page the subgraphs serve. Validation
 *   runs once per document, before and without the variables (Apollo caches the validated
 *   document), so a variable's value cannot be read here; assuming the largest page keeps the
 *   estimate an upper bound, so `first: $first` cannot be used to slip a big page past the limit.
 * - any other list (registrations, careCases, visitAttempts, referrals, services, householdOffices)
 *   counts `listSize` items: these are small lists in this domain (a person has a few registrations
 *   and care cases; a case at most two visit attempts and a few referrals and services).
 *
 * Introspection (`__schema`, `__type`) costs nothing here; it is off in production anyway.
 */
export interface CostModel {
  readonly listSize: number;
  /** DEFAULT_PAGE_SIZE in shared/graphql/connection.ts (`first` absent). */
  readonly defaultPageSize: number;
  /** MAX_PAGE_SIZE in shared/graphql/connection.ts (`first` is a variable). */
  readonly maxPageSize: number;
}

// Mirrors of shared/graphql/connection.ts, kept here so the gateway does not load type-graphql;
// tests/http/limits.test.ts checks that they agree.
export const DEFAULT_COST_MODEL: CostModel = { listSize: 3, defaultPageSize: 20, maxPageSize: 200 };

export interface OperationMeasure {
  readonly depth: number;
  readonly aliases: number;
  readonly cost: number;
}

const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/** What a selection set measures, independent of where it is used (so fragments are measured once). */
type SelectionMeasure = OperationMeasure;

const EMPTY: SelectionMeasure = { depth: 0, aliases: 0, cost: 0 };

/**
 * Measures operations of one document. Fragments are measured once per (fragment, page size) and
 * memoised, so a "fragment bomb" (each fragment spreading the next twice) costs linear time here
 * even though its expansion is exponential; a fragment cycle counts as empty (NoFragmentCyclesRule
 * reports it).
 */
class Measurer {
  private readonly fragmentMeasures = new Map<string, SelectionMeasure>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragment: (name: string) => FragmentDefinitionNode | undefined,
    private readonly model: CostModel,
  ) {}

  operation(operation: OperationDefinitionNode): OperationMeasure {
    const root = this.schema.getRootType(operation.operation) ?? undefined;
    return this.selectionSet(operation.selectionSet, root, undefined);
  }

  /**
   * `pageSize` is set when this selection set belongs to a paged field (one with `first`): a list
   * directly inside it has that many items.
   */
  private selectionSet(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, pageSize: number | undefined): SelectionMeasure {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      let measure: SelectionMeasure;
      switch (selection.kind) {
        case Kind.FIELD:
          measure = this.field(selection, parentType, pageSize);
          break;
        case Kind.INLINE_FRAGMENT: {
          const type = selection.typeCondition === undefined ? parentType : this.schema.getType(selection.typeCondition.name.value);
          const inner = this.selectionSet(selection.selectionSet, type ?? undefined, pageSize);
          // An inline fragment adds no level: its fields sit in the enclosing selection set.
          measure = { depth: inner.depth - 1, aliases: inner.aliases, cost: inner.cost };
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const inner = this.fragmentSpread(selection.name.value, pageSize);
          measure = { depth: inner.depth - 1, aliases: inner.aliases, cost: inner.cost };
          break;
        }
      }
      depth = Math.max(depth, measure.depth + 1);
      aliases += measure.aliases;
      cost += measure.cost;
    }
    return { depth, aliases, cost };
  }

  private fragmentSpread(name: string, pageSize: number | undefined): SelectionMeasure {
    const key = `${name}\u0000${pageSize ?? ""}`;
    const known = this.fragmentMeasures.get(key);
    if (known !== undefined) {
      return known;
    }
    const definition = this.fragment(name);
    if (definition === undefined || this.inProgress.has(key)) {
      return EMPTY;
    }
    this.inProgress.add(key);
    const type = this.schema.getType(definition.typeCondition.name.value) ?? undefined;
    const measure = this.selectionSet(definition.selectionSet, type, pageSize);
    this.inProgress.delete(key);
    this.fragmentMeasures.set(key, measure);
    return measure;
  }

  /** A field's depth counts the field's own level as 0 (its selection set adds the levels below). */
  private field(node: FieldNode, parentType: GraphQLNamedType | undefined, pageSize: number | undefined): SelectionMeasure {
    const aliased = node.alias === undefined ? 0 : 1;
    if (INTROSPECTION_ROOTS.has(node.name.value)) {
      return { depth: 0, aliases: aliased, cost: 0 };
    }
    const definition = fieldOf(parentType, node.name.value);
    if (node.selectionSet === undefined) {
      return { depth: 0, aliases: aliased, cost: 1 };
    }
    const type = definition === undefined ? undefined : getNamedType(definition.type);
    const ownPageSize = definition !== undefined && definition.args.some((arg) => arg.name === "first") ? this.pageSizeOf(node) : undefined;
    const inner = this.selectionSet(node.selectionSet, type, ownPageSize);
    const isList = definition !== undefined && isListType(getNullableType(definition.type));
    const items = isList ? (ownPageSize ?? pageSize ?? this.model.listSize) : 1;
    return { depth: inner.depth, aliases: aliased + inner.aliases, cost: 1 + items * inner.cost };
  }

  private pageSizeOf(node: FieldNode): number {
    const first = node.arguments?.find((argument) => argument.name.value === "first")?.value;
    if (first === undefined || first.kind === Kind.NULL) {
      return this.model.defaultPageSize;
    }
    if (first.kind === Kind.INT) {
      return Math.max(0, Number(first.value));
    }
    if (first.kind === Kind.VARIABLE) {
      return this.model.maxPageSize;
    }
    // A value of the wrong type: the standard rules reject the document anyway.
    return this.model.defaultPageSize;
  }
}

function fieldOf(parentType: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (parentType !== undefined && (isObjectType(parentType) || isInterfaceType(parentType))) {
    return parentType.getFields()[name];
  }
  return undefined;
}

/** Depth, aliases and estimated cost of every operation in `document` (for rules, tests and reports). */
export function measureOperations(schema: GraphQLSchema, document: DocumentNode, model: CostModel = DEFAULT_COST_MODEL): Map<string, OperationMeasure> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const measurer = new Measurer(schema, (name) => fragments.get(name), model);
  const measures = new Map<string, OperationMeasure>();
  document.definitions.forEach((definition, index) => {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      measures.set(definition.name?.value ?? `#${index}`, measurer.operation(definition));
    }
  });
  return measures;
}

/**
 * One rule per limit, each measuring every operation of the document once: `pick` selects the
 * measured value, `name` names the limit in the message.
 */
function limitRule(limit: number, name: string, pick: (measure: OperationMeasure) => number, model: CostModel): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const measurer = new Measurer(context.getSchema(), (fragment) => context.getFragment(fragment) ?? undefined, model);
    return {
      OperationDefinition(operation) {
        const value = pick(measurer.operation(operation));
        if (value > limit) {
          context.reportError(new GraphQLError(`${name} ${formatNumber(value)} exceeds the limit of ${formatNumber(limit)}`, { nodes: [operation] }));
        }
        // The operation's fields were measured here; nothing below needs visiting.
        return false;
      },
    };
  };
}

function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value)) : "∞";
}

export function maxDepthRule(maxDepth: number): ValidationRule {
  return limitRule(maxDepth, "Query depth", (measure) => measure.depth, DEFAULT_COST_MODEL);
}

export function maxAliasesRule(maxAliases: number): ValidationRule {
  return limitRule(maxAliases, "Alias count", (measure) => measure.aliases, DEFAULT_COST_MODEL);
}

export function maxCostRule(maxCost: number, model: CostModel = DEFAULT_COST_MODEL): ValidationRule {
  return limitRule(maxCost, "Query cost", (measure) => measure.cost, model);
}

/** The validation rules for Apollo's `validationRules` (the token limit goes to `parseOptions`). */
export function queryLimitRules(limits: QueryLimits, model: CostModel = DEFAULT_COST_MODEL): ValidationRule[] {
  return [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases), maxCostRule(limits.maxCost, model)];
}
