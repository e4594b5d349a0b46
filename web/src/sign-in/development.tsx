import { Alert, Button, MultiSelect, Select } from "@mantine/core";
import { useMemo, useState } from "react";
import { Role, ROLES } from "../../../shared/auth/roles";
import { VILLAGES_BY_DISTRICT } from "../../../shared/domain/villages";
import { orgChoices } from "../orgs";
import { PURPOSES, ROLE_LABELS } from "../roles";
import type { Session } from "../session";
import { PurposeFields, purposeOrDefault } from "./purpose-fields";

/**
 * Development sign-in (issue #11): pick a role and its organisation; the gateway's /dev/token signs
 * a development token, as `npm run token` does. In production the city's OpenID Connect provider
 * signs the user in instead (oidc.tsx).
 */
export function DevelopmentSignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [role, setRole] = useState<Role>(Role.DISTRICT_CASE_OFFICER);
  const orgs = useMemo(() => orgChoices(role), [role]);
  const [org, setOrg] = useState<string>(orgs[0].value);
  const [villages, setVillages] = useState<string[]>([]);
  const [purpose, setPurpose] = useState<string>(PURPOSES[role][0]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const chooseRole = (value: string | null): void => {
    const next = (value ?? Role.DISTRICT_CASE_OFFICER) as Role;
    setRole(next);
    setOrg(orgChoices(next)[0].value);
    setVillages([]);
    setPurpose(PURPOSES[next][0]);
  };

  const signIn = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const query = new URLSearchParams({ role, org, villages: villages.join(",") });
      const response = await fetch(`/dev/token?${query.toString()}`);
      const body = (await response.json()) as { token?: string; errors?: { message: string }[] };
      if (!response.ok || body.token === undefined) {
        setError(body.errors?.[0]?.message ?? `登入失敗（${response.status}）`);
        return;
      }
      onSignedIn({ token: body.token, role, org, villages, purpose: purposeOrDefault(role, purpose) });
    } catch {
      setError("無法連線到閘道（gateway）");
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Alert variant="default" title="開發環境登入">
        正式環境由臺北市身分認證服務（OpenID Connect）登入；此處選擇角色與機關，產生開發用權杖。
      </Alert>
      <Select label="角色" data={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))} value={role} onChange={chooseRole} allowDeselect={false} />
      <Select label="機關" data={orgs} value={org} onChange={(value) => setOrg(value ?? orgs[0].value)} allowDeselect={false} searchable />
      {role === Role.VILLAGE_OFFICER && (
        <MultiSelect label="負責里別" data={[...(VILLAGES_BY_DISTRICT[org] ?? [])]} value={villages} onChange={setVillages} required searchable />
      )}
      <PurposeFields role={role} purpose={purpose} onChange={setPurpose} />
      {error !== null && (
        <Alert color="red" variant="filled" role="alert">
          {error}
        </Alert>
      )}
      <Button onClick={() => void signIn()} loading={busy} disabled={role === Role.VILLAGE_OFFICER && villages.length === 0}>
        登入
      </Button>
    </>
  );
}
