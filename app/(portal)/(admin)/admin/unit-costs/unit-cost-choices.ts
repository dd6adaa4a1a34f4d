// The confidence grades as form options, with the optimism-bias correction each carries.
import { confidenceGrades } from "@/lib/domain/cost-benefit";
import { formatBasisPoints } from "@/lib/domain/money";

export const gradeOptions = confidenceGrades.map((g) => ({ value: String(g.grade), label: `${g.grade}: ${g.evidence} (optimism bias ${formatBasisPoints(g.optimismBiasBasisPoints)}%)` }));
