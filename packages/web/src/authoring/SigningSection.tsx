import type { AuthoredVersionDetail, Signature } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import {
  Checkbox,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { authoringApi, renderPath } from "../api/authoring-client.ts";
import { errorMessageKey } from "../api/error-messages.ts";
import { StatusIcon } from "../check/StatusIcon.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { Loading } from "../components/Loading.tsx";
import { useLoaded } from "../components/useLoaded.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { formatMoment } from "../register/register-time.ts";
import { hashGroups, sha256Hex } from "./document-hash.ts";
import { isValid, validateSignature, type FieldProblems, type SignatureValues } from "./negotiation-forms.ts";
import { pluralKey } from "./plural.ts";
import { SignedScanForm } from "./SignedScanForm.tsx";
import { TextField } from "./TextField.tsx";
import {
  mayPrepareSigning,
  maySignNow,
  mayUploadScan,
  organisationOfSide,
  supplierOnArt28,
  type ViewerAbilities,
} from "./version-view.ts";

/** A SHA-256 in groups of eight, for comparing by eye; copied, it is one unbroken string. */
export function HashValue({ hash, id }: { hash: string; id?: string }) {
  return (
    <code className="art28-hash" id={id}>
      {hashGroups(hash).map((group, index) => (
        <span key={index} className="art28-hash__group">
          {group}
        </span>
      ))}
    </code>
  );
}

/** Who signed, for which side, when, how, and the fingerprint of what they signed. */
export function SignatureTable({ signatures }: { signatures: Signature[] }) {
  const { t, locale } = useTranslation();
  if (signatures.length === 0) return <Paragraph>{t("authoring.signing.noSignatures")}</Paragraph>;
  return (
    <div className="art28-table-scroll" role="region" aria-labelledby="signatures-caption" tabIndex={0}>
      <Table className="art28-table art28-signature-table">
        {/* The heading above names the table on screen; the caption names it for assistive technology. */}
        <TableCaption id="signatures-caption" className="art28-visually-hidden">
          {t("authoring.signing.signaturesCaption")}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("authoring.signing.columnSide")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("authoring.signing.columnName")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("authoring.signing.columnRole")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("authoring.signing.columnSignedAt")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("authoring.signing.columnMethod")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("authoring.signing.columnHash")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {signatures.map((signature) => (
            <TableRow key={signature.side}>
              <TableHeaderCell scope="row" className="art28-table__row-header">
                {t(`authoring.side.${signature.side}`)}: {signature.organisationName}
              </TableHeaderCell>
              <TableCell>{signature.signatoryName}</TableCell>
              <TableCell>{signature.signatoryRole}</TableCell>
              <TableCell>{formatMoment(locale, signature.signedAt)}</TableCell>
              <TableCell>{t(`authoring.signing.method.${signature.method}`)}</TableCell>
              <TableCell>
                <HashValue hash={signature.documentSha256} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * The PDF prepared for signing, shown from the exact bytes fetched (a blob URL, so what is
 * shown, hashed and downloaded is one and the same), with its SHA-256.
 */
function SigningDocument({
  bytes,
  hash,
  expectedHash,
  fileName,
}: {
  bytes: ArrayBuffer;
  hash: string;
  expectedHash: string | null;
  fileName: string;
}) {
  const { t } = useTranslation();
  const objectRef = useRef<HTMLObjectElement>(null);
  const linkRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    // Set on the elements rather than through state: the URL lives exactly as long as this effect.
    const url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
    if (objectRef.current) objectRef.current.data = url;
    if (linkRef.current) linkRef.current.href = url;
    return () => URL.revokeObjectURL(url);
  }, [bytes]);
  const title = t("authoring.signing.documentTitle");
  return (
    <>
      <object
        ref={objectRef}
        type="application/pdf"
        className="art28-signing-document"
        title={title}
        aria-label={title}
      >
        <Paragraph>{t("authoring.signing.documentFallback")}</Paragraph>
      </object>
      <Paragraph>
        <Link ref={linkRef} href="#signing-document-hash" download={fileName}>
          {t("authoring.signing.download")}
        </Link>
      </Paragraph>
      <dl className="art28-facts">
        <div className="art28-facts__item">
          <dt>{t("authoring.signing.hashLabel")}</dt>
          <dd>
            <HashValue hash={hash} id="signing-document-hash" />
          </dd>
        </div>
      </dl>
      <Paragraph className="art28-register-muted">{t("authoring.signing.hashExplanation")}</Paragraph>
      {expectedHash !== null && expectedHash !== hash && (
        <div className="art28-authoring-warning art28-authoring-warning--error">
          <Paragraph>
            <StatusIcon appearance="conflict" /> <strong>{t("authoring.signing.hashMismatch")}</strong>
          </Paragraph>
        </div>
      )}
    </>
  );
}

/** The signature of the user for their side: name, role, and the confirmation, over the shown document's hash. */
function SignForm({
  organisationId,
  version,
  hash,
  userName,
  onChanged,
}: {
  organisationId: string;
  version: AuthoredVersionDetail;
  hash: string;
  userName: string;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SignatureValues>({
    signatoryName: userName,
    signatoryRole: "",
    confirmed: false,
  });
  const [problems, setProblems] = useState<FieldProblems<keyof SignatureValues>>({});
  const [general, setGeneral] = useState<MessageKey | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const ids = { signatoryName: "sign-name", signatoryRole: "sign-role", confirmed: "sign-confirmed" };
  const labels = {
    signatoryName: t("authoring.signing.name"),
    signatoryRole: t("authoring.signing.role"),
    confirmed: t("authoring.signing.confirm"),
  };
  const problemText = (field: keyof SignatureValues) => {
    const problem = problems[field];
    return problem ? t(`authoring.problem.${problem}`) : undefined;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found = validateSignature(values);
    setProblems(found);
    setGeneral(null);
    if (!isValid(found)) {
      setAttempt((value) => value + 1);
      return;
    }
    setBusy(true);
    try {
      await authoringApi.sign(organisationId, version.id, {
        signatoryName: values.signatoryName.trim(),
        signatoryRole: values.signatoryRole.trim(),
        documentSha256: hash,
      });
      onChanged(t("authoring.signing.signed"));
    } catch (error) {
      setGeneral(errorMessageKey(error));
      setAttempt((value) => value + 1);
    } finally {
      setBusy(false);
    }
  };

  const shown = (["signatoryName", "signatoryRole", "confirmed"] as const).filter((field) => problems[field]);
  return (
    <form className="art28-form art28-authoring-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Heading level={3}>{t("authoring.signing.formTitle")}</Heading>
      {(shown.length > 0 || general) && (
        <ErrorSummary
          title={t("authoring.errorSummary")}
          focusKey={attempt}
          general={general ? [t(general)] : []}
          items={shown.map((field) => ({ targetId: ids[field], message: `${labels[field]}: ${problemText(field)}` }))}
        />
      )}
      <Paragraph>
        {t("authoring.signing.formIntro", {
          organisation: organisationOfSide(version, version.viewerSide) ?? t(`authoring.side.${version.viewerSide}`),
        })}
      </Paragraph>
      <TextField
        id={ids.signatoryName}
        label={labels.signatoryName}
        error={problemText("signatoryName")}
        autoComplete="name"
        required
        value={values.signatoryName}
        onChange={(signatoryName) => setValues((previous) => ({ ...previous, signatoryName }))}
      />
      <TextField
        id={ids.signatoryRole}
        label={labels.signatoryRole}
        description={t("authoring.signing.roleDescription")}
        error={problemText("signatoryRole")}
        autoComplete="organization-title"
        required
        value={values.signatoryRole}
        onChange={(signatoryRole) => setValues((previous) => ({ ...previous, signatoryRole }))}
      />
      <FormField
        type="checkbox"
        invalid={problems.confirmed !== undefined}
        label={
          <FormLabel htmlFor={ids.confirmed} type="checkbox" checked={values.confirmed}>
            {labels.confirmed}
          </FormLabel>
        }
        errorMessage={
          problems.confirmed && (
            <FormFieldErrorMessage id={`${ids.confirmed}-error`}>{problemText("confirmed")}</FormFieldErrorMessage>
          )
        }
        input={
          <Checkbox
            id={ids.confirmed}
            name="confirmed"
            checked={values.confirmed}
            invalid={problems.confirmed !== undefined}
            aria-invalid={problems.confirmed !== undefined || undefined}
            aria-describedby={problems.confirmed ? `${ids.confirmed}-error` : undefined}
            onChange={(event) => setValues((previous) => ({ ...previous, confirmed: event.target.checked }))}
          />
        }
      />
      <div className="art28-register-actions">
        <Button type="submit" purpose="primary" busy={busy}>
          {busy ? t("authoring.sending") : t("authoring.signing.submit")}
        </Button>
      </div>
    </form>
  );
}

/** Signing while the version is in `signing`: the document, its hash, the signatures so far and the sign form. */
function SigningInProgress({ organisationId, version, abilities, userName, onChanged }: SigningSectionProps) {
  const { t } = useTranslation();
  const documentState = useLoaded(
    async (signal) => {
      const bytes = await authoringApi.fetchSigningDocument(organisationId, version.id, signal);
      return { bytes, hash: await sha256Hex(bytes) };
    },
    `${organisationId}#${version.id}#${version.signingDocumentSha256 ?? ""}`,
  );
  const loaded = documentState.state.status === "loaded" ? documentState.state.value : undefined;
  const ownSignature = version.signatures.find((signature) => signature.side === version.viewerSide);
  const hashMatches = loaded !== undefined && (version.signingDocumentSha256 ?? loaded.hash) === loaded.hash;
  const inApp = supplierOnArt28(version);
  return (
    <>
      <Paragraph>{t(inApp ? "authoring.signing.intro" : "authoring.signing.supplierNotOnArt28")}</Paragraph>
      {documentState.state.status === "loading" && <Loading text={t("authoring.signing.documentLoading")} />}
      {documentState.state.status === "error" && (
        <ErrorAlert
          error={documentState.state.error}
          summaryKey="authoring.signing.documentFailed"
          onRetry={documentState.reload}
        />
      )}
      {loaded && (
        <SigningDocument
          bytes={loaded.bytes}
          hash={loaded.hash}
          expectedHash={version.signingDocumentSha256}
          fileName={`${version.title} v${version.versionNumber}.pdf`}
        />
      )}
      <Heading level={3}>{t("authoring.signing.signaturesTitle")}</Heading>
      <SignatureTable signatures={version.signatures} />
      {!inApp ? null : ownSignature ? (
        <Paragraph>{t("authoring.signing.waitingForOther")}</Paragraph>
      ) : maySignNow(version, abilities) ? (
        loaded &&
        hashMatches && (
          <SignForm
            organisationId={organisationId}
            version={version}
            hash={loaded.hash}
            userName={userName}
            onChanged={onChanged}
          />
        )
      ) : (
        <Paragraph>{t("authoring.signing.noPermission")}</Paragraph>
      )}
      {inApp && version.viewerSide === "controller" && (
        <Paragraph className="art28-register-muted">{t("authoring.signing.supplierSignsInApp")}</Paragraph>
      )}
      {mayUploadScan(version, abilities) && (
        <>
          <Heading level={3}>{t("authoring.scan.title")}</Heading>
          <SignedScanForm organisationId={organisationId} version={version} onChanged={onChanged} />
        </>
      )}
    </>
  );
}

export interface SigningSectionProps {
  organisationId: string;
  version: AuthoredVersionDetail;
  abilities: ViewerAbilities;
  /** The logged-in user's name, proposed as the signatory's. */
  userName: string;
  onChanged: (message: string) => void;
}

/** Preparing for signing, signing, and the signed state with its record. */
export function SigningSection(props: SigningSectionProps) {
  const { organisationId, version, abilities, onChanged } = props;
  const { t, locale } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const openCount = version.deviations.filter((deviation) => deviation.status === "proposed").length;

  const prepare = async () => {
    setBusy(true);
    setError(null);
    try {
      await authoringApi.prepareSigning(organisationId, version.id);
      onChanged(t("authoring.signing.prepared"));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="art28-register-section" aria-labelledby="section-signing">
      <Heading level={2} id="section-signing" tabIndex={-1}>
        {t("authoring.signing.title")}
      </Heading>
      {version.status === "negotiating" &&
        (version.viewerSide === "controller" ? (
          <>
            <Paragraph>{t("authoring.signing.prepareIntro")}</Paragraph>
            {!supplierOnArt28(version) && <Paragraph>{t("authoring.signing.supplierNotOnArt28")}</Paragraph>}
            {openCount > 0 && (
              <Paragraph>
                {t(pluralKey("authoring.signing.openFirst", locale, openCount), { count: openCount })}
              </Paragraph>
            )}
            {mayPrepareSigning(version, abilities) && (
              <div className="art28-register-actions">
                <Button purpose="primary" busy={busy} onClick={() => void prepare()}>
                  {t("authoring.signing.prepare")}
                </Button>
              </div>
            )}
            {error !== null && <ErrorAlert error={error} summaryKey="authoring.signing.prepareFailed" />}
          </>
        ) : (
          <Paragraph>{t("authoring.signing.ownerPrepares", { owner: version.ownerOrganisationName })}</Paragraph>
        ))}
      {version.status === "signing" && <SigningInProgress {...props} />}
      {version.status === "signed" && (
        <>
          <div className="art28-authoring-signed">
            <Paragraph>
              <StatusIcon appearance="present" /> <strong>{t("authoring.signing.signedBoth")}</strong>
            </Paragraph>
            {version.signatures.length > 0 && (
              <Paragraph>
                {t("authoring.signing.signedOn", {
                  moment: formatMoment(
                    locale,
                    version.signatures
                      .map((signature) => signature.signedAt)
                      .sort()
                      .at(-1)!,
                  ),
                })}
              </Paragraph>
            )}
          </div>
          {version.signingDocumentSha256 && (
            <dl className="art28-facts">
              <div className="art28-facts__item">
                <dt>{t("authoring.signing.hashLabel")}</dt>
                <dd>
                  <HashValue hash={version.signingDocumentSha256} id="signing-document-hash" />
                </dd>
              </div>
            </dl>
          )}
          <Paragraph>
            <Link href={renderPath(organisationId, version.id, "pdf", version.language)} download>
              {t("authoring.signing.downloadSigned")}
            </Link>
          </Paragraph>
          <Heading level={3}>{t("authoring.signing.signaturesTitle")}</Heading>
          <SignatureTable signatures={version.signatures} />
        </>
      )}
      {version.status === "superseded" && <Paragraph>{t("authoring.signing.superseded")}</Paragraph>}
    </section>
  );
}
