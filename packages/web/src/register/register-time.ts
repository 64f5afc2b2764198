import { registerTimeZone, timeZoneOffsetMinutes, type CalendarDate } from "@art28/domain";

/**
 * Dates and times as the register shows and edits them. Calendar dates are days without a time
 * zone; moments (a breach, its 72-hour deadline) are shown and entered in Europe/Amsterdam, the
 * register's time zone, whatever the zone of the computer in front of the user.
 */

/**
 * The formatting locale for an interface language. English gets British conventions (31 March
 * 2027, 24-hour clock): the users are in Europe, and "March 31" reads as American.
 */
export function intlLocale(locale: string): string {
  return locale === "en" ? "en-GB" : locale === "nl" ? "nl-NL" : locale;
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, "0");
  return `${sign}${hours}:${String(absolute % 60).padStart(2, "0")}`;
}

/**
 * The moment of a wall-clock time in the register's time zone (`2026-11-22T14:30`, as a
 * `datetime-local` field gives it) as ISO 8601 with offset. Returns undefined for text that is
 * not such a time. In the hour that is skipped when summer time starts, the time is read with
 * the offset before the change; in the hour that repeats in autumn, the first one is taken.
 */
export function wallClockToIso(local: string, timeZone: string = registerTimeZone): string | undefined {
  const match = localPattern.exec(local);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) return undefined;
  // The offsets a few hours before and after the guess cover both sides of a change of clocks.
  const hours = 3 * 3_600_000;
  const candidates = [
    timeZoneOffsetMinutes(new Date(asUtc - hours), timeZone),
    timeZoneOffsetMinutes(new Date(asUtc + hours), timeZone),
  ];
  const offset =
    candidates.find(
      (candidate) => timeZoneOffsetMinutes(new Date(asUtc - candidate * 60_000), timeZone) === candidate,
    ) ?? candidates[0]!;
  return `${local}:00${formatOffset(offset)}`;
}

/** The wall-clock time (`2026-11-22T14:30`) of a moment in the register's time zone, for a `datetime-local` field. */
export function isoToWallClock(iso: string, timeZone: string = registerTimeZone): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return "";
  const shifted = new Date(instant + timeZoneOffsetMinutes(new Date(instant), timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** A calendar date in words, e.g. "22 november 2026". */
export function formatCalendarDate(locale: string, date: CalendarDate): string {
  const instant = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(instant)) return date;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(instant);
}

/** A calendar date in short form, e.g. "22 nov 2026", for tables and chart labels. */
export function formatShortDate(locale: string, date: CalendarDate): string {
  const instant = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(instant)) return date;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(instant);
}

/** A moment in the register's time zone, e.g. "22 november 2026 om 14:30". */
export function formatMoment(locale: string, iso: string, timeZone: string = registerTimeZone): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeStyle: "short", timeZone }).format(
    instant,
  );
}

/** Time left until a deadline, in whole hours and minutes; `overdue` once it has passed. */
export interface TimeRemaining {
  overdue: boolean;
  hours: number;
  minutes: number;
}

/** How long until (or since) `deadline`, rounded down to the minute. */
export function timeRemaining(deadline: string, now: Date): TimeRemaining {
  const difference = Date.parse(deadline) - now.getTime();
  const totalMinutes = Math.floor(Math.abs(difference) / 60_000);
  return { overdue: difference < 0, hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}
