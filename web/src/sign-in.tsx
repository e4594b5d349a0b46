import { Alert, Button, Container, MultiSelect, Paper, Select, Stack, TextInput, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { Role, ROLES } from "../../shared/auth/roles";
import { VILLAGES_BY_DISTRICT } from "../../shared/domain/villages";
import { orgChoices } from "./orgs";
import { PURPOSES, ROLE_LABELS } from "./roles";
import type { Session } from "./session";

/**
 * Development sign-in (issue #11): pick a role and its organisation; the gateway's /dev/token signs
 * a development token, as `npm run token` does. In production the city's OpenID Connect provider
 * signs the user in instead (not built yet: the gateway already verifies its tokens by JWKS).
 */
export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
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
      onSignedIn({ token: body.token, role, org, villages, purpose: purpose.trim() === "" ? PURPOSES[role][0] : purpose.trim() });
    } catch {
      setError("無法連線到閘道（gateway）");
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container size="xs" py="xl">
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={1} size="h3">
            新移民關懷訪視 機關作業平臺
          </Title>
          <Alert variant="default" title="開發環境登入">
            正式環境由臺北市身分認證服務（OpenID Connect）登入；此處選擇角色與機關，產生開發用權杖。
          </Alert>
          <Select label="角色" data={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))} value={role} onChange={chooseRole} allowDeselect={false} />
          <Select label="機關" data={orgs} value={org} onChange={(value) => setOrg(value ?? orgs[0].value)} allowDeselect={false} searchable />
          {role === Role.VILLAGE_OFFICER && (
            <MultiSelect label="負責里別" data={[...(VILLAGES_BY_DISTRICT[org] ?? [])]} value={villages} onChange={setVillages} required searchable />
          )}
          <Select
            label="使用目的（記錄於個資使用紀錄）"
            data={[...PURPOSES[role]]}
            value={purpose}
            onChange={(value) => setPurpose(value ?? PURPOSES[role][0])}
            allowDeselect={false}
          />
          <TextInput label="或自行填寫使用目的" value={purpose} onChange={(event) => setPurpose(event.currentTarget.value)} maxLength={200} />
          {error !== null && (
            <Alert color="red" variant="filled" role="alert">
              {error}
            </Alert>
          )}
          <Button onClick={() => void signIn()} loading={busy} disabled={role === Role.VILLAGE_OFFICER && villages.length === 0}>
            登入
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
