import { ServiceDirectoryData } from "../directory.types";
import { KEELUNG_DIRECTORY } from "./keelung";
import { TAIPEI_DIRECTORY } from "./taipei";

/** The directories the platform ships (issue #9): the migration loads them as each city's first version. */
export const SHIPPED_DIRECTORIES: readonly ServiceDirectoryData[] = [TAIPEI_DIRECTORY, KEELUNG_DIRECTORY];
