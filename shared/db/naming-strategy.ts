import { DefaultNamingStrategy, NamingStrategyInterface } from "typeorm";

/**
 * Embedded columns are named `<prefix><column>` in snake case (`visit_district_code`), the names
 * the hand-written migrations use; TypeORM's default would camel-case the prefix.
 */
export class SnakeEmbeddedNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, embeddedPrefixes: string[]): string {
    const name = customName ?? propertyName.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    return embeddedPrefixes.length === 0 ? (customName ?? propertyName) : `${embeddedPrefixes.join("")}${name}`;
  }
}
