import type { Dashboard } from "@art28/contract";
import {
  addDays,
  calendarDateOf,
  complianceStates,
  daysBetween,
  deadlineWarningDays,
  type CalendarDate,
  type ComplianceState,
  type RelationshipFlagId,
} from "@art28/domain";

/** One part of the stacked compliance bar. */
export interface ComplianceSegment {
  state: ComplianceState;
  count: number;
  /** Share of all relationships, 0–1. */
  share: number;
  /** Where the segment starts, 0–1. */
  start: number;
}

// Worst first, so the eye meets what needs doing at the start of the bar.
const complianceOrder: readonly ComplianceState[] = [
  "missing",
  "incomplete",
  "compliant",
  "not_required",
  "undetermined",
];

/** The compliance counts as segments of one bar, worst first; states without relationships take no room. */
export function complianceSegments(compliance: Partial<Dashboard["compliance"]>): ComplianceSegment[] {
  const counts = complianceOrder.map((state) => ({ state, count: compliance[state] ?? 0 }));
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  let start = 0;
  return counts.map(({ state, count }) => {
    const share = total === 0 ? 0 : count / total;
    const segment = { state, count, share, start };
    start += share;
    return segment;
  });
}

/** Every compliance state with its count, in the order of the chart, for the table beside it. */
export function complianceCounts(
  compliance: Partial<Dashboard["compliance"]>,
): Array<{ state: ComplianceState; count: number }> {
  const known = new Set(complianceStates);
  return complianceOrder.filter((state) => known.has(state)).map((state) => ({ state, count: compliance[state] ?? 0 }));
}

/** One bar of the flag chart. */
export interface FlagBar {
  flag: RelationshipFlagId;
  count: number;
  /** Length relative to the longest bar, 0–1. */
  length: number;
}

/** The flags that are on, most frequent first (ties in the domain's order), with bar lengths. */
export function flagBars(flags: Dashboard["flags"]): FlagBar[] {
  const present = flags.filter((flag) => flag.count > 0);
  const longest = Math.max(1, ...present.map((flag) => flag.count));
  return present
    .map((flag, index) => ({ flag: flag.flag, count: flag.count, length: flag.count / longest, index }))
    .sort((one, other) => other.count - one.count || one.index - other.index)
    .map(({ flag, count, length }) => ({ flag, count, length }));
}

/** The deadlines of one week in the timeline. */
export interface DeadlineWeek {
  /** First day of the week, counted from today (so not necessarily a Monday). */
  from: CalendarDate;
  to: CalendarDate;
  count: number;
  /** Of which breach notifications: hours count there, so they are shown apart. */
  urgent: number;
}

/** The day the dashboard is about: the date of `generatedAt` in the register's time zone. */
export function dashboardToday(dashboard: Pick<Dashboard, "generatedAt">): CalendarDate {
  return calendarDateOf(new Date(dashboard.generatedAt));
}

/**
 * The coming deadlines counted per week from today, for the timeline. Weeks start today, so
 * the first bar is "the coming seven days"; the last one ends on day 90.
 */
export function deadlineWeeks(
  deadlines: Dashboard["deadlines"],
  today: CalendarDate,
  days: number = deadlineWarningDays,
): DeadlineWeek[] {
  const weekCount = Math.ceil((days + 1) / 7);
  const weeks: DeadlineWeek[] = Array.from({ length: weekCount }, (_, index) => ({
    from: addDays(today, index * 7),
    to: addDays(today, Math.min(index * 7 + 6, days)),
    count: 0,
    urgent: 0,
  }));
  for (const deadline of deadlines) {
    const offset = daysBetween(today, deadline.on);
    if (offset < 0 || offset > days) continue;
    const week = weeks[Math.floor(offset / 7)];
    if (!week) continue;
    week.count += 1;
    if (deadline.deadline === "breach_authority_notification") week.urgent += 1;
  }
  return weeks;
}

/** A round upper bound for a chart axis: 1, 2, 5, 10, 20, 50, … at or above `value`. */
export function axisMaximum(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}
