// Where each category sits in the summaries' dense arrays (1-based), mirroring the trigger SQL:
// DashboardCategory positions for themes and outcome types, the DeclineReason enum order after
// "not recorded", and the triangular index of a pair of theme positions.
import { DeclineReason } from "@/lib/generated/prisma/enums";

export const allCasesKey = "00000000-0000-0000-0000-000000000000";

/** Position 1 is a declined referral with no reason recorded; then the enum in order. */
export const declineReasonPositions: readonly (DeclineReason | null)[] = [null, ...Object.values(DeclineReason)];

/** dash_pair_position(i, j) for theme positions i < j. */
export function pairPosition(i: number, j: number): number {
  return ((j - 1) * (j - 2)) / 2 + i;
}

/** The pair of theme positions at a triangular index. */
export function pairAt(position: number): [number, number] {
  let j = 2;
  while (pairPosition(1, j + 1) <= position) j += 1;
  return [position - pairPosition(0, j), j];
}
