// Likely-duplicate rules for people (DOMAIN.md): same NHS number; similar name and same date of
// birth; same postcode and date of birth. Pure, so the rules are unit-tested on their own.
export type PersonIdentity = {
  givenName: string;
  familyName: string;
  dateOfBirth: Date;
  nhsNumber: string | null;
  postcode: string | null;
};

/**
 * A name as search and the duplicate check compare it: lower case, without accents or
 * apostrophes, hyphens read as spaces ("Smith-Jones" is found by "Jones"), and "Mc" spelt "Mac"
 * (the same family is written both ways). The migration person_search recomputes stored names
 * by the same rule.
 */
export function searchNameOf(givenName: string, familyName: string): string {
  return `${givenName} ${familyName}`
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-\u2010-\u2014]/g, " ")
    .replace(/[^a-z\s]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(^| )mc(?=[a-z])/g, "$1mac");
}

/** Edit distance where swapping two neighbouring letters counts as one edit; small strings only. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
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

/**
 * Why `existing` is likely the same person as `candidate`, or an empty list. `nameMatched` says
 * the person search's name matching (trigrams and one-letter variants) found `existing` by the
 * candidate's name; without it the names are compared here.
 */
export function duplicateReasons(candidate: PersonIdentity, existing: PersonIdentity, nameMatched = false): string[] {
  const reasons: string[] = [];
  if (candidate.nhsNumber && candidate.nhsNumber === existing.nhsNumber) reasons.push("Same NHS number");
  if (sameDay(candidate.dateOfBirth, existing.dateOfBirth)) {
    if (nameMatched || namesAreSimilar(candidate, existing)) reasons.push("Similar name and same date of birth");
    if (candidate.postcode && candidate.postcode === existing.postcode) {
      reasons.push("Same postcode and date of birth");
    }
  }
  return reasons;
}
