import { describe, expect, it } from "vitest";
import { countryCodes, countryName, isCountryCode, isInEea } from "./countries.ts";

describe("countries", () => {
  it("accepts assigned codes and refuses unassigned, lower-case and three-letter ones", () => {
    expect(["NL", "DE", "US", "GB", "XK"].every(isCountryCode)).toBe(true);
    expect(["XX", "QQ", "nl", "NLD", "", "EU", "UK"].some(isCountryCode)).toBe(false);
    expect(countryCodes()).toHaveLength(250);
  });

  it("names countries in Dutch and English", () => {
    expect(countryName("DE", "nl")).toBe("Duitsland");
    expect(countryName("DE", "en")).toBe("Germany");
  });

  it("knows the EEA, which includes Norway and excludes Switzerland", () => {
    expect(isInEea("NO")).toBe(true);
    expect(isInEea("CH")).toBe(false);
  });
});
