import { csrfHeaderName } from "@art28/contract";
import { describe, expect, it } from "vitest";
import { ApiError, createApiClient, type UploadRequest } from "./client.ts";
import { errorMessageKey } from "./error-messages.ts";

interface RecordedCall {
  path: string;
  init: RequestInit | undefined;
}

function json(status: number, body: unknown, contentType = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": contentType } });
}

function problem(status: number, code: string, extra: Record<string, unknown> = {}): Response {
  return json(status, { type: "about:blank", title: code, status, code, ...extra }, "application/problem+json");
}

/** A fetch that answers from a queue and remembers what it was asked. */
function stubFetch(...responses: Array<Response | Error>) {
  const calls: RecordedCall[] = [];
  const fetchFunction = async (path: string, init?: RequestInit) => {
    calls.push({ path, init });
    const next = responses.shift();
    if (!next) throw new Error(`unexpected request to ${path}`);
    if (next instanceof Error) throw next;
    return next;
  };
  return { calls, fetchFunction };
}

const session = {
  user: { id: "7d4f9f0e-3f0a-4c8e-9d55-1f2a3b4c5d6e", email: "a@b.example", name: "A", locale: "nl" },
  memberships: [],
};

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("API client", () => {
  it("turns a problem document into an ApiError with code, status and issues", async () => {
    const issues = [{ path: "email", message: "Invalid email address" }];
    const { fetchFunction } = stubFetch(json(200, { token: "t1" }), problem(422, "validation_failed", { issues }));
    const error = await failure(createApiClient(fetchFunction).login({ email: "x", password: "y" }));
    expect(error.code).toBe("validation_failed");
    expect(error.status).toBe(422);
    expect(error.issues).toEqual(issues);
    expect(errorMessageKey(error)).toBe("error.validation_failed");
  });

  it("sends the CSRF token on state-changing requests only", async () => {
    const { calls, fetchFunction } = stubFetch(
      json(200, session),
      json(200, { token: "t1" }),
      json(200, session),
      json(200, { token: "t2" }),
    );
    const client = createApiClient(fetchFunction);
    await client.getSession();
    await client.login({ email: "a@b.example", password: "secret" });
    const [get, , post] = calls;
    expect(new Headers(get?.init?.headers).has(csrfHeaderName)).toBe(false);
    expect(new Headers(post?.init?.headers).get(csrfHeaderName)).toBe("t1");
    expect(post?.init?.credentials).toBe("same-origin");
  });

  it("retries once with a fresh token when the server rejects the old one", async () => {
    const { calls, fetchFunction } = stubFetch(
      json(200, { token: "old" }),
      problem(403, "csrf_invalid"),
      json(200, { token: "new" }),
      new Response(null, { status: 204 }),
      json(200, { token: "after-logout" }),
    );
    await createApiClient(fetchFunction).logout();
    expect(new Headers(calls[3]?.init?.headers).get(csrfHeaderName)).toBe("new");
  });

  it("falls back on the status code when the body is not a problem document", async () => {
    const { fetchFunction } = stubFetch(new Response("<html>Bad gateway</html>", { status: 502 }));
    const error = await failure(createApiClient(fetchFunction).getSession());
    expect(error.code).toBe("service_unavailable");
    expect(errorMessageKey(error)).toBe("error.service_unavailable");
  });

  it("reports a lost connection and a contract mismatch with codes of their own", async () => {
    const { fetchFunction } = stubFetch(new TypeError("Failed to fetch"), json(200, { unexpected: true }));
    const client = createApiClient(fetchFunction);
    expect((await failure(client.getSession())).code).toBe("network_error");
    expect((await failure(client.getSession())).code).toBe("invalid_response");
  });

  it("maps invalid credentials to the message users see", async () => {
    const { fetchFunction } = stubFetch(json(200, { token: "t" }), problem(401, "invalid_credentials"));
    const error = await failure(createApiClient(fetchFunction).login({ email: "a@b.example", password: "x" }));
    expect(errorMessageKey(error)).toBe("error.invalid_credentials");
  });

  it("sends the search text as the q parameter", async () => {
    const organisationId = "0b7c4d2e-9f1a-4b3c-8d5e-6f7a8b9c0d1e";
    const { calls, fetchFunction } = stubFetch(json(200, { items: [], total: 0 }));
    await createApiClient(fetchFunction).listCounterparties(organisationId, "  cloud ");
    expect(calls[0]?.path).toBe(`/api/organisations/${organisationId}/counterparties?q=cloud`);
  });
});

/** A stand-in for XMLHttpRequest that answers with a queued status and body, reporting progress first. */
class FakeUpload implements UploadRequest {
  static answers: Array<{ status: number; body: unknown } | "network_error" | "no_answer"> = [];
  static sent: FakeUpload[] = [];

  method = "";
  url = "";
  headers = new Headers();
  body: FormData | null = null;
  status = 0;
  responseText = "";
  aborted = false;
  private listeners = new Map<string, Array<() => void>>();
  private uploadListeners = new Map<string, Array<(event: ProgressEvent) => void>>();

  readonly upload = {
    addEventListener: (type: "progress" | "load", listener: (event: ProgressEvent) => void) => {
      this.uploadListeners.set(type, [...(this.uploadListeners.get(type) ?? []), listener]);
    },
  };

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers.set(name, value);
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  abort() {
    this.aborted = true;
    this.emit("abort");
  }
  send(body: FormData) {
    this.body = body;
    FakeUpload.sent.push(this);
    const answer = FakeUpload.answers.shift();
    if (answer === "no_answer") return;
    queueMicrotask(() => {
      if (this.aborted) return;
      if (!answer || answer === "network_error") {
        this.emit("error");
        return;
      }
      for (const loaded of [50, 100]) {
        const event = { loaded, total: 100, lengthComputable: true } as ProgressEvent;
        for (const listener of this.uploadListeners.get("progress") ?? []) listener(event);
      }
      for (const listener of this.uploadListeners.get("load") ?? []) listener({} as ProgressEvent);
      this.status = answer.status;
      this.responseText = JSON.stringify(answer.body);
      this.emit("load");
    });
  }
  private emit(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
}

const checkReport = {
  file: "overeenkomst.txt",
  format: "text",
  pageCount: null,
  language: "nl",
  languageDetected: true,
  isProcessorAgreement: true,
  processorAgreementReason: "Het document regelt de verwerking door een verwerker.",
  parties: { processorTerms: ["verwerker"], controllerTerms: ["gemeente"] },
  requirements: [],
  summary: {
    compliant: false,
    mandatoryTotal: 23,
    mandatoryPresent: 0,
    missing: [],
    conflicts: [],
    advisoryMissing: [],
  },
  documentText: "Verwerker verwerkt persoonsgegevens.",
};

describe("checking a document", () => {
  const file = new File(["Verwerker verwerkt persoonsgegevens."], "overeenkomst.txt", { type: "text/plain" });

  function uploadClient(...answers: typeof FakeUpload.answers) {
    FakeUpload.answers = answers;
    FakeUpload.sent = [];
    const { fetchFunction, calls } = stubFetch(json(200, { token: "t1" }), json(200, { token: "t2" }));
    return { client: createApiClient(fetchFunction, () => new FakeUpload()), calls };
  }

  it("posts the file and the language as multipart with the CSRF token, reporting progress", async () => {
    const { client } = uploadClient({ status: 200, body: checkReport });
    const progress: number[] = [];
    let completed = false;
    const report = await client.checkDocument(file, {
      language: "en",
      onUploadProgress: ({ loaded, total }) => progress.push(loaded / total),
      onUploadComplete: () => (completed = true),
    });
    expect(report.documentText).toBe(checkReport.documentText);
    const [sent] = FakeUpload.sent;
    expect(sent?.method).toBe("POST");
    expect(sent?.url).toBe("/api/check");
    expect(sent?.headers.get(csrfHeaderName)).toBe("t1");
    expect(sent?.body?.get("language")).toBe("en");
    expect((sent?.body?.get("file") as File | null)?.name).toBe("overeenkomst.txt");
    expect(progress).toEqual([0.5, 1]);
    expect(completed).toBe(true);
  });

  it("leaves the language out when it is to be detected", async () => {
    const { client } = uploadClient({ status: 200, body: checkReport });
    await client.checkDocument(file);
    expect(FakeUpload.sent[0]?.body?.has("language")).toBe(false);
  });

  it("turns a problem document into an ApiError the page can explain", async () => {
    const { client } = uploadClient({
      status: 422,
      body: { type: "about:blank", title: "Unreadable", status: 422, code: "document_unreadable" },
    });
    const error = await failure(client.checkDocument(file));
    expect(error.code).toBe("document_unreadable");
    expect(errorMessageKey(error)).toBe("error.document_unreadable");
  });

  it("retries once with a fresh token when the old one was rejected", async () => {
    const { client } = uploadClient(
      { status: 403, body: { type: "about:blank", title: "CSRF", status: 403, code: "csrf_invalid" } },
      { status: 200, body: checkReport },
    );
    await client.checkDocument(file);
    expect(FakeUpload.sent.map((upload) => upload.headers.get(csrfHeaderName))).toEqual(["t1", "t2"]);
  });

  it("reports a lost connection and a report that breaks the contract", async () => {
    const { client } = uploadClient("network_error", { status: 200, body: { file: "x" } });
    expect((await failure(client.checkDocument(file))).code).toBe("network_error");
    expect((await failure(client.checkDocument(file))).code).toBe("invalid_response");
  });

  it("stops the upload when the caller aborts", async () => {
    const { client } = uploadClient("no_answer");
    const controller = new AbortController();
    const pending = client.checkDocument(file, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the CSRF token arrive
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(FakeUpload.sent[0]?.aborted).toBe(true);
  });
});
