import { ApolloProvider } from "@apollo/client/react";
import { AppShell, Burger, Button, Group, Loader, NavLink, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense, useMemo, useState } from "react";
import { clientFor } from "./apollo";
import { screensOf } from "./menus";
import { orgLabel } from "./orgs";
import { ROLE_LABELS } from "./roles";
import { loadSession, saveSession, Session } from "./session";
import { SignIn } from "./sign-in";

function Console({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const client = useMemo(() => clientFor(session), [session]);
  const screens = screensOf(session.role);
  const [current, setCurrent] = useState(screens[0]?.id);
  const screen = screens.find((candidate) => candidate.id === current);
  // On a phone (the 里幹事's, issue #11) the menu folds behind a button, so the screen is not under it.
  const [menuOpen, menu] = useDisclosure(false);
  return (
    <ApolloProvider client={client}>
      <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: "sm", collapsed: { mobile: !menuOpen } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Burger opened={menuOpen} onClick={menu.toggle} hiddenFrom="sm" size="sm" aria-label={menuOpen ? "關閉功能選單" : "開啟功能選單"} aria-expanded={menuOpen} />
              <Title order={1} size="h5" style={{ whiteSpace: "nowrap" }}>
                新移民關懷訪視
              </Title>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Text fz={{ base: "xs", sm: "sm" }} aria-label="登入身分">
                {ROLE_LABELS[session.role]}（{orgLabel(session.role, session.org)}）
              </Text>
              <Button variant="default" size="xs" onClick={onSignOut}>
                登出
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label="功能選單">
          {screens.map((candidate) => (
            <NavLink
              key={candidate.id}
              href={`#${candidate.id}`}
              label={candidate.label}
              active={candidate.id === current}
              // Filled: white on shade 8 holds 4.5:1 hovered or not (the light variant's hover does not).
              variant="filled"
              aria-current={candidate.id === current ? "page" : undefined}
              onClick={(event) => {
                event.preventDefault();
                setCurrent(candidate.id);
                menu.close();
              }}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main>{screen === undefined ? <Text>此角色的畫面尚未提供。</Text> : <Suspense fallback={<Loader aria-label="載入中" />}>{screen.render()}</Suspense>}</AppShell.Main>
      </AppShell>
    </ApolloProvider>
  );
}

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const change = (next: Session | null): void => {
    saveSession(next);
    setSession(next);
  };
  return session === null ? <SignIn onSignedIn={change} /> : <Console session={session} onSignOut={() => change(null)} />;
}
