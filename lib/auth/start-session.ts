// A new server-side session after a correct password: it reaches only the second-step pages
// until the code is given (mfaPassedAt), and must be completed within secondStepLimitMs.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { absoluteLimitMs, secondStepLimitMs } from "./session-policy";
import { userAgentSummary } from "./user-agent-summary";

export async function startSession(
  tx: Tx,
  input: { userId: string; userSessionVersion: number; userAgent: string; clientAddress: string; now: Date },
): Promise<string> {
  const session = await tx.userSession.create({
    data: {
      userId: input.userId,
      userSessionVersion: input.userSessionVersion,
      createdAt: input.now,
      lastSeenAt: input.now,
      idleExpiresAt: new Date(input.now.getTime() + secondStepLimitMs),
      absoluteExpiresAt: new Date(input.now.getTime() + absoluteLimitMs),
      userAgent: userAgentSummary(input.userAgent),
      clientAddress: input.clientAddress,
    },
    select: { id: true },
  });
  return session.id;
}
