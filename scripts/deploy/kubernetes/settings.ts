/**
 * The deployment's fixed choices (issue #13, D7), in one place so a reviewer sees them together.
 * What differs per city (image, identity provider, databases, keys) is not here: the image is set
 * in kustomization.yaml, the rest in ConfigMaps and Secrets the operator creates (README "Deploying").
 */
export const NAMESPACE = "care-platform";
export const PART_OF = "care-platform";
/** The one image of the Dockerfile; `kustomize edit set image care-platform=…` points it at the registry. */
export const IMAGE = "care-platform";
export const GATEWAY = "gateway";
export const GATEWAY_PORT = 4000;
/** Where the city's ingress controller runs: the only namespace that may reach the gateway from outside. */
export const INGRESS_NAMESPACE = "ingress-nginx";

/**
 * Operator-made, read whole by every process: the identity provider (JWT_JWKS_URL, JWT_ISSUER,
 * JWT_AUDIENCE), the senders' public keys (SERVICE_KEYS_<NAME>_PUBLIC) and any other setting.
 */
export const SETTINGS_CONFIG_MAP = "settings";

/** Operator-made, one per agency (D1): that agency's PostgreSQL URL, under this key. */
export function databaseSecretOf(agency: string): string {
  return `${agency}-database`;
}
export const DATABASE_URL_KEY = "DATABASE_URL";

/** Operator-made, one per sending agency (D3): its private signing key, SERVICE_KEYS_<NAME>_PRIVATE. */
export function serviceKeySecretOf(agency: string): string {
  return `${agency}-service-key`;
}

/**
 * Issue #14, audit you can trust: every agency's chain head is signed (Ed25519) into a store outside
 * its database. The key is an operator-made Secret, mounted as a file (AUDIT_CHECKPOINT_KEY_FILE).
 */
export const AUDIT_CHECKPOINT_KEY_SECRET = "audit-checkpoint-key";
export const AUDIT_CHECKPOINT_KEY_FILE = "signing-key.pem";
export const AUDIT_CHECKPOINT_KEY_PATH = "/etc/care-platform/audit-checkpoint";
/**
 * The store: an operator-made PersistentVolumeClaim, ReadWriteMany (every replica of every agency
 * appends to its agency's file) and on storage other than the databases', so deleting a database's
 * newest rows cannot also delete their checkpoints (README "Audit checkpoints").
 */
export const AUDIT_CHECKPOINT_STORE_CLAIM = "audit-checkpoints";
export const AUDIT_CHECKPOINT_STORE_PATH = "/var/lib/care-platform/audit-checkpoints";

export interface Sizing {
  readonly replicas: number;
  readonly maxReplicas: number;
  readonly requests: { readonly cpu: string; readonly memory: string };
  readonly limits: { readonly cpu: string; readonly memory: string };
  /** V8's old space, below the memory limit so the process collects before the kernel kills it. */
  readonly heapMb: number;
}

/** Two replicas at least (a node can drain with one left serving); the HPA adds more on CPU. */
export const GATEWAY_SIZING: Sizing = {
  replicas: 2,
  maxReplicas: 8,
  requests: { cpu: "250m", memory: "256Mi" },
  limits: { cpu: "1", memory: "512Mi" },
  heapMb: 384,
};

export const SUBGRAPH_SIZING: Sizing = {
  replicas: 2,
  maxReplicas: 6,
  requests: { cpu: "100m", memory: "192Mi" },
  limits: { cpu: "500m", memory: "384Mi" },
  heapMb: 288,
};

/** Scale out before the pods are saturated: the query planner's latency climbs past about 70 %. */
export const TARGET_CPU_PERCENT = 70;
