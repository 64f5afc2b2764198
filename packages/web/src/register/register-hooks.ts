import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../api/client.ts";
import { useSession } from "../session/SessionProvider.tsx";

/** What a page knows about data it loads. */
export type Loaded<Value> =
  { status: "loading" } | { status: "loaded"; value: Value } | { status: "error"; error: unknown };

/**
 * Loads data for `key` and again whenever the key changes or `reload` is called. Until the
 * next answer arrives the previous value stays available in `previous`, so a table does not
 * flash empty while a filter changes.
 */
export function useLoaded<Value>(
  load: (signal: AbortSignal) => Promise<Value>,
  key: string,
): { state: Loaded<Value>; previous: Value | undefined; reload: () => void } {
  const { forget } = useSession();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<{ key: string; state: Loaded<Value> } | null>(null);
  const [previous, setPrevious] = useState<Value | undefined>(undefined);
  const fullKey = `${key}#${attempt}`;
  const loadRef = useRef(load);

  useEffect(() => {
    // The latest loader, without making every render's new function a reason to load again.
    loadRef.current = load;
  });

  useEffect(() => {
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (value) => {
        setOutcome({ key: fullKey, state: { status: "loaded", value } });
        setPrevious(value);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.code === "unauthenticated") forget();
        setOutcome({ key: fullKey, state: { status: "error", error } });
      },
    );
    return () => controller.abort();
  }, [fullKey, forget]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  const state: Loaded<Value> = outcome?.key === fullKey ? outcome.state : { status: "loading" };
  return { state, previous, reload };
}

/** Whether the logged-in user may change the register of this organisation. */
export function useMayWriteRegister(organisationId: string): boolean {
  const { state } = useSession();
  return (
    state.status === "authenticated" &&
    state.session.memberships.some(
      (membership) =>
        membership.organisation.id === organisationId && membership.permissions.includes("register.write"),
    )
  );
}
