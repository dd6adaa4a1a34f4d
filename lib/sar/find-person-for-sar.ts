// A data-protection officer's partnership-wide person lookup, for logging a subject access
// request: a DPO must find anyone the partnership holds, whoever recorded them and whatever case
// they are on. Only here, only for DPOs, and audited (sar.person-search) — person search for
// everyone else stays within what their organisation may see (lib/people/find-people.ts).
import "server-only";
import { decideSarWork } from "@/lib/access/sar-policy";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor, unsafeSystemStep } from "@/lib/db/access-context";
import { searchNameOf } from "@/lib/domain/person-matching";
import { personLookupSchema } from "./schemas";

export const sarLookupLimit = 20;

export type SarPersonMatch = { id: string; name: string; dateOfBirth: Date; postcode: string | null; cases: number };

/** Null: not a data-protection officer (audited DENIED). An empty or invalid name finds nobody. */
export async function findPersonForSar(actor: Actor, name: string): Promise<SarPersonMatch[] | null> {
  return asActor(actor, async (tx) => {
    const decision = decideSarWork(actor);
    if (!decision.allowed) {
      await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "sar.person-search", outcome: "DENIED", recordType: "Person", reasons: decision.reasons });
      return null;
    }
    const parsed = personLookupSchema.safeParse({ name });
    if (!parsed.success) return [];
    const words = searchNameOf(parsed.data.name, "").split(" ").filter(Boolean).slice(0, 5);
    if (words.length === 0) return [];
    const people = await unsafeSystemStep(tx, actor, () =>
      tx.person.findMany({
        where: { AND: words.map((w) => ({ searchName: { contains: w } })) },
        orderBy: [{ familyName: "asc" }, { givenName: "asc" }, { dateOfBirth: "asc" }],
        take: sarLookupLimit,
        select: { id: true, givenName: true, familyName: true, dateOfBirth: true, postcode: true, _count: { select: { cases: true } } },
      }),
    );
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "sar.person-search", recordType: "Person", reasons: decision.reasons, details: { results: people.length } });
    return people.map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}`, dateOfBirth: p.dateOfBirth, postcode: p.postcode, cases: p._count.cases }));
  });
}
