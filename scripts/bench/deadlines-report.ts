import { DeadlinesBenchConfig } from "./deadlines-config";
import { InboxFigures } from "./deadlines-inbox";
import { IntakeFigures } from "./deadlines-intake";
import { PassFigures } from "./deadlines-pass";
import { InboxSetup } from "./deadlines-rows";
import { ms, n } from "./figures";
import { Machine } from "./machine";
import { writeSection } from "./report-section";

export interface DeadlinesReport {
  readonly command: string;
  readonly date: Date;
  readonly totalSeconds: number;
  readonly machine: Machine;
  readonly databaseName: string;
  readonly intake: readonly IntakeFigures[];
  readonly inboxSetup: InboxSetup;
  readonly inbox: InboxFigures;
  readonly passes: readonly PassFigures[];
}

function total(statements: Readonly<Record<string, number>>): number {
  return Object.values(statements).reduce((sum, count) => sum + count, 0);
}

/** "household 9, district 4" for the subgraphs that sent any. */
function bySubgraph(statements: Readonly<Record<string, number>>, per = 1): string {
  return Object.entries(statements)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${name} ${per === 1 ? count : (count / per).toFixed(1)}`)
    .join(", ");
}

function intakeTotals(day: IntakeFigures): { ms: number; statements: Record<string, number> } {
  const statements: Record<string, number> = {};
  for (const step of day.steps) {
    for (const [name, count] of Object.entries(step.statements)) {
      statements[name] = (statements[name] ?? 0) + count;
    }
  }
  return { ms: day.steps.reduce((sum, step) => sum + step.ms, 0), statements };
}

function intakeSection(intake: readonly IntakeFigures[]): string[] {
  const out: string[] = ["### Intake of one day, through the gateway", ""];
  out.push(
    "Each case's whole path on its day: `recordRegistration` with its 附件1 (consenting, A1–A3; opens the HANDOVER deadline) by a clerk of the household's office, the 12 offices working at once and each clerk one case after another; `handOverConsentInquiries` once per office (附件3, A4: one ledger per receiving district, the HANDOVER deadlines met, one outbox row per ledger); household's `outbox-dispatch` job delivering each ledger to district's `receiveHandoverLedger` through the gateway with its service token (D3: the care cases, their ACKNOWLEDGEMENT and HOME_VISIT deadlines, 人文課's notification); `acknowledgeHandoverLedger` by 人文課 of each receiving district. Statements are counted at each subgraph's driver (TypeORM's logger, `shared/db/query-counter.ts`), audit-log writes included.",
    "",
    "| cases | offices | ledgers | wall time | ms per case | statements per case | per case by subgraph |",
    "|---:|---:|---:|---:|---:|---:|---|",
  );
  for (const day of intake) {
    const totals = intakeTotals(day);
    out.push(`| ${n(day.cases)} | ${day.offices} | ${day.ledgers} | ${(totals.ms / 1000).toFixed(1)} s | ${ms(totals.ms / day.cases)} | ${(total(totals.statements) / day.cases).toFixed(1)} | ${bySubgraph(totals.statements, day.cases)} |`);
  }
  if (intake.length > 1) {
    const first = intakeTotals(intake[0]);
    const last = intakeTotals(intake[intake.length - 1]);
    const cases = intake[intake.length - 1].cases / intake[0].cases;
    out.push(
      "",
      `${n(intake[intake.length - 1].cases)} vs ${n(intake[0].cases)} cases (${cases.toFixed(0)}×): wall time ${(last.ms / first.ms).toFixed(1)}×, time per case ${((last.ms / intake[intake.length - 1].cases) / (first.ms / intake[0].cases)).toFixed(2)}×, statements per case ${((total(last.statements) / intake[intake.length - 1].cases) / (total(first.statements) / intake[0].cases)).toFixed(2)}×.`,
    );
  }
  for (const day of intake) {
    out.push("", `Steps of the ${n(day.cases)}-case day:`, "", "| step | requests | wall ms | ms per request | statements | statements per case by subgraph |", "|---|---:|---:|---:|---:|---|");
    for (const step of day.steps) {
      out.push(`| ${step.step} | ${n(step.requests)} | ${step.ms.toFixed(0)} | ${ms(step.ms / step.requests)} | ${n(total(step.statements))} | ${bySubgraph(step.statements, day.cases)} |`);
    }
  }
  return out;
}

function inboxSection(config: DeadlinesBenchConfig, setup: InboxSetup, inbox: InboxFigures): string[] {
  const out: string[] = ["", "### The district inbox of 10,000 open cases", ""];
  out.push(
    `\`districtInbox(first: ${config.inboxPageSize})\` with each item's \`careCase { id status village }\`, as 人文課 (DISTRICT_CASE_OFFICER) of ${config.inboxDistrict} (中正區). ` +
      `Setup (plain SQL): ${n(setup.cases)} open cases in the district (1 in 10 to acknowledge, 1 in 10 to assign, the rest assigned), ${n(setup.otherDistrictCases)} in the 11 other districts, ${n(setup.deadlines)} open deadlines (HOME_VISIT per case, ACKNOWLEDGEMENT while handed over; 1 in 10 past due, 1 in 20 due within 3 h). ` +
      `Served by \`npm start\` as a child process (ready in ${(inbox.platformReadyMs / 1000).toFixed(1)} s; its first scheduler pass ran before the load), loaded by autocannon from the bench process, ${config.warmupSeconds} s warm-up then ${config.runSeconds} s measured per run.`,
    "",
    `The page: totalCount ${n(inbox.totalCount)}; counts ${inbox.counts.map((count) => `${count.state} ${n(count.count)}`).join(", ")}; ${n(inbox.responseBytes)} bytes. ` +
      `Statements per request (in-process platform, at the driver): ${bySubgraph(inbox.statementsPerRequest)} (the page with its counts is one statement, shared/inbox/inbox-query.ts; the cases one batched load; anything more is the audit log).`,
    "",
    "| connections | p50 ms | p99 ms | req/s | requests |",
    "|---:|---:|---:|---:|---:|",
  );
  for (const run of inbox.runs) {
    out.push(`| ${run.connections} | ${ms(run.p50Ms)} | ${ms(run.p99Ms)} | ${run.requestsPerSecond.toFixed(1)} | ${n(run.requests)} |`);
  }
  return out;
}

function passSection(passes: readonly PassFigures[]): string[] {
  const out: string[] = ["", "### One scheduler pass over the open deadlines", ""];
  out.push(
    "The district's `deadline-pass` job (`shared/deadlines/pass.ts`: advisory lock, the two set-based transitions of `advance.ts`, the breaches, district's overdue notifications in the same transaction, the run record), run by hand on the in-process platform. " +
      "Setup per round (plain SQL, then VACUUM ANALYZE): the open deadlines (two steps per case, 12 districts), 1 in 10 past due (→ OVERDUE, a breach, 3 notifications each: 人文課, 民政局, the 里幹事 for visit steps), 1 in 20 due within 3 h (→ DUE_SOON), the rest due in 1–7 days. " +
      "The care cases are the same for every size, so only the deadlines grow. Median of the rounds; the idle pass is the next tick, with nothing newly due.",
    "",
    "| open deadlines | pass, median | rounds | moved (overdue / breaches / due soon) | statements | idle pass after it |",
    "|---:|---:|---|---|---:|---:|",
  );
  for (const pass of passes) {
    const changed = pass.rounds[0]?.changed ?? {};
    out.push(
      `| ${n(pass.deadlines)} | **${pass.medianMs.toFixed(0)} ms** | ${pass.rounds.map((round) => `${round.ms.toFixed(0)}`).join(", ")} ms | ${n(changed.overdue ?? 0)} / ${n(changed.breaches ?? 0)} / ${n(changed.dueSoon ?? 0)} | ${pass.rounds[0]?.statements ?? 0} | ${ms(pass.rounds[0]?.idleMs ?? Number.NaN)} ms |`,
    );
  }
  if (passes.length > 1) {
    const first = passes[0];
    const last = passes[passes.length - 1];
    const size = last.deadlines / first.deadlines;
    const growth = last.medianMs / first.medianMs;
    out.push("", `Growth from ${n(first.deadlines)} to ${n(last.deadlines)} open deadlines (${size.toFixed(0)}×): **${growth.toFixed(2)}×** the time (linear would be ${size.toFixed(0)}×; ${growth <= size * 1.2 ? "near linear or better" : "worse than linear"}).`);
  }
  out.push("", "EXPLAIN (ANALYZE) of the pass's statements, on the rows of the first round (in a transaction rolled back after):", "", "| open deadlines | statement | Seq Scan on deadlines | indexes used |", "|---:|---|---|---|");
  for (const pass of passes) {
    for (const statement of pass.explained) {
      out.push(`| ${n(pass.deadlines)} | ${statement.statement} | ${statement.seqScanOnDeadlines ? "**yes**" : "no"} | ${statement.indexes.map((index) => `\`${index}\``).join(", ") || "none"} |`);
    }
  }
  const joinedBack = passes.some((pass) => pass.explained.some((statement) => statement.seqScanOnDeadlines && /Hash Semi Join/.test(statement.plan)));
  if (joinedBack) {
    out.push(
      "",
      "Where the plans read `Seq Scan on deadlines`, it is the UPDATE finding its target rows again by id (a Hash Semi Join on the due ids); the due selection itself (`… WHERE state IN (pending) AND due_at < $1 FOR UPDATE SKIP LOCKED`) is the Bitmap Index Scan on the partial index `deadlines_pending_due_at`. That join back reads every row of the table once per transition, so a pass costs the table's size as well as what is due (the idle pass above); joining by `ctid` or `UPDATE … FROM` the selected ids would keep it to the index (shared/deadlines/advance.ts).",
    );
  }
  const largest = passes[passes.length - 1];
  if (largest !== undefined) {
    out.push("", `<details><summary>The plans at ${n(largest.deadlines)} open deadlines</summary>`, "");
    for (const statement of largest.explained) {
      out.push(`${statement.statement}:`, "", "```", statement.plan, "```", "");
    }
    out.push("</details>");
  }
  return out;
}

function markdown(config: DeadlinesBenchConfig, report: DeadlinesReport): string {
  const { machine } = report;
  const out: string[] = ["# Issue #8: intake, the district inbox, the deadline scheduler", ""];
  out.push(
    "```sh",
    report.command,
    "```",
    "",
    `- Date: ${report.date.toISOString()} (the whole run took ${report.totalSeconds.toFixed(0)} s)`,
    `- Machine: nproc ${machine.nproc} (${machine.cpuModel}), ${machine.memoryGb} GB RAM, ${machine.os}; Node ${machine.node}; ${machine.postgres} on 127.0.0.1:5432`,
    `- A fresh database of its own (\`${report.databaseName}\`), migrated by the platform, dropped at the end. The platform runs in the bench process (gateway and subgraphs on free ports, pools of 10, jobs run by hand); the inbox load goes to \`npm start\` as a child. Both share the 2 cores with PostgreSQL and the load generator.`,
    "- Absolute times move with the machine; the ratios (per case across day sizes, growth across pass sizes) are the figures to compare.",
    "",
  );
  out.push(...intakeSection(report.intake), ...inboxSection(config, report.inboxSetup, report.inbox), ...passSection(report.passes));
  return out.join("\n");
}

/** Issue #8's section of BENCHMARKS.md; issue #3's section stays as it is. */
export function writeDeadlinesReport(config: DeadlinesBenchConfig, report: DeadlinesReport): void {
  writeSection(config.reportPath, "deadlines", markdown(config, report));
}
