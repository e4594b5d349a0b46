import { Alert, Button, Text } from "@mantine/core";
import { useState } from "react";
import { SignInConfig, startOidcSignIn } from "./oidc";
import { PurposeFields } from "./purpose-fields";

/** Production sign-in (issue #11): the city's identity provider; the purpose is chosen before leaving for it. */
export function OidcSignIn({ config, error }: { config: Extract<SignInConfig, { kind: "oidc" }>; error: string | null }) {
  const [purpose, setPurpose] = useState("");
  const [failure, setFailure] = useState<string | null>(error);
  const [busy, setBusy] = useState(false);
  const go = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      await startOidcSignIn(config, purpose);
    } catch {
      setFailure("無法連線到身分認證服務，請稍後再試。");
      setBusy(false);
    }
  };
  return (
    <>
      <Text size="sm">以機關帳號登入（{new URL(config.issuer).host}）。登入後的角色與機關由身分認證服務提供。</Text>
      <PurposeFields role={null} purpose={purpose} onChange={setPurpose} />
      {failure !== null && (
        <Alert color="red" variant="filled" role="alert">
          {failure}
        </Alert>
      )}
      <Button onClick={() => void go()} loading={busy}>
        以機關帳號登入
      </Button>
    </>
  );
}
