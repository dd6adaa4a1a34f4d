// The fault test's figures and its verdict.
import type { NoteAnswer } from "./note-writer";
import type { Verdict } from "./verify";

export type RunFacts = {
  answers: NoteAnswer[];
  verdict: Verdict;
  formPagesFailed: number;
  /** Notes whose form was still coming back kept when the run ended. */
  unfinished: number;
  /** When the stop began, when the cluster was down, and when it was started again (performance.now()). */
  restartAt: number;
  downAt: number;
  upAt: number;
  recovered: boolean;
  serverLog: { retried: number; returned: number };
};

const seconds = (ms: number) => (ms / 1000).toFixed(1);

export function timeToRecover(facts: Pick<RunFacts, "answers" | "restartAt" | "downAt">): number | null {
  // The first note acknowledged that was sent once the cluster was down: it was written after the restart.
  const first = facts.answers.filter((a) => a.outcome === "acknowledged" && a.sentAt >= facts.downAt).sort((a, b) => a.answeredAt - b.answeredAt)[0];
  return first ? first.answeredAt - facts.restartAt : null;
}

export function failures(facts: RunFacts): string[] {
  const { verdict } = facts;
  const lost = facts.answers.filter((a) => a.outcome === "lost").length;
  const metOutage = facts.answers.some((a) => a.sentAt >= facts.restartAt && a.sentAt <= facts.upAt);
  return [
    ...(metOutage ? [] : ["no note was posted while the cluster was down, so the run proves nothing (try a longer --outage)"]),
    ...(facts.recovered ? [] : ["the server did not answer normally again after the restart"]),
    ...(lost ? [`${lost} answer(s) lost what was typed`] : []),
    ...(verdict.missing.length ? [`${verdict.missing.length} acknowledged note(s) missing from the database`] : []),
    ...(verdict.duplicates.length ? [`${verdict.duplicates.length} note(s) saved more than once`] : []),
    ...(verdict.withoutAudit.length ? [`${verdict.withoutAudit.length} note(s) without their one audit row`] : []),
  ];
}

export function printReport(facts: RunFacts): void {
  const count = (outcome: NoteAnswer["outcome"]) => facts.answers.filter((a) => a.outcome === outcome).length;
  const recovery = timeToRecover(facts);
  console.log("\nNotes written through the real server while the cluster restarted:\n");
  console.table({
    requests: facts.answers.length,
    acknowledged: count("acknowledged"),
    "form kept (with text)": count("kept"),
    "lost (other errors)": count("lost"),
    "acknowledged but missing": facts.verdict.missing.length,
    duplicates: facts.verdict.duplicates.length,
    "notes without audit row": facts.verdict.withoutAudit.length,
    "time to recover (s)": recovery === null ? "never" : seconds(recovery),
  });
  console.log(
    [
      `Cluster down for ${seconds(facts.upAt - facts.restartAt)} s (fast shutdown took ${seconds(facts.downAt - facts.restartAt)} s).`,
      `${count("acknowledged")} notes acknowledged, ${facts.verdict.notesInDatabase} in the database; ${facts.unfinished} still kept at the end.`,
      `Form pages that could not be shown (nothing typed yet): ${facts.formPagesFailed}.`,
      `Server log: ${facts.serverLog.retried} writes retried once, ${facts.serverLog.returned} forms returned to the user.`,
    ].join("\n"),
  );
  const lost = [...new Set(facts.answers.filter((a) => a.outcome === "lost").map((a) => a.detail))];
  if (lost.length) console.log(`Lost answers were:\n${lost.slice(0, 10).map((d) => `  - ${d}`).join("\n")}`);
}
