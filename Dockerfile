# One image for the gateway and every subgraph; the command picks the process (D7).
# Node.js 26, the Active LTS line (issue #14): the one CI runs on and package.json's `engines` names.
FROM node:26-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY gateway gateway
COPY subgraphs subgraphs
COPY shared shared
COPY scripts scripts
RUN npm run build && npm prune --omit=dev

FROM node:26-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json supergraph.graphql ./
# The office calendar (shared/calendar) is found beside the compiled code, as data/ is beside the source.
COPY data dist/data
# The console's persisted documents: in production the gateway runs only these (D10), and it looks for
# them beside its compiled code (gateway/config.ts); Kubernetes mounts them from a ConfigMap instead.
COPY web/src/gql/persisted-documents.json dist/web/src/gql/persisted-documents.json
# Issue #14: the audit checkpoint store's mount point, the node user's, so a new named volume mounted
# there (docker-compose.yml) starts writable by the subgraphs.
RUN mkdir -p /var/lib/care-platform/audit-checkpoints && chown node:node /var/lib/care-platform/audit-checkpoints
USER node
