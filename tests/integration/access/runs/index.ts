// The table of runs: one entry per exported function of every "use server" module.
import { adminPlaceRuns } from "./admin-place-runs";
import { adminRuns } from "./admin-runs";
import { barrierRuns } from "./barrier-runs";
import { budgetRuns } from "./budget-runs";
import { caseRuns } from "./case-runs";
import { consentRuns } from "./consent-runs";
import { ledgerRuns } from "./ledger-runs";
import { peopleAndAuthRuns } from "./people-and-auth-runs";
import { personMergeRuns } from "./person-merge-runs";
import { personRecordRuns } from "./person-record-runs";
import { referralAndMyWorkRuns } from "./referral-runs";
import { restrictedRecordRuns } from "./restricted-record-runs";
import { sarRuns } from "./sar-runs";
import { sessionRuns } from "./session-runs";
import type { RunTable } from "./types";

export const runs: RunTable = { ...caseRuns, ...referralAndMyWorkRuns, ...peopleAndAuthRuns, ...personRecordRuns, ...personMergeRuns, ...adminRuns, ...adminPlaceRuns, ...sessionRuns, ...barrierRuns, ...budgetRuns, ...ledgerRuns, ...sarRuns, ...restrictedRecordRuns, ...consentRuns };
export { actionWorld, type ActionWorld } from "./world";
export type { AnyRun, Call, Expected } from "./types";
