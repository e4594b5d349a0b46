import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import { join, relative } from "path";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { ConfigMap, IContainer, Namespace, Service } from "kubernetes-models/v1";
import { parseAllDocuments, parse } from "yaml";
import { renderKubernetes } from "../../scripts/deploy/kubernetes/manifests";
import { gatewayCallers } from "../../scripts/deploy/kubernetes/senders";
import { SUBGRAPHS } from "../../scripts/platform/subgraphs";
import { AGENCIES, envPrefixOf } from "../../shared/agencies";

/**
 * Issue #13 (D7): the committed deploy/k8s/ as `kubectl apply -k` would send it. Each object is
 * checked against the official Kubernetes OpenAPI schema (kubernetes-models' validate), then for
 * the properties a city's cluster relies on: replicas, probes, resources, disruption budgets,
 * autoscalers, who may reach whom, and that no secret is written in a manifest.
 */
const ROOT = join(__dirname, "..", "..");
const K8S = join(ROOT, "deploy", "k8s");
const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");

/** The models this deployment uses, by `apiVersion/kind`: an object of any other kind fails the test. */
const MODELS: Readonly<Record<string, new (data: never) => { validate(): void }>> = {
  "v1/Namespace": Namespace,
  "v1/ConfigMap": ConfigMap,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
};

interface Kustomization {
  readonly resources: readonly string[];
  readonly namespace: string;
  readonly images: readonly { name: string; newName: string; newTag: string }[];
}

const kustomization = parse(read("deploy/k8s/kustomization.yaml")) as Kustomization;
const objects = kustomization.resources.flatMap((path) =>
  parseAllDocuments(readFileSync(join(K8S, path), "utf8")).map((document) => document.toJS() as { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }),
);
const ofKind = <T>(kind: string): T[] => objects.filter((object) => object.kind === kind) as unknown as T[];
const deployments = ofKind<Deployment>("Deployment");
const policies = ofKind<NetworkPolicy>("NetworkPolicy");
const named = <T extends { metadata?: { name?: string } }>(list: readonly T[], name: string): T => {
  const found = list.find((object) => object.metadata?.name === name);
  if (found === undefined) {
    throw new Error(`no ${name}`);
  }
  return found;
};
const containerOf = (deployment: Deployment): IContainer => {
  const containers = deployment.spec?.template.spec?.containers ?? [];
  expect(containers).toHaveLength(1);
  return containers[0];
};
const labelsOf = (name: string) => ({ "app.kubernetes.io/name": name, "app.kubernetes.io/part-of": "care-platform" });
const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>): boolean =>
  Object.entries(selector ?? {}).every(([key, value]) => labels[key] === value);

const PROCESSES = ["gateway", ...AGENCIES.map((agency) => agency.name)];
/**
 * Who delivers hand-offs through the gateway (D3), by hand from the subgraphs' jobs: household
 * (ledgers, corrections, surveys), district (referrals), social, health and civil-affairs (closings,
 * notices, the directory: shared/receiving), calendar (closures) and police (search results).
 */
const SENDERS = ["household", "district", "social", "health", "calendar", "civil-affairs", "police"];

describe("deploy/k8s (issue #13, D7)", () => {
  it("should list every manifest file in kustomization.yaml, in the platform's namespace", () => {
    const files = readdirSync(K8S, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== "kustomization.yaml")
      .map((entry) => relative(K8S, join(entry.parentPath, entry.name)));
    expect([...kustomization.resources].sort()).toEqual(files.sort());
    expect(kustomization.namespace).toBe("care-platform");
    expect(kustomization.images).toEqual([{ name: "care-platform", newName: "care-platform", newTag: "latest" }]);
    expect(objects.every((object) => object.kind === "Namespace" || object.metadata.namespace === "care-platform")).toBe(true);
  });

  it("should hold only objects the Kubernetes OpenAPI schema accepts", () => {
    for (const object of objects) {
      const Model = MODELS[`${object.apiVersion}/${object.kind}`];
      expect(Model).toBeDefined();
      expect(() => new Model(object as never).validate()).not.toThrow();
    }
    // The check is real: a wrong type is refused.
    const broken = { ...named(deployments, "household"), spec: { ...named(deployments, "household").spec, replicas: "two" } };
    expect(() => new Deployment(broken as never).validate()).toThrow(/replicas/);
  });

  it("should run the gateway and each agency's subgraph as a Deployment of at least two replicas", () => {
    expect(deployments.map((deployment) => deployment.metadata?.name).sort()).toEqual([...PROCESSES].sort());
    for (const deployment of deployments) {
      expect(deployment.spec?.replicas).toBeGreaterThanOrEqual(2);
      expect(deployment.spec?.selector.matchLabels).toEqual(labelsOf(deployment.metadata?.name ?? ""));
    }
  });

  it("should probe readiness and liveness on /health of the serving port, with requests and limits", () => {
    // Liveness asks the process only; a subgraph is ready when its database answers; the gateway when
    // it answers, since its own /health fails while any one subgraph is down (which as readiness
    // would take every gateway out of rotation at once).
    for (const deployment of deployments) {
      const container = containerOf(deployment);
      const http = container.ports?.find((port) => port.name === "http");
      const expectedPort = deployment.metadata?.name === "gateway" ? 4000 : AGENCIES.find((agency) => agency.name === deployment.metadata?.name)?.port;
      expect(http?.containerPort).toBe(expectedPort);
      expect(container.livenessProbe?.httpGet).toEqual({ path: "/health?probe=live", port: "http" });
      expect(container.readinessProbe?.httpGet).toEqual({ path: deployment.metadata?.name === "gateway" ? "/health?probe=live" : "/health", port: "http" });
      expect(container.lifecycle?.preStop?.exec?.command).toEqual(["sleep", "5"]);
      for (const resources of [container.resources?.requests, container.resources?.limits]) {
        expect(Object.keys(resources ?? {}).sort()).toEqual(["cpu", "memory"]);
      }
    }
  });

  it("should run every container as a non-root user on a read-only root filesystem, without escalation", () => {
    for (const deployment of deployments) {
      const pod = deployment.spec?.template.spec;
      expect(pod?.securityContext?.runAsNonRoot).toBe(true);
      expect(pod?.securityContext?.runAsUser).toBe(1000);
      expect(pod?.automountServiceAccountToken).toBe(false);
      expect(containerOf(deployment).securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } });
    }
  });

  it("should give each Deployment a Service, an autoscaler (autoscaling/v2) and a disruption budget over its own pods", () => {
    for (const name of PROCESSES) {
      const pods = named(deployments, name).spec?.template.metadata?.labels ?? {};
      expect(selects(named(ofKind<Service>("Service"), name).spec?.selector, pods)).toBe(true);
      const autoscaler = named(ofKind<HorizontalPodAutoscaler>("HorizontalPodAutoscaler"), name);
      expect(autoscaler.apiVersion).toBe("autoscaling/v2");
      expect(autoscaler.spec?.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name });
      expect(autoscaler.spec?.minReplicas).toBeGreaterThanOrEqual(2);
      const budget = named(ofKind<PodDisruptionBudget>("PodDisruptionBudget"), name);
      expect(selects(budget.spec?.selector?.matchLabels, pods)).toBe(true);
      expect(budget.spec?.maxUnavailable).toBe(1);
    }
  });

  it("should deny ingress in the namespace unless a policy admits it", () => {
    const denyAll = policies.filter((policy) => Object.keys(policy.spec?.podSelector.matchLabels ?? {}).length === 0);
    expect(denyAll).toHaveLength(1);
    expect(denyAll[0].spec).toEqual({ podSelector: {}, policyTypes: ["Ingress"] });
  });

  /** Every peer any policy admits to `name`'s pods, on which ports. */
  const admittedTo = (name: string) => {
    const pods = named(deployments, name).spec?.template.metadata?.labels ?? {};
    const rules = policies.filter((policy) => Object.keys(policy.spec?.podSelector.matchLabels ?? {}).length > 0 && selects(policy.spec?.podSelector.matchLabels, pods));
    return rules.flatMap((policy) => policy.spec?.ingress ?? []);
  };

  it("should admit a subgraph's ingress from the gateway's pods only, on its port", () => {
    for (const agency of AGENCIES) {
      expect(admittedTo(agency.name)).toEqual([{ from: [{ podSelector: { matchLabels: labelsOf("gateway") } }], ports: [{ protocol: "TCP", port: agency.port }] }]);
    }
  });

  it("should admit the gateway from the ingress controller and from the subgraphs that deliver hand-offs through it (D3)", () => {
    expect(gatewayCallers(SUBGRAPHS)).toEqual(SENDERS);
    const [rule, ...others] = admittedTo("gateway");
    expect(others).toEqual([]);
    expect(rule.ports).toEqual([{ protocol: "TCP", port: 4000 }]);
    expect(rule.from).toEqual([
      { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress-nginx" } } },
      ...SENDERS.map((sender) => ({ podSelector: { matchLabels: labelsOf(sender) } })),
    ]);
  });

  it("should take each agency's database URL from its own Secret and write no secret value in a manifest", () => {
    expect(objects.filter((object) => object.kind === "Secret")).toEqual([]);
    const everything = kustomization.resources.map((path) => readFileSync(join(K8S, path), "utf8")).join("\n");
    expect(everything).not.toMatch(/postgres(ql)?:\/\//);
    expect(everything).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
    for (const deployment of deployments) {
      // The city's settings (identity provider, public keys) from the ConfigMap the operator makes.
      expect(containerOf(deployment).envFrom).toContainEqual({ configMapRef: { name: "settings" } });
      for (const variable of containerOf(deployment).env ?? []) {
        if (/DATABASE_URL|SECRET|PRIVATE|PASSWORD|TOKEN/.test(variable.name)) {
          expect(variable.value).toBeUndefined();
          expect(variable.valueFrom?.secretKeyRef).toBeDefined();
        }
      }
    }
    for (const agency of AGENCIES) {
      const database = (containerOf(named(deployments, agency.name)).env ?? []).find((variable) => variable.name === "DATABASE_URL");
      expect(database?.valueFrom).toEqual({ secretKeyRef: { name: `${agency.name}-database`, key: "DATABASE_URL" } });
      const signing = containerOf(named(deployments, agency.name)).envFrom?.find((source) => source.secretRef !== undefined);
      expect(signing?.secretRef?.name).toBe(SENDERS.includes(agency.name) ? `${agency.name}-service-key` : undefined);
    }
    expect((containerOf(named(deployments, "gateway")).env ?? []).some((variable) => variable.name === "DATABASE_URL")).toBe(false);
  });

  it("should give every subgraph its audit checkpoint store and signing key, by reference only (issue #14)", () => {
    for (const agency of AGENCIES) {
      const pod = named(deployments, agency.name).spec?.template.spec;
      const container = containerOf(named(deployments, agency.name));
      const env = Object.fromEntries((container.env ?? []).map((variable) => [variable.name, variable.value]));
      const volumeOf = (name: string) => (pod?.volumes ?? []).find((volume) => volume.name === name);
      const mountOf = (name: string) => (container.volumeMounts ?? []).find((mount) => mount.name === name);
      // The store: the operator's claim, written by the pod (the root filesystem is read-only).
      expect(volumeOf("audit-checkpoints")?.persistentVolumeClaim).toEqual({ claimName: "audit-checkpoints" });
      expect(mountOf("audit-checkpoints")).toEqual({ name: "audit-checkpoints", mountPath: "/var/lib/care-platform/audit-checkpoints" });
      expect(env.AUDIT_CHECKPOINT_DIR).toBe("/var/lib/care-platform/audit-checkpoints");
      // The key: the operator's Secret as a read-only file, never its value in a manifest or an env var.
      expect(volumeOf("audit-checkpoint-key")?.secret).toEqual({ secretName: "audit-checkpoint-key", defaultMode: 0o440 });
      expect(mountOf("audit-checkpoint-key")).toEqual({ name: "audit-checkpoint-key", mountPath: "/etc/care-platform/audit-checkpoint", readOnly: true });
      expect(env.AUDIT_CHECKPOINT_KEY_FILE).toBe("/etc/care-platform/audit-checkpoint/signing-key.pem");
      expect(env.AUDIT_CHECKPOINT_KEY).toBeUndefined();
    }
    // The gateway keeps no chain: it is given neither.
    expect((containerOf(named(deployments, "gateway")).env ?? []).some((variable) => variable.name.startsWith("AUDIT_CHECKPOINT"))).toBe(false);

    // docker-compose.yml: the same two, a named volume and a file secret.
    interface ComposeService {
      environment?: Record<string, string>;
      volumes?: string[];
      secrets?: string[];
    }
    const compose = parse(read("docker-compose.yml"), { merge: true }) as {
      services: Record<string, ComposeService>;
      volumes: Record<string, unknown>;
      secrets: Record<string, { file: string }>;
    };
    for (const agency of AGENCIES) {
      const service = compose.services[agency.name];
      expect(service.environment).toMatchObject({ AUDIT_CHECKPOINT_DIR: "/var/lib/care-platform/audit-checkpoints", AUDIT_CHECKPOINT_KEY_FILE: "/run/secrets/audit_checkpoint_key" });
      expect(service.volumes).toContain("audit-checkpoints:/var/lib/care-platform/audit-checkpoints");
      expect(service.secrets).toEqual(["audit_checkpoint_key"]);
    }
    expect(Object.keys(compose.volumes)).toContain("audit-checkpoints");
    expect(compose.secrets.audit_checkpoint_key.file).toMatch(/^\$\{AUDIT_CHECKPOINT_KEY_FILE:-/);
    expect(compose.services.gateway.environment?.AUDIT_CHECKPOINT_DIR).toBeUndefined();
  });

  it("should route the gateway to each agency's Service and to the supergraph and trusted documents of the repository", () => {
    const gateway = containerOf(named(deployments, "gateway"));
    const env = Object.fromEntries((gateway.env ?? []).map((variable) => [variable.name, variable.value]));
    for (const agency of AGENCIES) {
      expect(env[`${envPrefixOf(agency.name)}_URL`]).toBe(`http://${agency.name}:${agency.port}/graphql`);
    }
    const configMaps = ofKind<ConfigMap>("ConfigMap");
    expect(named(configMaps, "supergraph").data).toEqual({ "supergraph.graphql": read("supergraph.graphql") });
    // The API server refuses a ConfigMap over 1 MiB: the day the supergraph nears it, it needs another way in.
    expect(Buffer.byteLength(JSON.stringify(named(configMaps, "supergraph")))).toBeLessThan(1024 * 1024);
    expect(named(configMaps, "trusted-documents").data).toEqual({ "persisted-documents.json": read("web/src/gql/persisted-documents.json") });
    expect(env.SUPERGRAPH_PATH).toBe("/config/supergraph/supergraph.graphql");
    expect(env.TRUSTED_DOCUMENTS_MANIFESTS).toBe("/config/trusted-documents/persisted-documents.json");
    expect(gateway.volumeMounts).toEqual(
      expect.arrayContaining([
        { name: "supergraph", mountPath: "/config/supergraph", readOnly: true },
        { name: "trusted-documents", mountPath: "/config/trusted-documents", readOnly: true },
      ]),
    );
  });

  it("should give a new agency of the registry its manifests with no hand edit (D11)", () => {
    const labour = { name: "labour", port: 4010, schema: "labour", title: "勞動局" };
    const files = renderKubernetes({ agencies: [...AGENCIES, labour], gatewayCallers: [...SENDERS, "labour"], files: { supergraph: "schema { query: Query }", trustedDocuments: "{}" } });
    expect(parse(files.get("deploy/k8s/kustomization.yaml") ?? "").resources).toContain("subgraphs/labour.yaml");
    const own = parseAllDocuments(files.get("deploy/k8s/subgraphs/labour.yaml") ?? "").map((document) => document.toJS() as { kind: string; metadata: { name: string } });
    expect(own.map((object) => `${object.kind}/${object.metadata.name}`)).toEqual([
      "Deployment/labour",
      "Service/labour",
      "HorizontalPodAutoscaler/labour",
      "PodDisruptionBudget/labour",
      "NetworkPolicy/labour-ingress",
    ]);
    const gatewayFile = files.get("deploy/k8s/gateway.yaml") ?? "";
    expect(gatewayFile).toContain("LABOUR_URL");
    expect(gatewayFile).toContain("http://labour:4010/graphql");
    expect(files.get("deploy/k8s/subgraphs/labour.yaml")).toContain("name: labour-database");
  });

  // Tools of this machine, not of the project: where one is missing its check is skipped, not faked.
  const onPath = (tool: string): boolean => existsSync(`/usr/bin/${tool}`) || existsSync(`/usr/local/bin/${tool}`);

  (onPath("kubectl") ? it : it.skip)("should build with kubectl's kustomize into the same objects", () => {
    const built = parseAllDocuments(execFileSync("kubectl", ["kustomize", K8S], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })).map((document) => document.toJS() as { kind: string });
    expect(built.map((object) => object.kind).sort()).toEqual(objects.map((object) => object.kind).sort());
  });

  (onPath("docker-compose") ? it : it.skip)("should leave docker-compose.yml valid for docker-compose config", () => {
    expect(() => execFileSync("docker-compose", ["-f", join(ROOT, "docker-compose.yml"), "config", "-q"], { stdio: "pipe" })).not.toThrow();
  });
});
