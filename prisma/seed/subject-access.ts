// Demo subject access requests for the data-protection officer's register: open requests to
// Manchester City Council about people with several cases (one still in time, one overdue).
// From a random stream of its own, so every other demo row stays as it was.
import type { Prisma } from "@/lib/generated/prisma/client";
import { sarDueOn } from "@/lib/domain/sar-due-date";
import { required } from "./collections";
import { demoEmails } from "./demo-accounts";
import { addDays, Rng, seedOf } from "./random";
import type { SeedUser } from "./users";

const requests = [
  { receivedDaysAgo: 9, identityCheckedBy: "Front desk, Manchester Town Hall", identityCheckMethod: "Passport and a council tax bill seen in person" },
  { receivedDaysAgo: 36, identityCheckedBy: "Information governance team", identityCheckMethod: "Driving licence copy and a signed letter from their address" },
];

export function subjectAccessRequestRows(
  now: Date,
  /** The subject of every case. */
  subjects: readonly { personId: string }[],
  byEmail: ReadonlyMap<string, SeedUser>,
): Prisma.SubjectAccessRequestCreateManyInput[] {
  const rng = new Rng(seedOf("subject access requests"));
  const officer = required(byEmail, demoEmails.dataProtectionOfficer, "demo user");
  const casesOf = new Map<string, number>();
  for (const c of subjects) casesOf.set(c.personId, (casesOf.get(c.personId) ?? 0) + 1);
  const most = Math.max(0, ...casesOf.values());
  // People with the most cases (at least two), in a fixed order, then drawn from this stream.
  const candidates = [...casesOf].filter(([, n]) => n >= Math.min(most, 3) && n >= 2).map(([id]) => id).sort();
  const chosen = rng.sample(candidates, Math.min(requests.length, candidates.length));
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return chosen.map((personId, i) => {
    const receivedOn = addDays(today, -requests[i].receivedDaysAgo);
    return {
      id: rng.uuid(),
      organisationId: officer.organisation.id,
      personId,
      receivedOn,
      dueOn: sarDueOn(receivedOn),
      identityCheckedBy: requests[i].identityCheckedBy,
      identityCheckMethod: requests[i].identityCheckMethod,
      loggedById: officer.id,
      createdAt: addDays(receivedOn, 1),
      updatedAt: addDays(receivedOn, 1),
    };
  });
}
