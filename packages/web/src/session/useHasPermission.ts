import type { Membership } from "@art28/contract";
import type { Permission } from "@art28/domain";
import { useSession } from "./SessionProvider.tsx";

/** The logged-in user's membership of an organisation, or undefined when they have none. */
export function useMembership(organisationId: string): Membership | undefined {
  const { state } = useSession();
  if (state.status !== "authenticated") return undefined;
  return state.session.memberships.find((membership) => membership.organisation.id === organisationId);
}

/**
 * Whether the logged-in user may do `permission` in the organisation, to show or hide controls.
 * The server decides in the end.
 */
export function useHasPermission(organisationId: string, permission: Permission): boolean {
  return useMembership(organisationId)?.permissions.includes(permission) ?? false;
}
