import { Role } from "./roles";

/** Who is calling: the verified claims of the bearer token, nothing else. */
export interface Principal {
  /** Stable staff identifier (the token's `sub`), never a national ID. */
  readonly subject: string;
  readonly role: Role;
  /** The organisation that scopes the role (district code, unit code, or the city). */
  readonly org: string;
  /**
   * A village officer's villages (里) in their district: A2 routes a case to the 里幹事 of the visit
   * address's 里, so this is how cases are assigned to them. Empty for other roles.
   */
  readonly villages: readonly string[];
  /**
   * The sending service whose signed service token carried this user (D3, issue #8): set only when
   * the token's `act` claim was verified with that service's own key (shared/auth/service-token.ts).
   * Absent on a user's own token, so "callable only through service X" fails closed.
   */
  readonly actingService?: string;
}
