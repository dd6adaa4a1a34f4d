// The shape of one server action's entry in the table of runs: how to call it as the browser
// does, what it must end with and audit, how a caller without access is refused, and what its
// fields accept (for the fuzz).
import type { Actor } from "@/lib/auth/actor";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import type { FuzzSpec } from "../../../support/invalid-input";
import type { FormFields } from "../../../support/server-actions";
import type { ActionWorld } from "./world";

/** One audit row as the trail must hold it; `recordId` and `caseId` may be matchers. */
export type AuditRow = { action: string; outcome: AuditOutcome; recordId: unknown; caseId?: unknown };

/**
 * A call as the browser makes it: signed in as `actor` (null: nobody), the arguments the page
 * bound, the form. `session`: a session that has only passed its password ("second-step"), or
 * one re-authenticated just now; otherwise a fully signed-in one. `stateless`: a plain
 * `<form action>` (React passes only the FormData), not a form with useActionState.
 */
export type Call = { actor: Actor | null; bound: unknown[]; form?: FormFields; session?: "second-step" | "reauthenticated"; stateless?: true };

export type Expected = {
  /** How the action ends: a redirect (a success), notFound(), or what it returns. */
  ends: { redirect: string } | { notFound: true } | { returns: unknown };
  /** Every audit row written by `by` (default: the caller) during the call, in order. */
  audit: AuditRow[];
  by?: string;
};

export type Refusal<C> = {
  /** Who is turned away (null: nobody signed in); the call is the allowed one's unless `call` differs. */
  as: (w: ActionWorld, c: C) => Actor | null;
  call?: (w: ActionWorld, c: C) => Call;
  expected: (w: ActionWorld, c: C) => Expected | Promise<Expected>;
  /** Tables the refusal may write besides its audit rows (sign-in records its attempt). */
  mayAlsoWrite?: string[];
};

export type Run<C> = {
  /** Makes the records the call needs; its own audit rows come before the call's. */
  prepare: (w: ActionWorld) => Promise<C>;
  call: (w: ActionWorld, c: C) => Call;
  /** Worked out after the call, so it can name the record the call created. */
  expected: (w: ActionWorld, c: C) => Expected | Promise<Expected>;
  /** A caller the access rule turns away, made before the allowed call on the same records. */
  refused: Refusal<C> | { none: string };
  /** What the call's bound arguments and fields accept, for generating invalid input. */
  fuzz: Fuzz | { none: string };
};

export type Fuzz = FuzzSpec & {
  /** How the action says its input was refused, when not as a form's failure (fieldErrors or formError). */
  refusal?: (returned: unknown) => boolean;
};

export type AnyRun = Run<unknown>;

/** Keeps each entry's own record type while the table holds them all. */
export const run = <C>(spec: Run<C>): AnyRun => spec as unknown as AnyRun;

/** Runs keyed by module path ("lib/cases/actions.ts") and exported name. */
export type RunTable = Record<string, Record<string, AnyRun>>;
