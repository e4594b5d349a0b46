import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { IEnvFromSource, IEnvVar, IProbe, IVolume, IVolumeMount, Service } from "kubernetes-models/v1";
import { LIVENESS_PROBE } from "../../../shared/http/serve";
import { IMAGE, NAMESPACE, PART_OF, Sizing, TARGET_CPU_PERCENT } from "./settings";

/** One process of the platform (the gateway or an agency's subgraph) as Kubernetes runs it. */
export interface ProcessSpec {
  readonly name: string;
  readonly component: "gateway" | "subgraph";
  readonly port: number;
  readonly command: readonly string[];
  readonly sizing: Sizing;
  /** What readiness asks: HEALTH_PATH (the process and its dependencies) or LIVENESS_PATH (the process only). */
  readonly readinessPath: string;
  readonly env: readonly IEnvVar[];
  readonly envFrom: readonly IEnvFromSource[];
  readonly volumes?: readonly IVolume[];
  readonly mounts?: readonly IVolumeMount[];
  /** On the pod template: a changed value rolls the pods (e.g. a new supergraph in its ConfigMap). */
  readonly podAnnotations?: Readonly<Record<string, string>>;
}

export type Workload = readonly [Deployment, Service, HorizontalPodAutoscaler, PodDisruptionBudget];

/** The labels that pick a process's pods: its Service, PDB and the NetworkPolicies select on them. */
export function podLabelsOf(name: string): Record<string, string> {
  return { "app.kubernetes.io/name": name, "app.kubernetes.io/part-of": PART_OF };
}

function metadataOf(spec: ProcessSpec): { name: string; namespace: string; labels: Record<string, string> } {
  return { name: spec.name, namespace: NAMESPACE, labels: { ...podLabelsOf(spec.name), "app.kubernetes.io/component": spec.component } };
}

/** `/health` asks the process and what it depends on; `/health?probe=live` the process only (shared/http/serve.ts). */
export const HEALTH_PATH = "/health";
export const LIVENESS_PATH = `${HEALTH_PATH}?probe=${LIVENESS_PROBE}`;

function healthProbe(path: string): IProbe {
  return { httpGet: { path, port: "http" }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 };
}

/** The image's user `node` (uid 1000): Kubernetes can only check runAsNonRoot against a number. */
const NODE_UID = 1000;
/** Node and its libraries may write temporary files; everything else of the root fs is read-only. */
const TMP_VOLUME: IVolume = { name: "tmp", emptyDir: { sizeLimit: "64Mi" } };
const TMP_MOUNT: IVolumeMount = { name: "tmp", mountPath: "/tmp" };

function deploymentOf(spec: ProcessSpec): Deployment {
  const labels = metadataOf(spec).labels;
  return new Deployment({
    metadata: metadataOf(spec),
    spec: {
      replicas: spec.sizing.replicas,
      selector: { matchLabels: podLabelsOf(spec.name) },
      // One pod at a time, never below the replicas asked for: the PDB's floor holds during a rollout too.
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels, ...(spec.podAnnotations === undefined ? {} : { annotations: { ...spec.podAnnotations } }) },
        spec: {
          // The processes never call the Kubernetes API: no token to steal from a pod.
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, runAsUser: NODE_UID, runAsGroup: NODE_UID, fsGroup: NODE_UID, seccompProfile: { type: "RuntimeDefault" } },
          // Replicas on different nodes where the cluster has them, so one node's loss leaves one serving.
          topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: podLabelsOf(spec.name) } }],
          containers: [
            {
              name: spec.name,
              image: IMAGE,
              command: [...spec.command],
              ports: [{ name: "http", containerPort: spec.port, protocol: "TCP" }],
              env: [...spec.env, { name: "NODE_OPTIONS", value: `--max-old-space-size=${spec.sizing.heapMb}` }],
              envFrom: [...spec.envFrom],
              resources: { requests: { ...spec.sizing.requests }, limits: { ...spec.sizing.limits } },
              readinessProbe: healthProbe(spec.readinessPath),
              // Alive: the process answers. A dependency that is down takes pods out of rotation
              // (readiness) but never restarts them all in a loop.
              livenessProbe: healthProbe(LIVENESS_PATH),
              // The Service drops a terminating pod from its endpoints a moment after SIGTERM is sent:
              // waiting first lets calls already routed to it arrive and be answered, none refused.
              lifecycle: { preStop: { exec: { command: ["sleep", "5"] } } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
              volumeMounts: [TMP_MOUNT, ...(spec.mounts ?? [])],
            },
          ],
          volumes: [TMP_VOLUME, ...(spec.volumes ?? [])],
        },
      },
    },
  });
}

function serviceOf(spec: ProcessSpec): Service {
  return new Service({
    metadata: metadataOf(spec),
    spec: { selector: podLabelsOf(spec.name), ports: [{ name: "http", port: spec.port, targetPort: "http", protocol: "TCP" }] },
  });
}

function autoscalerOf(spec: ProcessSpec): HorizontalPodAutoscaler {
  return new HorizontalPodAutoscaler({
    metadata: metadataOf(spec),
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: spec.name },
      minReplicas: spec.sizing.replicas,
      maxReplicas: spec.sizing.maxReplicas,
      metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: TARGET_CPU_PERCENT } } }],
    },
  });
}

function disruptionBudgetOf(spec: ProcessSpec): PodDisruptionBudget {
  // A drain may take pods one at a time only: with two replicas one always serves.
  return new PodDisruptionBudget({ metadata: metadataOf(spec), spec: { maxUnavailable: 1, selector: { matchLabels: podLabelsOf(spec.name) } } });
}

/** A process's Deployment with the Service in front of it, its autoscaler and its disruption budget. */
export function workloadOf(spec: ProcessSpec): Workload {
  return [deploymentOf(spec), serviceOf(spec), autoscalerOf(spec), disruptionBudgetOf(spec)];
}
