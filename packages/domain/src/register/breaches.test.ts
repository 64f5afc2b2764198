import { describe, expect, it } from "vitest";
import { authorityNotificationDeadline } from "./breaches.ts";

const amsterdamClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  dateStyle: "short",
  timeStyle: "short",
});

describe("authority notification deadline (Art. 33(1) GDPR)", () => {
  it("is 72 hours after the controller became aware", () => {
    const aware = new Date("2025-06-10T08:15:00Z");
    expect(authorityNotificationDeadline(aware).toISOString()).toBe("2025-06-13T08:15:00.000Z");
  });

  it("stays 72 elapsed hours across the start of summer time in Amsterdam (wall clock shows 73)", () => {
    // Friday 28 March 2025 10:00 CET; clocks go forward on Sunday 30 March at 02:00.
    const aware = new Date("2025-03-28T09:00:00Z");
    const deadline = authorityNotificationDeadline(aware);
    expect(deadline.getTime() - aware.getTime()).toBe(72 * 60 * 60 * 1000);
    expect(deadline.toISOString()).toBe("2025-03-31T09:00:00.000Z");
    expect(amsterdamClock.format(aware)).toBe("28/03/2025, 10:00");
    expect(amsterdamClock.format(deadline)).toBe("31/03/2025, 11:00");
  });

  it("stays 72 elapsed hours across the end of summer time in Amsterdam (wall clock shows 71)", () => {
    // Friday 24 October 2025 10:00 CEST; clocks go back on Sunday 26 October at 03:00.
    const aware = new Date("2025-10-24T08:00:00Z");
    const deadline = authorityNotificationDeadline(aware);
    expect(deadline.getTime() - aware.getTime()).toBe(72 * 60 * 60 * 1000);
    expect(amsterdamClock.format(aware)).toBe("24/10/2025, 10:00");
    expect(amsterdamClock.format(deadline)).toBe("27/10/2025, 09:00");
  });

  it("does not change the date it is given", () => {
    const aware = new Date("2025-01-01T00:00:00Z");
    authorityNotificationDeadline(aware);
    expect(aware.toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });

  it("refuses an invalid date", () => {
    expect(() => authorityNotificationDeadline(new Date("not a date"))).toThrow(RangeError);
  });
});
