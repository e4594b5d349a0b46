/**
 * `civil-affairs` → `CivilAffairs`: an agency's service name inside a root field's name. Federation
 * routes a root field to one subgraph only, so the fields every agency has of its own (closure
 * intakes, retention) carry the agency's name.
 */
export function pascalOfAgency(agency: string): string {
  return agency
    .split("-")
    .map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`)
    .join("");
}
