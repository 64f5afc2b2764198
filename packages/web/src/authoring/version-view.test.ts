import type { AuthoredVersionDetail, Deviation } from "@art28/contract";
import { describe, expect, it } from "vitest";
import {
  deviationActions,
  deviationsByClause,
  mayPrepareSigning,
  mayProposeOn,
  mayReissue,
  maySignNow,
  mayUploadScan,
  otherPartyName,
  sortVersions,
  type ViewerAbilities,
} from "./version-view.ts";

const writer: ViewerAbilities = { mayWrite: true, maySign: true };
const reader: ViewerAbilities = { mayWrite: false, maySign: false };

function deviation(overrides: Partial<Deviation>): Deviation {
  return {
    id: "7d0c7a52-8e43-4d6f-9a55-3f2b1c0d9e8f",
    clauseId: "liability.cap",
    clauseNumber: "11.1",
    originalText: "Oud",
    proposedText: "Nieuw",
    reason: "Omdat",
    proposedBy: "processor",
    proposedByName: "Sander Salaris",
    status: "proposed",
    parentId: null,
    responseNote: null,
    respondedByName: null,
    respondedAt: null,
    weakenedRequirements: [],
    conflicts: [],
    createdAt: "2026-11-23T10:00:00.000Z",
    ...overrides,
  };
}

type VersionState = Pick<
  AuthoredVersionDetail,
  "status" | "viewerSide" | "deviations" | "outdatedAnnexes" | "signatures" | "counterpartyOrganisationId"
>;

function version(overrides: Partial<VersionState>): VersionState {
  return {
    status: "negotiating",
    viewerSide: "controller",
    deviations: [],
    outdatedAnnexes: [],
    signatures: [],
    counterpartyOrganisationId: "5b1f0c3e-2d4a-4f6b-8c7d-9e0a1b2c3d4e",
    ...overrides,
  };
}

describe("what the agreement page offers", () => {
  it("groups deviations per clause in the order they were made", () => {
    const later = deviation({ id: "b", createdAt: "2026-11-24T10:00:00.000Z", status: "proposed" });
    const earlier = deviation({ id: "a", createdAt: "2026-11-23T10:00:00.000Z", status: "countered" });
    const other = deviation({ id: "c", clauseId: "audits.right-to-audit" });
    const grouped = deviationsByClause([later, other, earlier]);
    expect(grouped.get("liability.cap")?.map((entry) => entry.id)).toEqual(["a", "b"]);
    expect(grouped.get("audits.right-to-audit")?.map((entry) => entry.id)).toEqual(["c"]);
  });

  it("lets a side answer the other side's open proposal and withdraw only its own", () => {
    const fromProcessor = deviation({ proposedBy: "processor" });
    expect(deviationActions(version({ viewerSide: "controller" }), fromProcessor, writer)).toEqual({
      respond: true,
      withdraw: false,
    });
    expect(deviationActions(version({ viewerSide: "processor" }), fromProcessor, writer)).toEqual({
      respond: false,
      withdraw: true,
    });
  });

  it("offers no negotiation step on an answered proposal, a locked version or without register.write", () => {
    const none = { respond: false, withdraw: false };
    expect(deviationActions(version({}), deviation({ status: "accepted" }), writer)).toEqual(none);
    expect(deviationActions(version({ status: "signing" }), deviation({}), writer)).toEqual(none);
    expect(deviationActions(version({}), deviation({}), reader)).toEqual(none);
  });

  it("allows a new proposal on a clause only while nothing is open on it", () => {
    expect(mayProposeOn(version({}), [], writer)).toBe(true);
    expect(mayProposeOn(version({}), [deviation({ status: "rejected" })], writer)).toBe(true);
    expect(mayProposeOn(version({}), [deviation({ status: "proposed" })], writer)).toBe(false);
    expect(mayProposeOn(version({ status: "signed" }), [], writer)).toBe(false);
    expect(mayProposeOn(version({}), [], reader)).toBe(false);
  });

  it("lets only the owner prepare signing, once no proposal is open", () => {
    expect(mayPrepareSigning(version({}), writer)).toBe(true);
    expect(mayPrepareSigning(version({ deviations: [deviation({})] }), writer)).toBe(false);
    expect(mayPrepareSigning(version({ viewerSide: "processor" }), writer)).toBe(false);
    expect(mayPrepareSigning(version({ status: "signing" }), writer)).toBe(false);
  });

  it("offers reissue to the owner when an annex is out of date, also after signing", () => {
    expect(mayReissue(version({ outdatedAnnexes: ["subProcessors"] }), writer)).toBe(true);
    expect(mayReissue(version({ outdatedAnnexes: ["subProcessors"], status: "signed" }), writer)).toBe(true);
    expect(mayReissue(version({ outdatedAnnexes: [] }), writer)).toBe(false);
    expect(mayReissue(version({ outdatedAnnexes: ["processing"], status: "superseded" }), writer)).toBe(false);
    expect(mayReissue(version({ outdatedAnnexes: ["processing"], viewerSide: "processor" }), writer)).toBe(false);
  });

  it("lets each side sign once, while signing, with agreements.sign", () => {
    const signing = version({ status: "signing" });
    expect(maySignNow(signing, writer)).toBe(true);
    expect(maySignNow(signing, { mayWrite: true, maySign: false })).toBe(false);
    const signedByController = version({
      status: "signing",
      signatures: [
        {
          side: "controller",
          organisationName: "Gemeente Voorbeeld",
          signatoryName: "Priya Privacy",
          signatoryRole: "Privacy officer",
          signedAt: "2026-11-23T10:00:00.000Z",
          documentSha256: "a".repeat(64),
          method: "in_app",
        },
      ],
    });
    expect(maySignNow(signedByController, writer)).toBe(false);
    expect(maySignNow({ ...signedByController, viewerSide: "processor" }, writer)).toBe(true);
  });

  it("signs in the app with a supplier on Art28, and by an uploaded scan without one", () => {
    const withSupplier = version({ status: "signing" });
    const withoutSupplier = version({ status: "signing", counterpartyOrganisationId: null });
    expect(maySignNow(withSupplier, writer)).toBe(true);
    expect(mayUploadScan(withSupplier, writer)).toBe(false);
    expect(maySignNow(withoutSupplier, writer)).toBe(false);
    expect(mayUploadScan(withoutSupplier, writer)).toBe(true);
    expect(mayUploadScan({ ...withoutSupplier, viewerSide: "processor" }, writer)).toBe(false);
    expect(mayUploadScan({ ...withoutSupplier, status: "negotiating" }, writer)).toBe(false);
    // Nobody could answer a proposal without the supplier on Art28.
    expect(mayProposeOn(version({ counterpartyOrganisationId: null }), [], writer)).toBe(false);
    expect(mayPrepareSigning(version({ counterpartyOrganisationId: null }), writer)).toBe(true);
  });

  it("names the other party from the viewer's side", () => {
    const names = {
      ownerOrganisationName: "Gemeente Voorbeeld",
      counterpartyOrganisationName: "Salarisdienst Noord B.V.",
    };
    expect(otherPartyName({ ...names, viewerSide: "controller" })).toBe("Salarisdienst Noord B.V.");
    expect(otherPartyName({ ...names, viewerSide: "processor" })).toBe("Gemeente Voorbeeld");
    expect(otherPartyName({ ...names, counterpartyOrganisationName: null, viewerSide: "controller" })).toBeNull();
  });

  it("lists the most recently changed versions first", () => {
    const base = { updatedAt: "2026-11-23T10:00:00.000Z", versionNumber: 1 };
    const sorted = sortVersions([
      { ...base, id: "old" },
      { ...base, id: "newer", updatedAt: "2026-11-24T10:00:00.000Z" },
      { ...base, id: "second", versionNumber: 2 },
    ] as never);
    expect(sorted.map((entry) => entry.id)).toEqual(["newer", "second", "old"]);
  });
});
