import { INetworkPolicyPeer, NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { Agency } from "../../../shared/agencies";
import { GATEWAY, GATEWAY_PORT, INGRESS_NAMESPACE, NAMESPACE, PART_OF } from "./settings";
import { podLabelsOf } from "./workload";

/**
 * Who may open a connection to whom (D4: subgraphs are not public). Nothing in the namespace takes
 * traffic unless a policy below admits it; a subgraph admits only the gateway's pods, the gateway
 * the ingress controller and the subgraphs that deliver hand-offs through it (D3).
 */
function policy(name: string, podSelector: Record<string, string>, from: INetworkPolicyPeer[], port: number): NetworkPolicy {
  return new NetworkPolicy({
    metadata: { name, namespace: NAMESPACE, labels: { "app.kubernetes.io/part-of": PART_OF } },
    spec: { podSelector: { matchLabels: podSelector }, policyTypes: ["Ingress"], ingress: [{ from, ports: [{ protocol: "TCP", port }] }] },
  });
}

export function defaultDenyIngress(): NetworkPolicy {
  return new NetworkPolicy({
    metadata: { name: "default-deny-ingress", namespace: NAMESPACE, labels: { "app.kubernetes.io/part-of": PART_OF } },
    spec: { podSelector: {}, policyTypes: ["Ingress"] },
  });
}

/** The gateway: from the ingress controller's namespace, and from each subgraph that calls it (senders.ts). */
export function gatewayIngress(callers: readonly string[]): NetworkPolicy {
  const fromIngress: INetworkPolicyPeer = { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": INGRESS_NAMESPACE } } };
  const fromSenders = callers.map((caller): INetworkPolicyPeer => ({ podSelector: { matchLabels: podLabelsOf(caller) } }));
  return policy(`${GATEWAY}-ingress`, podLabelsOf(GATEWAY), [fromIngress, ...fromSenders], GATEWAY_PORT);
}

/** An agency's subgraph: from the gateway's pods only (a hand-off reaches it through the gateway too, D3). */
export function subgraphIngress(agency: Agency): NetworkPolicy {
  return policy(`${agency.name}-ingress`, podLabelsOf(agency.name), [{ podSelector: { matchLabels: podLabelsOf(GATEWAY) } }], agency.port);
}
