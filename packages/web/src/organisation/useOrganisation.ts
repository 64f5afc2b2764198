import type { Organisation } from "@art28/contract";
import { useCallback, useEffect, useState } from "react";
import { api, ApiError } from "../api/client.ts";
import { useSession } from "../session/SessionProvider.tsx";

/** The organisation shown on the current page, as far as it has been loaded. */
export type OrganisationState =
  | { status: "none" }
  | { status: "loading" }
  | { status: "loaded"; organisation: Organisation }
  | { status: "error"; error: unknown; retry: () => void };

interface Outcome {
  key: string;
  organisation?: Organisation;
  error?: unknown;
}

/**
 * Loads one organisation (name and theme). Loading state is derived from whether the last
 * outcome belongs to the current request, so no state is reset synchronously on navigation.
 */
export function useOrganisation(organisationId: string | undefined, enabled: boolean): OrganisationState {
  const { forget } = useSession();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const key = `${organisationId ?? ""}#${attempt}`;

  useEffect(() => {
    if (!organisationId || !enabled) return;
    const controller = new AbortController();
    api.getOrganisation(organisationId, controller.signal).then(
      (organisation) => setOutcome({ key, organisation }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.code === "unauthenticated") forget();
        setOutcome({ key, error });
      },
    );
    return () => controller.abort();
  }, [organisationId, enabled, key, forget]);

  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);

  if (!organisationId || !enabled) return { status: "none" };
  if (outcome?.key !== key) return { status: "loading" };
  if (outcome.organisation) return { status: "loaded", organisation: outcome.organisation };
  return { status: "error", error: outcome.error, retry };
}
