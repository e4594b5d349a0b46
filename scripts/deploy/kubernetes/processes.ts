import { IEnvFromSource, IVolume, IVolumeMount } from "kubernetes-models/v1";
import { Agency, envPrefixOf } from "../../../shared/agencies";
import { checksumOf, GatewayFiles, SUPERGRAPH_CONFIG_MAP, TRUSTED_DOCUMENTS_CONFIG_MAP } from "./config-maps";
import {
  AUDIT_CHECKPOINT_KEY_FILE,
  AUDIT_CHECKPOINT_KEY_PATH,
  AUDIT_CHECKPOINT_KEY_SECRET,
  AUDIT_CHECKPOINT_STORE_CLAIM,
  AUDIT_CHECKPOINT_STORE_PATH,
  DATABASE_URL_KEY,
  databaseSecretOf,
  GATEWAY,
  GATEWAY_PORT,
  GATEWAY_SIZING,
  SETTINGS_CONFIG_MAP,
  serviceKeySecretOf,
  SUBGRAPH_SIZING,
} from "./settings";
import { HEALTH_PATH, LIVENESS_PATH, ProcessSpec } from "./workload";

/** Every process verifies tokens against the city's identity provider and the senders' public keys (D3, D4). */
const SETTINGS: IEnvFromSource = { configMapRef: { name: SETTINGS_CONFIG_MAP } };

function fileVolume(file: { readonly name: string; readonly mountPath: string }): { volume: IVolume; mount: IVolumeMount } {
  return { volume: { name: file.name, configMap: { name: file.name } }, mount: { name: file.name, mountPath: file.mountPath, readOnly: true } };
}

/** Inside the cluster a subgraph is its Service's name on its registry port. */
function serviceUrlOf(name: string, port: number): string {
  return `http://${name}:${port}/graphql`;
}

export function gatewayProcess(agencies: readonly Agency[], files: GatewayFiles): ProcessSpec {
  const supergraph = fileVolume(SUPERGRAPH_CONFIG_MAP);
  const trusted = fileVolume(TRUSTED_DOCUMENTS_CONFIG_MAP);
  return {
    name: GATEWAY,
    component: "gateway",
    port: GATEWAY_PORT,
    command: ["node", "dist/gateway/main.js"],
    sizing: GATEWAY_SIZING,
    // The gateway's /health is 503 while any one subgraph is down: as readiness it would take every
    // gateway out of rotation at once, a whole outage for one agency's. It listens only once its
    // supergraph is loaded, so answering is being ready; a missing subgraph's fields fail on their own.
    readinessPath: LIVENESS_PATH,
    env: [
      { name: "GATEWAY_PORT", value: String(GATEWAY_PORT) },
      // Issue #13: one process per pod. The pod's CPU limit (1) and memory are sized for one gateway,
      // and the HPA adds pods; cluster mode (gateway/cluster.ts) is for a machine without an orchestrator.
      { name: "GATEWAY_WORKERS", value: "1" },
      { name: "SUPERGRAPH_PATH", value: `${SUPERGRAPH_CONFIG_MAP.mountPath}/${SUPERGRAPH_CONFIG_MAP.key}` },
      { name: "TRUSTED_DOCUMENTS_MANIFESTS", value: `${TRUSTED_DOCUMENTS_CONFIG_MAP.mountPath}/${TRUSTED_DOCUMENTS_CONFIG_MAP.key}` },
      ...agencies.map((agency) => ({ name: `${envPrefixOf(agency.name)}_URL`, value: serviceUrlOf(agency.name, agency.port) })),
    ],
    envFrom: [SETTINGS],
    volumes: [supergraph.volume, trusted.volume],
    mounts: [supergraph.mount, trusted.mount],
    podAnnotations: { "care-platform/gateway-files": checksumOf(files) },
  };
}

/** Issue #14: the checkpoint store (writable) and its signing key (read-only, owner and group only). */
const CHECKPOINT_VOLUMES: readonly IVolume[] = [
  { name: "audit-checkpoints", persistentVolumeClaim: { claimName: AUDIT_CHECKPOINT_STORE_CLAIM } },
  { name: "audit-checkpoint-key", secret: { secretName: AUDIT_CHECKPOINT_KEY_SECRET, defaultMode: 0o440 } },
];
const CHECKPOINT_MOUNTS: readonly IVolumeMount[] = [
  { name: "audit-checkpoints", mountPath: AUDIT_CHECKPOINT_STORE_PATH },
  { name: "audit-checkpoint-key", mountPath: AUDIT_CHECKPOINT_KEY_PATH, readOnly: true },
];

/**
 * An agency's subgraph on its own PostgreSQL (D1): the URL comes from that agency's Secret only, so
 * no manifest holds it and no other agency's pods are given it. A sender also gets its signing key.
 * Every subgraph checkpoints its audit chain head (issue #14) into the store, signed with the key.
 */
export function subgraphProcess(agency: Agency, callsGateway: boolean): ProcessSpec {
  return {
    name: agency.name,
    component: "subgraph",
    port: agency.port,
    command: ["node", "dist/scripts/serve-subgraph.js"],
    sizing: SUBGRAPH_SIZING,
    // Ready once its database answers: a pod cut off from it gets no traffic until it is back.
    readinessPath: HEALTH_PATH,
    env: [
      { name: "SUBGRAPH", value: agency.name },
      { name: "PORT", value: String(agency.port) },
      { name: DATABASE_URL_KEY, valueFrom: { secretKeyRef: { name: databaseSecretOf(agency.name), key: DATABASE_URL_KEY } } },
      ...(callsGateway ? [{ name: "GATEWAY_URL", value: serviceUrlOf(GATEWAY, GATEWAY_PORT) }] : []),
      { name: "AUDIT_CHECKPOINT_DIR", value: AUDIT_CHECKPOINT_STORE_PATH },
      { name: "AUDIT_CHECKPOINT_KEY_FILE", value: `${AUDIT_CHECKPOINT_KEY_PATH}/${AUDIT_CHECKPOINT_KEY_FILE}` },
    ],
    envFrom: [SETTINGS, ...(callsGateway ? [{ secretRef: { name: serviceKeySecretOf(agency.name) } }] : [])],
    volumes: CHECKPOINT_VOLUMES,
    mounts: CHECKPOINT_MOUNTS,
  };
}
