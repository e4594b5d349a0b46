import { stringify } from "yaml";
import { Agency } from "../../../shared/agencies";
import { GatewayFiles, gatewayConfigMaps, namespace } from "./config-maps";
import { defaultDenyIngress, gatewayIngress, subgraphIngress } from "./network";
import { gatewayProcess, subgraphProcess } from "./processes";
import { IMAGE, NAMESPACE } from "./settings";
import { workloadOf } from "./workload";

/** A typed object of kubernetes-models: it validates itself against the OpenAPI schema and gives plain JSON. */
interface Manifest {
  validate(): void;
  toJSON(): unknown;
}

export interface ManifestFile {
  /** Under deploy/k8s/. */
  readonly path: string;
  readonly objects: readonly Manifest[];
}

export interface ManifestInputs {
  readonly agencies: readonly Agency[];
  /** The agencies whose subgraph calls the gateway (senders.ts). */
  readonly gatewayCallers: readonly string[];
  readonly files: GatewayFiles;
}

export const K8S_DIRECTORY = "deploy/k8s";
const GENERATED = "Generated from shared/agencies.ts, supergraph.graphql and the console's persisted documents by `npm run deploy:generate`: edit scripts/deploy/kubernetes/, not this file.";

/** Every object of the deployment by file: one file per process (its workload and who may reach it), plus the shared ones. */
export function manifestFiles(inputs: ManifestInputs): readonly ManifestFile[] {
  return [
    { path: "namespace.yaml", objects: [namespace(), defaultDenyIngress()] },
    { path: "gateway-files.yaml", objects: gatewayConfigMaps(inputs.files) },
    { path: "gateway.yaml", objects: [...workloadOf(gatewayProcess(inputs.agencies, inputs.files)), gatewayIngress(inputs.gatewayCallers)] },
    ...inputs.agencies.map((agency) => ({
      path: `subgraphs/${agency.name}.yaml`,
      objects: [...workloadOf(subgraphProcess(agency, inputs.gatewayCallers.includes(agency.name))), subgraphIngress(agency)],
    })),
  ];
}

function yamlOf(value: unknown): string {
  // lineWidth 0: the supergraph stays one block, line for line as in supergraph.graphql.
  return stringify(value, { lineWidth: 0 });
}

export function renderManifestFile(file: ManifestFile): string {
  for (const object of file.objects) {
    // The generator refuses to write what the API server would refuse to take.
    object.validate();
  }
  return `# ${GENERATED}\n${file.objects.map((object) => `---\n${yamlOf(object.toJSON())}`).join("")}`;
}

export function renderKustomization(files: readonly ManifestFile[]): string {
  const kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    namespace: NAMESPACE,
    resources: files.map((file) => file.path),
    // `kustomize edit set image care-platform=registry.example/care-platform:1.2.3` (README "Deploying").
    images: [{ name: IMAGE, newName: IMAGE, newTag: "latest" }],
  };
  return `# ${GENERATED}\n${yamlOf(kustomization)}`;
}

/** deploy/k8s/ as path → text, kustomization.yaml included. */
export function renderKubernetes(inputs: ManifestInputs): ReadonlyMap<string, string> {
  const files = manifestFiles(inputs);
  return new Map([...files.map((file): [string, string] => [`${K8S_DIRECTORY}/${file.path}`, renderManifestFile(file)]), [`${K8S_DIRECTORY}/kustomization.yaml`, renderKustomization(files)]]);
}
