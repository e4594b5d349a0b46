import type { Role } from "../../shared/auth/roles";

/** Who is signed in (issue #11): the token the gateway verifies, and the purpose every read declares (x-purpose, PDPA). */
export interface Session {
  readonly token: string;
  readonly role: Role;
  readonly org: string;
  readonly villages: readonly string[];
  readonly purpose: string;
}

const KEY = "care-console-session";

/** Kept for the tab only (sessionStorage): closing it signs out, and no other tab or later visitor inherits it. */
export function loadSession(): Session | null {
  const stored = sessionStorage.getItem(KEY);
  if (stored === null) {
    return null;
  }
  try {
    return JSON.parse(stored) as Session;
  } catch {
    sessionStorage.removeItem(KEY);
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session === null) {
    sessionStorage.removeItem(KEY);
  } else {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  }
}
