import { useEffect, useState } from "react";
import { registerTools } from "../api/register-tools-client.ts";

const changedEvent = "art28:notifications-changed";

// Reminders arrive from the server's sweep, not from this tab; an occasional look is enough.
const refreshIntervalMilliseconds = 2 * 60 * 1000;

/** Tells the navigation's unread count to look again, e.g. after a notification was marked read. */
export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(changedEvent));
}

/**
 * The number of unread notifications of an organisation, for the badge in the navigation.
 * Null while unknown or when it could not be loaded: the badge is an extra, its failure is
 * not worth an error on every page.
 */
export function useUnreadNotificationCount(organisationId: string | undefined, enabled: boolean): number | null {
  const [result, setResult] = useState<{ organisationId: string; count: number } | null>(null);

  useEffect(() => {
    if (!organisationId || !enabled) return;
    let controller = new AbortController();
    const load = () => {
      controller.abort();
      controller = new AbortController();
      registerTools.unreadNotificationCount(organisationId, controller.signal).then(
        (count) => setResult({ organisationId, count }),
        () => undefined,
      );
    };
    load();
    const timer = setInterval(load, refreshIntervalMilliseconds);
    window.addEventListener(changedEvent, load);
    return () => {
      controller.abort();
      clearInterval(timer);
      window.removeEventListener(changedEvent, load);
    };
  }, [organisationId, enabled]);

  return enabled && result && result.organisationId === organisationId ? result.count : null;
}
