import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { buildClientSchema, getIntrospectionQuery, GraphQLSchema, IntrospectionQuery, parse, validate } from "graphql";
import { postGraphQL } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * STYLE 10: each agency's operations.graphql documents its API for Sandbox; every operation in it
 * must stay valid against the schema the gateway actually serves.
 */
const subgraphsDir = join(__dirname, "..", "..", "subgraphs");

describe("operations.graphql", () => {
  let platform: TestPlatform;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 2 });
    const introspection = await postGraphQL<IntrospectionQuery>(platform.gatewayUrl, getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
  });

  afterAll(async () => {
    await platform.stop();
  });

  it.each(readdirSync(subgraphsDir))("should be present and valid for %s", (agency) => {
    const document = parse(readFileSync(join(subgraphsDir, agency, "operations.graphql"), "utf8"));
    expect(document.definitions.length).toBeGreaterThan(0);
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
