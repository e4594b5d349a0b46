import type { DataSource } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { checkIsoDate } from "../../../shared/calendar/iso-date";
import { taipeiDateOf } from "../../../shared/calendar/taipei-time";
import { now } from "../../../shared/clock";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { CIVIL_AFFAIRS_SCHEMA } from "../schema-name";
import { PublishServiceDirectoryInput } from "./directory.input";
import { directoryOfInput } from "./directory.of-input";
import { presentDirectory } from "./directory.present";
import { insertVersion, latestVersion, loadVersion, versionInForce } from "./directory.store";
import { DirectoryAgencyView, ServiceDirectoryView } from "./directory.type";
import { CITIES } from "./directory.types";
import { checkedDirectory } from "./directory.validation";
import { distributeVersion } from "./distribution";

const SCHEMA = CIVIL_AFFAIRS_SCHEMA;
const DUPLICATE_VERSION = "The city already has a directory version of that date";

function checkedCity(city: string, field: string): string {
  const known = CITIES.find((candidate) => candidate === city.trim());
  if (known === undefined) {
    throw badUserInput(`${field} must be one of ${CITIES.join(", ")}`, field);
  }
  return known;
}

/** C1: the city's version in force on `asOf` (default: today in Taipei); NOT_FOUND before its first version. */
export async function serviceDirectory(dataSource: DataSource, city: string, asOf: string | null | undefined): Promise<ServiceDirectoryView> {
  const on = asOf === null || asOf === undefined ? taipeiDateOf(now()) : checkIsoDate(asOf, "asOf");
  const stored = await versionInForce(dataSource, SCHEMA, checkedCity(city, "city"), on);
  if (stored === null) {
    throw notFound("ServiceDirectory");
  }
  return presentDirectory(stored, await loadVersion(dataSource, SCHEMA, stored));
}

/** One agency of the version in force of its city (the code's first part); NOT_FOUND when it has none. */
export async function directoryAgency(dataSource: DataSource, code: string, asOf: string | null | undefined): Promise<DirectoryAgencyView> {
  const city = CITIES.find((candidate) => code.startsWith(`${candidate}.`));
  if (city === undefined) {
    throw notFound("DirectoryAgency");
  }
  const directory = await serviceDirectory(dataSource, city, asOf);
  const agency = directory.agencies.find((candidate) => candidate.code === code);
  if (agency === undefined) {
    throw notFound("DirectoryAgency");
  }
  return agency;
}

/**
 * 民政局 publishes a whole new version of a city's directory (C1, issue #9): checked whole, dated
 * after the city's latest version (the same date: CONFLICT, an earlier one: BAD_USER_INPUT, so
 * history is never rewritten), stored with its hand-off to the district in one transaction (D3).
 */
export async function publishServiceDirectory(dataSource: DataSource, input: PublishServiceDirectoryInput, actor: Principal): Promise<ServiceDirectoryView> {
  const versionDate = checkIsoDate(input.versionDate, "input.versionDate");
  const unchecked = directoryOfInput(input);
  const directory = checkedDirectory({ ...unchecked, version: { ...unchecked.version, versionDate } });
  const at = now();
  try {
    return await dataSource.transaction(async (manager) => {
      // Serialises publications of one city: the check below and the insert see the same latest version.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`service-directory:${directory.version.city}`]);
      const latest = await latestVersion(manager, SCHEMA, directory.version.city);
      if (latest !== null && latest.versionDate === versionDate) {
        throw conflict(DUPLICATE_VERSION);
      }
      if (latest !== null && latest.versionDate > versionDate) {
        throw badUserInput("input.versionDate must not be before the city's latest version", "input.versionDate");
      }
      await insertVersion(manager, SCHEMA, directory, { publishedBy: actor.subject, at, distributed: true });
      await distributeVersion(manager, directory, actor, at);
      const stored = { id: "", city: directory.version.city, versionDate, printedVersion: directory.version.printedVersion, publishedAt: at };
      return presentDirectory(stored, directory);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(DUPLICATE_VERSION);
    }
    throw error;
  }
}
