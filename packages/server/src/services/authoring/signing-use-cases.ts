/**
 * Signing: the owner freezes the version as a PDF, each side's authorised signatory signs that
 * exact PDF (named by its SHA-256), and when both have signed the agreement is signed in the
 * owner's register with the PDF kept as its signed document. A signed paper copy can be
 * uploaded instead. Rendering and checking a PDF take a while, so they run outside the
 * transaction; the transaction then checks nothing changed in between.
 */
import { signRequestSchema, type AuthoredVersionDetail, type FieldIssue } from "@art28/contract";
import type { AgreementSide } from "@art28/domain";
import { z, ZodError } from "zod";
import { renderAgreementPdf } from "../../authoring-render/index.ts";
import type { Transaction } from "../../database/connection.ts";
import { createDeviationDataAccess, type DeviationRecord } from "../../data-access/authoring-deviations.ts";
import { createSignatureDataAccess, type SignatureRecord } from "../../data-access/authoring-signatures.ts";
import { createVersionDataAccess, type VersionRecord } from "../../data-access/authoring-versions.ts";
import { AppError } from "../../errors.ts";
import type { AuditTrail } from "../audit-trail.ts";
import { authorize, type Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";
import { requireAgreement } from "../register/agreement-use-cases.ts";
import type { UploadedFile } from "../register/document-use-cases.ts";
import { databaseErrorCode, invalidFields } from "../register/register-context.ts";
import { createAuthoringScopes, partiesOf, requireOwnerSide, type VersionWrite } from "./authoring-context.ts";
import { requireNegotiating } from "./negotiation-use-cases.ts";
import { checkSignedPdf, fileSignedAgreement, sha256Of, type CheckedSignedPdf } from "./signed-document.ts";
import { documentOf } from "./version-document.ts";
import { versionFileName } from "./version-use-cases.ts";
import { loadVersionDetail } from "./version-view.ts";

const uniqueViolation = "23505";
const sides: readonly AgreementSide[] = ["controller", "processor"];

/** The form of a signed scan: who signed for each side, in what capacity. */
export const signedScanFieldsSchema = z.object({
  controllerSignatoryName: z.string().trim().min(1).max(200),
  controllerSignatoryRole: z.string().trim().min(1).max(200),
  processorSignatoryName: z.string().trim().min(1).max(200),
  processorSignatoryRole: z.string().trim().min(1).max(200),
});

/** A signed scan as the route received it. */
export interface SignedScanUpload {
  file: UploadedFile;
  fields: Record<string, string>;
}

function requireSigning(version: VersionRecord): void {
  if (version.status !== "signing") {
    throw new AppError(
      "agreement_version_locked",
      version.status === "negotiating"
        ? "This version has not been prepared for signing yet."
        : `This version is ${version.status}; it can no longer be signed.`,
    );
  }
}

function requireSameDocument(version: VersionRecord, documentSha256: string): void {
  if (version.signingDocumentSha256 !== documentSha256) {
    throw new AppError(
      "signed_document_mismatch",
      "The document you signed is not the one prepared for signing; download it again and compare its SHA-256.",
      { issues: [{ path: "body.documentSha256", message: "Does not match the document prepared for signing" }] },
    );
  }
}

/** Signing freezes the text: every proposal must have been answered or withdrawn first. */
function refuseOpenProposals(deviations: readonly DeviationRecord[]): void {
  if (deviations.some((deviation) => deviation.status === "proposed")) {
    throw new AppError(
      "negotiation_step_not_allowed",
      "Proposals are still open; accept, reject or withdraw them before signing.",
      { issues: [{ path: "deviations", message: "open_proposals" }] },
    );
  }
}

/**
 * In-app signing needs both parties on Art28. Without a supplier organisation the supplier
 * cannot sign here, so the signed paper copy is the way; with one, both sign in the app, so
 * the owner can never record the supplier's signature on its own.
 */
function requireInAppSigning(version: VersionRecord): void {
  if (version.counterpartyOrganisationId === null) {
    throw new AppError(
      "negotiation_step_not_allowed",
      "The supplier is not on Art28, so it cannot sign in the app; upload the agreement signed by both parties.",
      { issues: [{ path: "counterpartyOrganisationId", message: "supplier_not_on_art28" }] },
    );
  }
}

function requireScanSigning(version: VersionRecord): void {
  if (version.counterpartyOrganisationId !== null) {
    throw new AppError(
      "negotiation_step_not_allowed",
      "The supplier is on Art28: both parties sign this version in the app, not by an uploaded copy.",
      { issues: [{ path: "counterpartyOrganisationId", message: "supplier_signs_in_app" }] },
    );
  }
}

function secondSignature(side: AgreementSide): AppError {
  return new AppError("conflict", `The ${side} side has already signed this version.`);
}

function refuseSecondSignature(signatures: readonly SignatureRecord[], side: AgreementSide): void {
  if (signatures.some((signature) => signature.side === side)) throw secondSignature(side);
}

/** The register agreement must still be able to become signed. */
async function requireAgreementOpen(transaction: Transaction, version: VersionRecord): Promise<void> {
  const agreement = await requireAgreement(transaction, version.organisationId, version.agreementId);
  if (agreement.status === "ended") {
    throw new AppError("transition_not_allowed", "The agreement has ended; generate a new agreement instead.");
  }
}

export function createSigningUseCases(dependencies: RegisterDependencies) {
  const scopes = createAuthoringScopes(dependencies);

  /** Both sides have signed: the version is signed and the register agreement with it. */
  async function complete(
    write: VersionWrite,
    trail: AuditTrail,
    signed: CheckedSignedPdf,
    now: Date,
  ): Promise<VersionRecord> {
    const { transaction, version } = write;
    const done = await createVersionDataAccess(transaction).update(
      version.organisationId,
      version.id,
      { status: "signed", signedAt: now },
      now,
    );
    await trail.recorded("agreement", version.agreementId, "authored_version_signed", {
      versionId: version.id,
      versionNumber: version.versionNumber,
      signingDocumentSha256: version.signingDocumentSha256,
      signedDocumentSha256: signed.sha256,
    });
    await fileSignedAgreement(
      transaction,
      trail,
      version.organisationId,
      version.agreementId,
      write.actor.userId,
      signed,
      now,
    );
    return done;
  }

  return {
    /**
     * Freezes the version for signing (owner, `register.write`): no proposal may be open, also
     * not one made while the PDF was being rendered; the
     * PDF in the version's language, with empty signature lines, is stored with its SHA-256 and
     * the version moves to `signing`. From then on the text cannot change.
     */
    async prepare(actor: Actor, organisationId: string, versionId: string): Promise<AuthoredVersionDetail> {
      authorize(actor, organisationId, "register.write");
      const before = await scopes.readVersion(
        actor,
        organisationId,
        versionId,
        async (transaction, { version, side }) => {
          requireOwnerSide(side, "prepare the agreement for signing");
          requireNegotiating(version);
          await requireAgreementOpen(transaction, version);
          const deviations = await createDeviationDataAccess(transaction, partiesOf(version)).list();
          refuseOpenProposals(deviations);
          return { document: documentOf(version, deviations, []), updatedAt: version.updatedAt.getTime() };
        },
      );
      const pdf = await renderAgreementPdf(before.document);
      const sha256 = sha256Of(pdf);
      return scopes.writeVersion(
        actor,
        organisationId,
        versionId,
        "register.write",
        async (write) => {
          const { transaction, version, trail } = write;
          const now = dependencies.now();
          requireNegotiating(version);
          const deviations = await createDeviationDataAccess(transaction, write.parties).list();
          // The PDF was rendered outside the transaction; the version is locked now. A proposal made
          // meanwhile leaves the text alone but must still be answered before the text is frozen.
          refuseOpenProposals(deviations);
          // Every negotiation step touches the version; the PDF is only good if nothing happened since.
          if (
            version.updatedAt.getTime() !== before.updatedAt ||
            JSON.stringify(documentOf(version, deviations, [])) !== JSON.stringify(before.document)
          ) {
            throw new AppError("conflict", "The agreement changed while it was being prepared for signing; try again.");
          }
          const prepared = await createVersionDataAccess(transaction).update(
            version.organisationId,
            version.id,
            { status: "signing", signingDocument: pdf, signingDocumentSha256: sha256 },
            now,
          );
          await trail.recorded("agreement", version.agreementId, "signing_prepared", {
            versionId: version.id,
            versionNumber: version.versionNumber,
            signingDocumentSha256: sha256,
            byteSize: pdf.byteLength,
          });
          return loadVersionDetail(transaction, prepared, write.side, now);
        },
        { ownerOnly: "prepare the agreement for signing" },
      );
    },

    /**
     * Signs for the caller's side (`agreements.sign`): name, role and the SHA-256 of the PDF
     * the signatory saw, which must be the prepared one. One signature per side; the second
     * completes the signing. Only when the supplier's organisation is on Art28.
     */
    async sign(
      actor: Actor,
      organisationId: string,
      versionId: string,
      input: z.input<typeof signRequestSchema>,
    ): Promise<AuthoredVersionDetail> {
      const body = signRequestSchema.parse(input);
      authorize(actor, organisationId, "agreements.sign");
      // The server's check of the signed PDF goes with the agreement when this signature completes it.
      const signedPdf = await scopes.readVersion(
        actor,
        organisationId,
        versionId,
        async (transaction, { version, side }) => {
          requireSigning(version);
          requireInAppSigning(version);
          requireSameDocument(version, body.documentSha256);
          refuseSecondSignature(await createSignatureDataAccess(transaction, partiesOf(version)).list(), side);
          const content = await createVersionDataAccess(transaction).signingDocument(
            version.organisationId,
            version.id,
          );
          return { content: content!, fileName: versionFileName(version, "pdf", version.language) };
        },
      );
      const checked = await checkSignedPdf(dependencies.checks, signedPdf.content, signedPdf.fileName);
      return scopes.writeVersion(actor, organisationId, versionId, "agreements.sign", async (write) => {
        const { transaction, version, side, trail } = write;
        const now = dependencies.now();
        requireSigning(version);
        requireInAppSigning(version);
        requireSameDocument(version, body.documentSha256);
        // The PDF filed as signed is the one both sides signed, byte for byte.
        if (sha256Of(checked.content) !== version.signingDocumentSha256) {
          throw new AppError(
            "internal_error",
            `The stored signing document of version ${version.id} does not match its recorded SHA-256.`,
          );
        }
        // Only the owner's scope sees the register agreement.
        await requireAgreementOpen(transaction, version);
        const signatures = createSignatureDataAccess(transaction, write.parties);
        const existing = await signatures.list();
        refuseSecondSignature(existing, side);
        let signature: SignatureRecord;
        try {
          signature = await signatures.insert({
            side,
            signerOrganisationId: organisationId,
            signerUserId: actor.userId,
            signatoryName: body.signatoryName,
            signatoryRole: body.signatoryRole,
            signedAt: now,
            documentSha256: body.documentSha256,
            method: "in_app",
          });
        } catch (error) {
          // The unique index keeps one signature per side, also against a concurrent request.
          throw databaseErrorCode(error) === uniqueViolation ? secondSignature(side) : error;
        }
        await trail.recorded("agreement", version.agreementId, "signed_by_party", {
          versionId: version.id,
          versionNumber: version.versionNumber,
          side,
          signatoryName: signature.signatoryName,
          signatoryRole: signature.signatoryRole,
          documentSha256: signature.documentSha256,
          method: signature.method,
        });
        const signedSides = new Set([...existing.map((entry) => entry.side), side]);
        const current = sides.every((candidate) => signedSides.has(candidate))
          ? await complete(write, trail, checked, now)
          : version;
        return loadVersionDetail(transaction, current, side, now);
      });
    },

    /**
     * Records a signed paper copy (owner, `register.write`): the scan (a PDF) becomes the
     * agreement's signed document with the server's check, both signatures are recorded with
     * method `scan` and the scan's SHA-256, and the version is signed. Only for a version
     * without a supplier organisation (with one, both sign in the app) and before anyone signed
     * in the app: signatures are never mixed within a version. A scan without a text layer is
     * kept without a check report.
     */
    async signedScan(
      actor: Actor,
      organisationId: string,
      versionId: string,
      receive: () => Promise<SignedScanUpload>,
    ): Promise<AuthoredVersionDetail> {
      authorize(actor, organisationId, "register.write");
      await scopes.readVersion(actor, organisationId, versionId, async (transaction, { version, side }) => {
        requireOwnerSide(side, "record a signed copy");
        requireSigning(version);
        requireScanSigning(version);
        const existing = await createSignatureDataAccess(transaction, partiesOf(version)).list();
        for (const signedSide of sides) refuseSecondSignature(existing, signedSide);
        await requireAgreementOpen(transaction, version);
      });
      const upload = await receive();
      let fields: z.output<typeof signedScanFieldsSchema>;
      try {
        fields = signedScanFieldsSchema.parse(upload.fields);
      } catch (error) {
        if (!(error instanceof ZodError)) throw error;
        const issues: FieldIssue[] = error.issues.map((issue) => ({
          path: issue.path.join("."),
          message: issue.message,
        }));
        throw invalidFields(issues);
      }
      const bytes = upload.file.bytes;
      const checked = await checkSignedPdf(
        dependencies.checks,
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        upload.file.fileName.split(/[/\\]/).pop()?.trim() || "ondertekend.pdf",
        { allowWithoutText: true },
      );
      return scopes.writeVersion(
        actor,
        organisationId,
        versionId,
        "register.write",
        async (write) => {
          const { transaction, version, trail } = write;
          const now = dependencies.now();
          requireSigning(version);
          requireScanSigning(version);
          const signatures = createSignatureDataAccess(transaction, write.parties);
          const existing = await signatures.list();
          for (const side of sides) refuseSecondSignature(existing, side);
          for (const side of sides) {
            const signature = await signatures.insert({
              side,
              signerOrganisationId: side === "controller" ? version.organisationId : version.counterpartyOrganisationId,
              // The uploader filed the copy; the people who signed it are named, not logged in.
              signerUserId: null,
              signatoryName: side === "controller" ? fields.controllerSignatoryName : fields.processorSignatoryName,
              signatoryRole: side === "controller" ? fields.controllerSignatoryRole : fields.processorSignatoryRole,
              signedAt: now,
              documentSha256: checked.sha256,
              method: "scan",
            });
            await trail.recorded("agreement", version.agreementId, "signed_by_party", {
              versionId: version.id,
              versionNumber: version.versionNumber,
              side,
              signatoryName: signature.signatoryName,
              signatoryRole: signature.signatoryRole,
              documentSha256: signature.documentSha256,
              method: signature.method,
            });
          }
          const done = await complete(write, trail, checked, now);
          return loadVersionDetail(transaction, done, write.side, now);
        },
        { ownerOnly: "record a signed copy" },
      );
    },
  };
}
