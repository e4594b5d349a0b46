import { existsSync, readFileSync } from "fs";
import { basename } from "path";
import { CalendarDataError, DEFAULT_CALENDAR_DIR, importOfficialYear, writeGeneratedYear } from "../shared/calendar";

/**
 * `npm run calendar:import -- --year 2027 --file 116年中華民國政府行政機關辦公日曆表.csv [--origin URL]`
 * replaces data/calendar/2027.csv with the published file and marks the year verified; every
 * problem is printed with its line number and nothing is written when there is one (issue #8).
 * `--generate` instead writes the year from shared/calendar/known-holidays.ts, unverified.
 * `--data-dir` points at another copy of data/calendar (tests).
 */
interface Arguments {
  year?: number;
  file?: string;
  origin?: string;
  dataDir: string;
  generate: boolean;
  force: boolean;
}

const USAGE = "usage: npm run calendar:import -- --year YYYY (--file official.csv [--origin URL] | --generate [--force]) [--data-dir DIR]";

function parseArguments(argv: readonly string[]): Arguments | undefined {
  const parsed: Arguments = { dataDir: DEFAULT_CALENDAR_DIR, generate: false, force: false };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, value] = [argv[index], argv[index + 1]];
    if (flag === "--generate" || flag === "--force") {
      parsed[flag === "--generate" ? "generate" : "force"] = true;
      continue;
    }
    if (value === undefined) {
      return undefined;
    }
    index += 1;
    if (flag === "--year" && /^\d{4}$/.test(value)) {
      parsed.year = Number(value);
    } else if (flag === "--file") {
      parsed.file = value;
    } else if (flag === "--origin") {
      parsed.origin = value;
    } else if (flag === "--data-dir") {
      parsed.dataDir = value;
    } else {
      return undefined;
    }
  }
  const oneSource = parsed.generate !== (parsed.file !== undefined);
  return parsed.year !== undefined && oneSource ? parsed : undefined;
}

function main(): number {
  const args = parseArguments(process.argv.slice(2));
  if (args === undefined || args.year === undefined) {
    console.error(USAGE);
    return 2;
  }
  if (args.generate) {
    try {
      const entry = writeGeneratedYear(args.dataDir, args.year, args.force);
      console.log(`${args.year}: written from the hand-written list, unverified (${entry.unsure?.length ?? 0} point(s) to check)`);
      return 0;
    } catch (error) {
      if (error instanceof CalendarDataError) {
        console.error(error.message);
        return 1;
      }
      throw error;
    }
  }
  const file = args.file ?? "";
  if (!existsSync(file)) {
    console.error(`${file}: no such file`);
    return 2;
  }
  const result = importOfficialYear({
    directory: args.dataDir,
    year: args.year,
    content: readFileSync(file),
    origin: args.origin ?? basename(file),
    now: new Date(),
  });
  if (!result.ok) {
    for (const error of result.errors) {
      console.error(`${basename(file)} line ${error.line}: ${error.message}`);
    }
    console.error(`${args.year}: not imported (${result.errors.length} problem(s)); nothing was changed`);
    return 1;
  }
  console.log(`${args.year}: imported ${result.days} days from ${result.entry.origin}, verified`);
  return 0;
}

process.exitCode = main();
