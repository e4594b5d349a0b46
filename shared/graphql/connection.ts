import { ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import { badUserInput } from "../errors";

/** Relay PageInfo; several subgraphs page lists, so it is shareable (identical everywhere). */
@ObjectType({ description: "Relay page information" })
@Directive("@shareable")
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<Node> {
  cursor: string;
  node: Node;
}

export interface Connection<Node> {
  edges: Edge<Node>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionOf<Node extends object>(name: string, nodeType: ClassType<Node>): ClassType<Connection<Node>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: Node;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} (Relay connection)` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<Node>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Matches across all pages" })
    totalCount!: number;
  }

  return ConnectionType;
}

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 20;

/** Cursors are opaque to clients: base64url of the last row's key. */
export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith("k:") || decoded.length < 3) {
    throw badUserInput("The cursor is not one this API issued", "after");
  }
  return decoded.slice(2);
}

export function pageSize(first: number | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, "first");
  }
  return size;
}

/** Turns rows fetched with one extra (limit + 1) into a connection. */
export function toConnection<Node>(rows: Node[], limit: number, keyOf: (node: Node) => string, totalCount: number): Connection<Node> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}

/** The `first` argument's description, so every list states the same limits. */
export const PAGE_SIZE_DESCRIPTION = `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`;
