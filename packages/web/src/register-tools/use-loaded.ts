import type { Membership } from "@art28/contract";
import type { Permission } from "@art28/domain";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../api/client.ts";
import { useSession } from "../session/SessionProvider.tsx";

/** Data on their way from the server, as a page shows them. */
export type Loaded<Value> =
  { status: "loading" } | { status: "loaded"; value: Value } | { status: "error"; error: unknown };

/**
 * Loads with `load` whenever `key` changes (and again on `retry`). The state is derived from
 * whether the last outcome belongs to the current key, so navigating never shows stale data.
 * An `unauthenticated` answer tells the session provider, which sends the user to log in.
 */
export function useLoaded<Value>(
  load: (signal: AbortSignal) => Promise<Value>,
  key: string,
): { state: Loaded<Value>; retry: () => void; reload: () => void } {
  const { forget } = useSession();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<{ key: string; baseKey: string; state: Loaded<Value> } | null>(null);
  const fullKey = `${key}#${attempt}`;
  const loadRef = useRef(load);

  useEffect(() => {
    // The latest loader, without making every render's new function a reason to load again.
    loadRef.current = load;
  });

  useEffect(() => {
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (value) => setOutcome({ key: fullKey, baseKey: key, state: { status: "loaded", value } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.code === "unauthenticated") forget();
        setOutcome({ key: fullKey, baseKey: key, state: { status: "error", error } });
      },
    );
    return () => controller.abort();
  }, [fullKey, key, forget]);

  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);
  const current = outcome?.key === fullKey ? outcome.state : undefined;
  // A reload keeps showing the same thing's previous data until the new ones arrive, so lists
  // do not flicker; another thing's data are never shown.
  const previous = outcome?.baseKey === key && outcome.state.status === "loaded" ? outcome.state : undefined;
  const state: Loaded<Value> = current ?? previous ?? { status: "loading" };
  return { state, retry, reload: retry };
}

/** The current user's membership of an organisation, or undefined when they have none. */
export function useMembership(organisationId: string): Membership | undefined {
  const { state } = useSession();
  if (state.status !== "authenticated") return undefined;
  return state.session.memberships.find((membership) => membership.organisation.id === organisationId);
}

/** Whether the current user may do `permission` in the organisation. The server decides in the end. */
export function useMayDo(organisationId: string, permission: Permission): boolean {
  return useMembership(organisationId)?.permissions.includes(permission) ?? false;
}
