import { Agency, envPrefixOf } from "../../shared/agencies";

/**
 * docker-compose.yml and deploy/postgres-init.sql, written from the agency registry (issue #7) so a
 * new agency's service, database and gateway URL cannot be forgotten. `npm run deploy:generate`
 * writes them; `-- --check` fails when the committed files differ (CI).
 */
const GENERATED = "Generated from shared/agencies.ts by `npm run deploy:generate`: edit the registry or scripts/deploy/render.ts, not this file.";

/** Issue #14: where every subgraph appends its checkpoints (the named volume below) and the key's secret. */
const CHECKPOINT_STORE_PATH = "/var/lib/care-platform/audit-checkpoints";
const CHECKPOINT_KEY_SECRET = "audit_checkpoint_key";

function subgraphService(agency: Agency): string {
  return `  ${agency.name}:
    <<: *subgraph
    environment:
      SUBGRAPH: ${agency.name}
      PORT: "${agency.port}"
      DATABASE_URL: postgres://postgres:\${POSTGRES_PASSWORD:-change-me}@postgres:5432/${agency.schema}
      # D3: a subgraph delivers its hand-offs (outbox) through the gateway, with its own service key.
      GATEWAY_URL: http://gateway:4000/graphql
      JWT_JWKS_URL: \${JWT_JWKS_URL:-}
      JWT_SECRET: \${JWT_SECRET:-}
      # Issue #14: the audit chain head signed into a store outside the database, with the operator's key.
      AUDIT_CHECKPOINT_DIR: ${CHECKPOINT_STORE_PATH}
      AUDIT_CHECKPOINT_KEY_FILE: /run/secrets/${CHECKPOINT_KEY_SECRET}
`;
}

export function renderDockerCompose(agencies: readonly Agency[]): string {
  const urls = agencies.map((agency) => `      ${envPrefixOf(agency.name)}_URL: http://${agency.name}:${agency.port}/graphql\n`).join("");
  const dependsOn = agencies.map((agency) => `      ${agency.name}: { condition: service_healthy }\n`).join("");
  return `# ${GENERATED}
# The multi-process deployment (D7): the gateway and each agency's subgraph as separate services,
# each subgraph over its own PostgreSQL database. Only the gateway publishes a port; subgraphs stay
# on the private network \`agencies\` (ARCHITECTURE D4: they are not public).
# Validate with \`docker-compose config\`. Set JWT_JWKS_URL (or JWT_PUBLIC_KEY) to the identity
# provider; the development key is refused when NODE_ENV=production.
# Audit checkpoints (issue #14): AUDIT_CHECKPOINT_KEY_FILE names the Ed25519 signing key (PKCS#8 PEM)
# on this host, handed to the subgraphs as a secret; the volume audit-checkpoints is the store, to be
# put on other storage than pgdata (e.g. another machine's mount) so one deletion cannot take both.

x-subgraph: &subgraph
  build: .
  image: care-platform:latest
  command: ["node", "dist/scripts/serve-subgraph.js"]
  restart: unless-stopped
  networks: [agencies]
  depends_on:
    postgres:
      condition: service_healthy
  volumes:
    - audit-checkpoints:${CHECKPOINT_STORE_PATH}
  secrets:
    - ${CHECKPOINT_KEY_SECRET}
  healthcheck:
    test: ["CMD", "node", "-e", "fetch('http://localhost:' + process.env.PORT + '/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
    interval: 10s
    timeout: 3s
    retries: 5

services:
  postgres:
    image: postgres:15
    environment:
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-change-me}
    volumes:
      - pgdata:/var/lib/postgresql/data
      - ./deploy/postgres-init.sql:/docker-entrypoint-initdb.d/init.sql:ro
    networks: [agencies]
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 5s
      timeout: 3s
      retries: 10

${agencies.map(subgraphService).join("\n")}
  gateway:
    build: .
    image: care-platform:latest
    command: ["node", "dist/gateway/main.js"]
    restart: unless-stopped
    ports:
      - "4000:4000"
    environment:
      GATEWAY_PORT: "4000"
      SUPERGRAPH_PATH: /app/supergraph.graphql
${urls}      JWT_JWKS_URL: \${JWT_JWKS_URL:-}
      JWT_SECRET: \${JWT_SECRET:-}
    networks: [agencies, public]
    depends_on:
${dependsOn}
networks:
  agencies:
    internal: true
  public: {}

secrets:
  ${CHECKPOINT_KEY_SECRET}:
    file: \${AUDIT_CHECKPOINT_KEY_FILE:-./secrets/audit-checkpoint-key.pem}

volumes:
  pgdata: {}
  audit-checkpoints: {}
`;
}

export function renderPostgresInit(agencies: readonly Agency[]): string {
  return `-- ${GENERATED}
-- One database per agency (D1): a subgraph's credentials reach only its own database.
${agencies.map((agency) => `CREATE DATABASE ${agency.schema};\n`).join("")}`;
}
