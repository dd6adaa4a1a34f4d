// How long a merge of two person records can be undone: one constant, used by the unmerge
// action, its page and the person page's button.
export const unmergePeriodDays = 30;

const day = 86_400_000;

/** The last moment an unmerge is allowed. */
export function unmergeDeadline(mergedAt: Date): Date {
  return new Date(mergedAt.getTime() + unmergePeriodDays * day);
}

export function mayStillUnmerge(mergedAt: Date, now: Date): boolean {
  return now.getTime() <= unmergeDeadline(mergedAt).getTime();
}
