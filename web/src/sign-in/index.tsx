import { Alert, Container, Loader, Paper, Stack, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import type { Session } from "../session";
import { DevelopmentSignIn } from "./development";
import { completeOidcSignIn, isOidcRedirect, SignInConfig, SignInRefused } from "./oidc";
import { OidcSignIn } from "./oidc-sign-in";

type Loaded = { readonly config: SignInConfig; readonly error: string | null };

/** The sign-in the console's server configures (/console-config.json): development picker or the city's OpenID Connect provider. */
export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  const signedIn = useRef(onSignedIn);
  signedIn.current = onSignedIn;

  useEffect(() => {
    let cancelled = false;
    const load = async (): Promise<void> => {
      const response = await fetch("/console-config.json");
      const { signIn: config } = (await response.json()) as { signIn: SignInConfig };
      if (config.kind === "oidc" && isOidcRedirect()) {
        try {
          const session = await completeOidcSignIn(config);
          if (!cancelled) {
            signedIn.current(session);
          }
          return;
        } catch (error) {
          if (!cancelled) {
            setLoaded({ config, error: error instanceof SignInRefused ? error.message : "登入未完成，請重新登入。" });
          }
          return;
        }
      }
      if (!cancelled) {
        setLoaded({ config, error: null });
      }
    };
    load().catch(() => setUnreachable(true));
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <Container size="xs" py="xl">
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={1} size="h3">
            新移民關懷訪視 機關作業平臺
          </Title>
          {unreachable && (
            <Alert color="red" variant="filled" role="alert">
              無法連線到平臺，請稍後再試。
            </Alert>
          )}
          {!unreachable && loaded === null && <Loader aria-label="載入中" />}
          {loaded?.config.kind === "development" && <DevelopmentSignIn onSignedIn={onSignedIn} />}
          {loaded?.config.kind === "oidc" && <OidcSignIn config={loaded.config} error={loaded.error} />}
        </Stack>
      </Paper>
    </Container>
  );
}
