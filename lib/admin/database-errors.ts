// Recognising the database's answers that a form should turn into a message.
import { Prisma } from "@/lib/generated/prisma/client";

/** A unique constraint refused the write (Prisma P2002), e.g. two admins adding the same name at once. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
