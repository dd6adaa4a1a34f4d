// A place's headline figures for the period, from its protected counts: rates, averages and
// medians are worked out from the real counts but not shown when a count they use is hidden
// (or, for medians, when fewer than 5 values lie behind them).
import { formatDuration, medianOfHistogram } from "@/lib/domain/duration-buckets";
import { monthsBetween, type Period } from "@/lib/domain/period";
import { isSmallCount, showCount, showDerived, showProportion, type ShownCount } from "@/lib/domain/small-number-protection";
import type { PlaceFigures } from "./dashboard-types";
import type { FigureCube, PlaceData } from "./figure-cube";
import type { PlaceExtras } from "./place-data";

const oneDecimalFormat = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const oneDecimal = (value: number) => oneDecimalFormat.format(value);

/** A median from bucket counts, hidden when fewer than 5 values lie behind it. */
export function shownMedian(histogram: readonly number[]): ShownCount {
  const median = medianOfHistogram(histogram);
  const behind = showCount(median.count, isSmallCount(median.count) ? "small" : null);
  if (median.hours === null) return showDerived(null, [behind], formatDuration);
  const words = median.atLeast ? `more than ${formatDuration(median.hours)}` : formatDuration(median.hours);
  return showDerived(median.hours, [behind], () => words);
}

export function placeFigures(
  cube: FigureCube,
  place: string,
  data: PlaceData,
  extras: PlaceExtras | undefined,
  population: number,
  period: Period,
): PlaceFigures {
  const count = (measure: Parameters<FigureCube["count"]>[1]) => cube.count(place, measure, "P");
  const raw = (measure: Parameters<FigureCube["raw"]>[1]) => cube.raw(place, measure, "P");
  const newCases = count("new");
  const openCases = count("open");
  const accepted = count("accepted");
  const declined = count("declined");
  const involvements = monthsBetween(period.from, period.to).reduce((sum, m) => sum + (data.months.get(m)?.involvements ?? 0), 0);
  const answered = raw("accepted") + raw("declined");
  const perThousand = (n: number) => (population > 0 ? (n / population) * 1000 : null);
  return {
    openCases,
    newCases,
    closedCases: count("closed"),
    newPer1000: showDerived(perThousand(raw("new")), [newCases], oneDecimal),
    openPer1000: showDerived(perThousand(raw("open")), [openCases], oneDecimal),
    organisationsPerCase: showDerived(raw("new") > 0 ? involvements / raw("new") : null, [newCases], oneDecimal),
    referralsSent: count("sent"),
    referralsAccepted: accepted,
    referralsDeclined: declined,
    referralsUnanswered: count("unanswered"),
    acceptanceRate: showProportion(raw("accepted"), answered, [accepted, declined]),
    medianResponse: shownMedian(extras?.responseTimes ?? []),
    actionsOverdue: count("overdue"),
    outcomesAchieved: count("outcomes"),
    medianFirstContact: shownMedian(extras?.firstContacts ?? []),
  };
}
