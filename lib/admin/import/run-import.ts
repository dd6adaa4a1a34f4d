// A bulk import, all or nothing: the file is checked again (a preview proves nothing about now),
// then written in chunks inside ONE transaction, reporting progress after each chunk. Any
// failure rolls every row back.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/create-client";
import { uniqueViolation } from "@/lib/forms/database-errors";
import { assertPermitted } from "../permission";
import type { ImportKind, RowError } from "./import-kinds";
import { validateImport, type ValidRows } from "./validate-import";
import { deliverSoon } from "@/lib/mail/deliver-outbox";
import { writeNeighbourhoods, writeOrganisations, writeUsers } from "./write-rows";

export const importChunkSize = 250;

export type ImportOutcome =
  | { ok: true; created: number; passwordLinksEmailed: number }
  | { ok: false; errors: RowError[] };

export type Progress = (done: number, total: number) => void;

async function writeChunk(tx: Tx, actor: Actor, valid: ValidRows, from: number) {
  const end = from + importChunkSize;
  if (valid.kind === "organisations") await writeOrganisations(tx, actor, valid.rows.slice(from, end));
  else if (valid.kind === "neighbourhoods") await writeNeighbourhoods(tx, actor, valid.rows.slice(from, end));
  else return writeUsers(tx, actor, valid.rows.slice(from, end));
  return 0;
}

export async function runImport(actor: Actor, kind: ImportKind, text: string, progress: Progress = () => {}): Promise<ImportOutcome> {
  assertPermitted(actor);
  try {
    const outcome: ImportOutcome = await db.$transaction(
      async (tx) => {
        const check = await validateImport(tx, kind, text);
        if (!check.ok) return { ok: false as const, errors: check.errors };
        const total = check.valid.rows.length;
        progress(0, total);
        let passwordLinksEmailed = 0;
        for (let from = 0; from < total; from += importChunkSize) {
          passwordLinksEmailed += await writeChunk(tx, actor, check.valid, from);
          progress(Math.min(from + importChunkSize, total), total);
        }
        await writeAuditEvent(tx, {
          actor: auditActorOf(actor),
          action: "admin.import",
          recordType: kind,
          details: { kind, created: total },
        });
        return { ok: true as const, created: total, passwordLinksEmailed };
      },
      { timeout: 10 * 60_000, maxWait: 30_000 },
    );
    if (outcome.ok && outcome.passwordLinksEmailed > 0) deliverSoon();
    return outcome;
  } catch (error) {
    // Someone added a clashing record between the check and the write: nothing was written.
    if (uniqueViolation(error)) {
      return { ok: false, errors: [{ row: 0, column: null, message: "Another change clashed with this import while it ran, so nothing was imported. Check the file again." }] };
    }
    throw error;
  }
}

/** The preview: the same checks, read-only. */
export async function previewImport(actor: Actor, kind: ImportKind, text: string) {
  assertPermitted(actor);
  const check = await validateImport(db, kind, text);
  return check.ok ? { ok: true as const, rowCount: check.valid.rows.length, sample: check.sample } : check;
}
