import { describe, expect, it } from "vitest";
import { startApplication } from "../src/composition-root.ts";
import { AppError } from "../src/errors.ts";
import { testConfig } from "./support/test-application.ts";
import { useTemporaryFolders } from "./support/temporary-folders.ts";

describe("embedded database (PGlite) in a data folder", () => {
  const newFolder = useTemporaryFolders("art28-data-");

  it("keeps committed data across a restart", async () => {
    const folder = newFolder();
    const first = await startApplication(testConfig({ dataDirectory: folder }));
    expect(first.demoDataCreated).toBe(true);
    await first.services.accounts.createAccount({
      email: "new.admin@example.org",
      name: "New Admin",
      password: "a long enough password",
      role: "admin",
      organisation: { name: "Gemeente Nieuwdorp", kind: "controller" },
    });
    await first.close();

    const second = await startApplication(testConfig({ dataDirectory: folder }));
    try {
      expect(second.demoDataCreated).toBe(false);
      const login = await second.services.authentication.login("new.admin@example.org", "a long enough password");
      expect(login.session.view.memberships[0]!.organisation.name).toBe("Gemeente Nieuwdorp");
    } finally {
      await second.close();
    }
  }, 60_000);

  it("refuses a second process on the same data folder with a clear message", async () => {
    const folder = newFolder();
    const first = await startApplication(testConfig({ dataDirectory: folder, loadDemoData: false }));
    try {
      const second = startApplication(testConfig({ dataDirectory: folder, loadDemoData: false }));
      await expect(second).rejects.toBeInstanceOf(AppError);
      await expect(second).rejects.toThrow(/in use by another Art28 process/);
    } finally {
      await first.close();
    }
    // Released on close: the folder can be opened again.
    const again = await startApplication(testConfig({ dataDirectory: folder, loadDemoData: false }));
    await again.close();
  }, 60_000);

  it("skips demo data when configured so", async () => {
    const application = await startApplication(testConfig({ dataDirectory: newFolder(), loadDemoData: false }));
    try {
      expect(application.demoDataCreated).toBe(false);
      await expect(
        application.services.authentication.login("privacy@gemeente-voorbeeld.example", "art28-demo"),
      ).rejects.toThrow();
    } finally {
      await application.close();
    }
  }, 60_000);
});
