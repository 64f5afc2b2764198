import { describe, expect, it } from "vitest";
import { addDays, calendarDateOf, daysBetween } from "./calendar.ts";

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
