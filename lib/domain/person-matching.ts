// Likely-duplicate rules for people (DOMAIN.md): same NHS number; similar name and same date of
// birth; same postcode and date of birth. Pure, so the rules are unit-tested on their own.
export type PersonIdentity = {
  givenName: string;
  familyName: string;
  dateOfBirth: Date;
  nhsNumber: string | null;
  postcode: string | null;
};

export function searchNameOf(givenName: string, familyName: string): string {
  return `${givenName} ${familyName}`
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z\s]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

export function namesAreSimilar(a: PersonIdentity, b: PersonIdentity): boolean {
  const family = editDistance(searchNameOf("", a.familyName), searchNameOf("", b.familyName));
  const givenA = searchNameOf(a.givenName, "");
  const givenB = searchNameOf(b.givenName, "");
  const given = editDistance(givenA, givenB);
  const sameInitial = givenA[0] === givenB[0];
  return family <= 2 && (given <= 2 || (sameInitial && (givenA.startsWith(givenB) || givenB.startsWith(givenA))));
}

const sameDay = (a: Date, b: Date) => a.getTime() === b.getTime();

/** Why `existing` is likely the same person as `candidate`, or an empty list. */
export function duplicateReasons(candidate: PersonIdentity, existing: PersonIdentity): string[] {
  const reasons: string[] = [];
  if (candidate.nhsNumber && candidate.nhsNumber === existing.nhsNumber) reasons.push("Same NHS number");
  if (sameDay(candidate.dateOfBirth, existing.dateOfBirth)) {
    if (namesAreSimilar(candidate, existing)) reasons.push("Similar name and same date of birth");
    if (candidate.postcode && candidate.postcode === existing.postcode) {
      reasons.push("Same postcode and date of birth");
    }
  }
  return reasons;
}
