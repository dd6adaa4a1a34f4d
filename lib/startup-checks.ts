// Refuse to start in production without what it needs, with a message that says what to do.
import { problemsStartingInProduction } from "@/lib/startup-problems";

const problems = problemsStartingInProduction(process.env);
if (problems.length > 0) {
  console.error(`\nGolden Thread cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
  process.exit(1);
}
