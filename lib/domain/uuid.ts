// The one UUID check. Record ids arrive in URLs and forms, and anything that is not a UUID
// cannot name a record. Any RFC 9562 UUID is accepted (any version or variant: ids made
// elsewhere need not be version 4), in the canonical 8-4-4-4-12 hexadecimal form.
import { z } from "zod";

const canonical = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && canonical.test(value);
}

/** A zod schema for an id, with the message a form shows when it is missing or malformed. */
export function uuid(message = "Choose from the list") {
  return z.string().regex(canonical, message);
}
