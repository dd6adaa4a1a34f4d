// Record ids arrive in URLs and forms: anything that is not a UUID cannot name a record.
import { z } from "zod";

const uuid = z.uuid();

export function isUuid(value: string): boolean {
  return uuid.safeParse(value).success;
}
