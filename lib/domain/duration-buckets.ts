// Durations (time to respond to a referral, time to first contact) are summarised as counts in
// fixed buckets, fine where most values fall: the same table as dash_duration_bucket() in the
// dashboard_summary_triggers migration (a test checks they agree). A median read from the
// buckets is within one bucket's width of the exact median: an hour under a day, three hours
// under three days, twelve hours under a week, a day under four weeks, a week under 13 weeks.
const hour = 1;
const day = 24 * hour;
const week = 7 * day;

/** Consecutive ranges: [until, width] — buckets of `width` hours up to `until` hours. */
const ranges: readonly (readonly [number, number])[] = [
  [day, hour],
  [3 * day, 3 * hour],
  [week, 12 * hour],
  [4 * week, day],
  [13 * week, week],
  [26 * week, 13 * week],
  [52 * week, 26 * week],
];

export type Bucket = { index: number; lower: number; upper: number };

/** Every bucket, 1-based, with its bounds in hours; the last is open-ended (upper = Infinity). */
export const durationBuckets: readonly Bucket[] = (() => {
  const buckets: Bucket[] = [];
  let lower = 0;
  for (const [until, width] of ranges) {
    for (; lower < until; lower += width) buckets.push({ index: buckets.length + 1, lower, upper: lower + width });
  }
  buckets.push({ index: buckets.length + 1, lower, upper: Infinity });
  return buckets;
})();

/** The bucket a duration in hours falls in (negative durations count as zero). */
export function bucketOf(hours: number): number {
  const h = Math.max(0, hours);
  return (durationBuckets.find((b) => h < b.upper) ?? durationBuckets[durationBuckets.length - 1]).index;
}

/** Adds histograms of bucket counts (1-based, as stored; index 0 of the JS array is bucket 1). */
export function addHistograms(a: readonly number[], b: readonly number[]): number[] {
  const length = Math.max(a.length, b.length);
  return Array.from({ length }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
}

export type HistogramMedian =
  | { count: number; hours: number; atLeast: false }
  | { count: number; hours: number; atLeast: true }
  | { count: 0; hours: null; atLeast: false };

/** The value of rank `rank` (1-based), spread evenly within its bucket; null beyond the last bounded bucket. */
function valueAtRank(counts: readonly number[], rank: number): number | null {
  let before = 0;
  for (let i = 0; i < counts.length; i += 1) {
    const n = counts[i];
    if (n > 0 && rank <= before + n) {
      const bucket = durationBuckets[Math.min(i, durationBuckets.length - 1)];
      if (bucket.upper === Infinity) return null;
      return bucket.lower + ((rank - before - 0.5) / n) * (bucket.upper - bucket.lower);
    }
    before += n;
  }
  return null;
}

/**
 * The median of the durations counted in `counts` (counts[i] is bucket i + 1): the middle value,
 * or the mean of the two middle values, each placed evenly within its bucket. Beyond the last
 * bounded bucket it is only known to be at least that bucket's lower bound.
 */
export function medianOfHistogram(counts: readonly number[]): HistogramMedian {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return { count: 0, hours: null, atLeast: false };
  const low = valueAtRank(counts, Math.ceil(total / 2));
  const high = valueAtRank(counts, Math.floor(total / 2) + 1);
  if (low === null || high === null) return { count: total, hours: durationBuckets[durationBuckets.length - 1].lower, atLeast: true };
  return { count: total, hours: (low + high) / 2, atLeast: false };
}

/** "5 hours", "2.5 days", "3 weeks"; rounded to the precision the buckets give. */
export function formatDuration(hours: number): string {
  if (hours < 2 * day) {
    const h = Math.round(hours);
    return h === 1 ? "1 hour" : `${h} hours`;
  }
  if (hours < 4 * week) {
    const d = Math.round((hours / day) * 2) / 2;
    return `${d.toLocaleString("en-GB")} days`;
  }
  const w = Math.round(hours / week);
  return `${w} weeks`;
}
