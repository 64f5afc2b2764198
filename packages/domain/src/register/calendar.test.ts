import { describe, expect, it } from "vitest";
import { addDays, calendarDateOf, daysBetween, timeZoneOffsetMinutes } from "./calendar.ts";

describe("calendar dates", () => {
  it("takes today in Amsterdam, which starts before midnight UTC", () => {
    expect(calendarDateOf(new Date("2025-06-30T22:30:00Z"))).toBe("2025-07-01");
    expect(calendarDateOf(new Date("2025-06-30T21:59:00Z"))).toBe("2025-06-30");
    expect(calendarDateOf(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    expect(calendarDateOf(new Date("2025-06-30T22:30:00Z"), "UTC")).toBe("2025-06-30");
  });

  it("counts days over month ends, leap days and summer time", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-03-29", "2025-03-31")).toBe(2);
    expect(daysBetween("2025-12-31", "2025-12-01")).toBe(-30);
    expect(addDays("2025-01-01", 90)).toBe("2025-04-01");
    expect(addDays("2024-12-31", -366)).toBe("2023-12-31");
  });

  it("refuses what is not a calendar date", () => {
    expect(() => daysBetween("2025-02-30", "2025-03-01")).toThrow(RangeError);
    expect(() => addDays("1 March 2025", 1)).toThrow(RangeError);
  });
});

describe("time-zone offsets", () => {
  it("is one hour in Dutch winter time and two in summer time", () => {
    expect(timeZoneOffsetMinutes(new Date("2026-01-15T12:00:00Z"))).toBe(60);
    expect(timeZoneOffsetMinutes(new Date("2026-07-01T12:00:00Z"))).toBe(120);
    expect(timeZoneOffsetMinutes(new Date("2026-07-01T12:00:00Z"), "UTC")).toBe(0);
    expect(timeZoneOffsetMinutes(new Date("2026-07-01T12:00:00Z"), "America/New_York")).toBe(-240);
    expect(timeZoneOffsetMinutes(new Date("2026-07-01T12:00:00Z"), "Asia/Kolkata")).toBe(330);
  });

  it("moves forward at 01:00 UTC on the last Sunday of March", () => {
    // 29 March 2026: at 02:00 winter time the clocks jump to 03:00.
    expect(timeZoneOffsetMinutes(new Date("2026-03-29T00:59:59.999Z"))).toBe(60);
    expect(timeZoneOffsetMinutes(new Date("2026-03-29T01:00:00Z"))).toBe(120);
    // A Sunday in March that is not the last one keeps winter time.
    expect(timeZoneOffsetMinutes(new Date("2026-03-22T12:00:00Z"))).toBe(60);
  });

  it("moves back at 01:00 UTC on the last Sunday of October", () => {
    // 25 October 2026: at 03:00 summer time the clocks go back to 02:00.
    expect(timeZoneOffsetMinutes(new Date("2026-10-25T00:59:59.999Z"))).toBe(120);
    expect(timeZoneOffsetMinutes(new Date("2026-10-25T01:00:00Z"))).toBe(60);
    expect(timeZoneOffsetMinutes(new Date("2026-10-18T12:00:00Z"))).toBe(120);
  });
});
