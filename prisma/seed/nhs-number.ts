// Valid-looking NHS numbers for demo people, from the range reserved for testing.
import { nhsCheckDigit } from "@/lib/domain/nhs-number";
import type { Rng } from "./random";

/**
 * A 10-digit NHS number with a valid check digit. Numbers starting 999 are never issued to
 * patients (NHS England keeps them for testing), so a demo number cannot belong to a real person.
 */
export function randomNhsNumber(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const firstNine = `999${String(rng.int(0, 999_999)).padStart(6, "0")}`;
    const check = nhsCheckDigit(firstNine);
    const number = `${firstNine}${check}`;
    if (check !== null && !taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}
