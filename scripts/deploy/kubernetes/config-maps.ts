import { createHash } from "crypto";
import { ConfigMap, Namespace } from "kubernetes-models/v1";
import { NAMESPACE, PART_OF } from "./settings";

/** The files the gateway reads, shipped beside it rather than baked into the image (a new supergraph rolls the pods, not a rebuild). */
export interface GatewayFiles {
  /** supergraph.graphql, as `npm run compose` wrote it. */
  readonly supergraph: string;
  /** web/src/gql/persisted-documents.json: the only operations the gateway runs in production (D10). */
  readonly trustedDocuments: string;
}

export const SUPERGRAPH_CONFIG_MAP = { name: "supergraph", key: "supergraph.graphql", mountPath: "/config/supergraph" } as const;
export const TRUSTED_DOCUMENTS_CONFIG_MAP = { name: "trusted-documents", key: "persisted-documents.json", mountPath: "/config/trusted-documents" } as const;

export function namespace(): Namespace {
  // Pod Security "restricted": the pods below are built to pass it (non-root, no escalation, no capabilities).
  return new Namespace({
    metadata: { name: NAMESPACE, labels: { "app.kubernetes.io/part-of": PART_OF, "pod-security.kubernetes.io/enforce": "restricted" } },
  });
}

function fileConfigMap(name: string, key: string, text: string): ConfigMap {
  return new ConfigMap({ metadata: { name, namespace: NAMESPACE, labels: { "app.kubernetes.io/part-of": PART_OF } }, data: { [key]: text } });
}

export function gatewayConfigMaps(files: GatewayFiles): readonly ConfigMap[] {
  return [
    fileConfigMap(SUPERGRAPH_CONFIG_MAP.name, SUPERGRAPH_CONFIG_MAP.key, files.supergraph),
    fileConfigMap(TRUSTED_DOCUMENTS_CONFIG_MAP.name, TRUSTED_DOCUMENTS_CONFIG_MAP.key, files.trustedDocuments),
  ];
}

/** A short digest of the files, on the gateway's pod template: a changed file changes it, and the pods roll. */
export function checksumOf(files: GatewayFiles): string {
  return createHash("sha256").update(files.supergraph).update("\0").update(files.trustedDocuments).digest("hex").slice(0, 16);
}
