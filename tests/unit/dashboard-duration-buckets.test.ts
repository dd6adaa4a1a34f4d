import { describe, expect, it } from "vitest";
import { bucketOf, durationBuckets, formatDuration, medianOfHistogram } from "@/lib/domain/duration-buckets";

function histogram(hours: number[]): number[] {
  const counts = new Array(durationBuckets.length).fill(0);
  for (const h of hours) counts[bucketOf(h) - 1] += 1;
  return counts;
}

describe("duration buckets", () => {
  it("are hourly for the first day, then coarser, then open-ended after a year", () => {
    expect(durationBuckets).toHaveLength(81);
    expect(durationBuckets[0]).toEqual({ index: 1, lower: 0, upper: 1 });
    expect(bucketOf(0.5)).toBe(1);
    expect(bucketOf(23.99)).toBe(24);
    expect(bucketOf(24)).toBe(25);
    expect(bucketOf(71.9)).toBe(40);
    expect(bucketOf(72)).toBe(41);
    expect(bucketOf(168)).toBe(49);
    expect(bucketOf(672)).toBe(70);
    expect(bucketOf(2184)).toBe(79);
    expect(bucketOf(4368)).toBe(80);
    expect(bucketOf(100_000)).toBe(81);
    expect(bucketOf(-3)).toBe(1);
  });

  it("tile the time line with no gaps", () => {
    for (let i = 1; i < durationBuckets.length; i += 1) {
      expect(durationBuckets[i].lower).toBe(durationBuckets[i - 1].upper);
    }
  });
});

describe("medians from bucket counts", () => {
  it("are within one bucket's width of the exact median", () => {
    const values = [2.5, 3.2, 10, 30, 50.5, 51, 200];
    const median = medianOfHistogram(histogram(values));
    expect(median.count).toBe(7);
    expect(median.atLeast).toBe(false);
    expect(Math.abs((median.hours ?? 0) - 30)).toBeLessThanOrEqual(3);
  });

  it("average the two middle values of an even count, each placed evenly in its bucket", () => {
    // Two values in [3, 4) and two in [5, 6): the middle values are put at 3.75 and 5.25.
    expect(medianOfHistogram(histogram([3.1, 3.9, 5.2, 5.5])).hours).toBe(4.5);
    expect(medianOfHistogram(histogram([10.2])).hours).toBeCloseTo(10.5);
    // Exact median 7.5: (5 + 10) / 2.
    expect(medianOfHistogram(histogram([2, 3, 3, 5, 10, 30, 50, 100])).hours).toBe(8);
  });

  it("say 'at least' when the middle value is beyond a year", () => {
    expect(medianOfHistogram(histogram([9000, 9100, 9200]))).toEqual({ count: 3, hours: 8736, atLeast: true });
  });

  it("have nothing to say about no values", () => {
    expect(medianOfHistogram([0, 0])).toEqual({ count: 0, hours: null, atLeast: false });
  });
});

describe("durations in words", () => {
  it.each([
    [1, "1 hour"],
    [5.4, "5 hours"],
    [47, "47 hours"],
    [60, "2.5 days"],
    [24 * 20, "20 days"],
    [24 * 7 * 6, "6 weeks"],
  ])("%f hours reads as %s", (hours, words) => {
    expect(formatDuration(hours)).toBe(words);
  });
});
