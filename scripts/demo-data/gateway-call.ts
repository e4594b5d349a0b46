import { readAuthConfig } from "../../shared/auth/config";
import { Role } from "../../shared/auth/roles";
import { signDevToken } from "../../shared/auth/token";

/** A caller of the platform: a development token for one role and organisation. */
export interface Caller {
  readonly token: string;
}

export async function callerFor(role: Role, org: string, subject: string, villages?: readonly string[]): Promise<Caller> {
  return { token: await signDevToken(readAuthConfig(), { subject, role, org, villages }) };
}

/**
 * One operation through the gateway, as a client sends it (the benchmarks, the demo seed). A
 * GraphQL error fails the caller: a benchmark of refusals measures nothing, and a demo must not
 * load half its story. Only the codes are shown, never a message that could quote personal data.
 */
export async function callGateway<Data>(gatewayUrl: string, caller: Caller, query: string, variables: Record<string, unknown> = {}, purpose = "benchmark"): Promise<Data> {
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${caller.token}`, "x-purpose": purpose },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data | null; errors?: { extensions?: { code?: string }; path?: readonly unknown[] }[] };
  if (body.errors !== undefined || body.data === undefined || body.data === null) {
    const codes = (body.errors ?? []).map((error) => `${String(error.extensions?.code)} at ${(error.path ?? []).join(".")}`);
    throw new Error(`HTTP ${response.status}: ${codes.join(", ") || "no data"}`);
  }
  return body.data;
}
