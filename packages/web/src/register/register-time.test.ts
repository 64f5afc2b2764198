import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatMoment, isoToWallClock, timeRemaining, wallClockToIso } from "./register-time.ts";

describe("register times in Europe/Amsterdam", () => {
  it("reads a wall-clock time in winter and in summer with the right offset", () => {
    expect(wallClockToIso("2026-11-22T14:30")).toBe("2026-11-22T14:30:00+01:00");
    expect(wallClockToIso("2026-07-01T09:05")).toBe("2026-07-01T09:05:00+02:00");
  });

  it("takes the first of the two 02:30s in autumn and the winter offset in the skipped spring hour", () => {
    expect(wallClockToIso("2026-10-25T02:30")).toBe("2026-10-25T02:30:00+02:00");
    expect(wallClockToIso("2026-03-29T02:30")).toBe("2026-03-29T02:30:00+01:00");
  });

  it("refuses text that is not an existing wall-clock time", () => {
    expect(wallClockToIso("")).toBeUndefined();
    expect(wallClockToIso("2026-02-30T10:00")).toBeUndefined();
    expect(wallClockToIso("2026-11-22 14:30")).toBeUndefined();
    expect(wallClockToIso("2026-11-22T24:00")).toBeUndefined();
  });

  it("shows a moment as the wall-clock time in Amsterdam, whatever offset it was written with", () => {
    expect(isoToWallClock("2026-11-22T13:30:00.000Z")).toBe("2026-11-22T14:30");
    expect(isoToWallClock("2026-07-01T07:05:00Z")).toBe("2026-07-01T09:05");
    expect(isoToWallClock("not a date")).toBe("");
    // A round trip keeps the moment.
    const iso = wallClockToIso("2026-10-25T01:15")!;
    expect(isoToWallClock(iso)).toBe("2026-10-25T01:15");
  });

  it("formats dates the Dutch way and moments in Amsterdam time", () => {
    expect(formatCalendarDate("nl", "2027-03-31")).toBe("31 maart 2027");
    expect(formatCalendarDate("en", "2027-03-31")).toBe("31 March 2027");
    expect(formatMoment("nl", "2026-11-22T13:30:00Z")).toMatch(/^22 november 2026.*14:30$/);
  });

  it("counts the time left to a deadline, and the time since once it has passed", () => {
    const now = new Date("2026-11-22T12:00:00Z");
    expect(timeRemaining("2026-11-24T13:45:30Z", now)).toEqual({ overdue: false, hours: 49, minutes: 45 });
    expect(timeRemaining("2026-11-22T10:30:00Z", now)).toEqual({ overdue: true, hours: 1, minutes: 30 });
  });
});
