/**
 * Calendar dates (`YYYY-MM-DD`) as the register stores them: an end date, review date or
 * expiry date is a day, not a moment. "Today" is the day in the organisation's time zone,
 * Europe/Amsterdam unless told otherwise, so at 00:30 Dutch time it is already the next day.
 */
export type CalendarDate = string;

export const registerTimeZone = "Europe/Amsterdam";

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayInMilliseconds = 24 * 60 * 60 * 1000;

function dayNumber(date: CalendarDate): number {
  const match = calendarDatePattern.exec(date);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const [, year, month, day] = match;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const check = new Date(time);
  if (check.getUTCDate() !== Number(day) || check.getUTCMonth() !== Number(month) - 1) {
    throw new RangeError(`Not an existing calendar date: ${date}`);
  }
  return Math.round(time / dayInMilliseconds);
}

/** Building a formatter costs far more than using one, and the status of a register asks for thousands of dates. */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date of `moment` in `timeZone`. */
export function calendarDateOf(moment: Date, timeZone: string = registerTimeZone): CalendarDate {
  const parts = dateFormatterFor(timeZone).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** Whole days from `from` to `to`; negative when `to` lies before `from`. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** `date` plus `days` days. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date((dayNumber(date) + days) * dayInMilliseconds).toISOString().slice(0, 10);
}

/** One formatter per zone for the wall-clock time, for the same reason as the date formatters. */
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * How many minutes the wall clock in `timeZone` is ahead of UTC at `moment` (60 in Dutch winter
 * time, 120 in summer time). Read from the wall-clock time the platform shows for the zone, so
 * changes of clocks follow the platform's time-zone data.
 */
export function timeZoneOffsetMinutes(moment: Date, timeZone: string = registerTimeZone): number {
  const parts = wallClockFormatterFor(timeZone).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)!.value);
  const wallClockAsUtc = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  // The formatter shows whole seconds, so the moment is compared without its milliseconds.
  const wholeSeconds = Math.floor(moment.getTime() / 1000) * 1000;
  return Math.round((wallClockAsUtc - wholeSeconds) / 60_000);
}
