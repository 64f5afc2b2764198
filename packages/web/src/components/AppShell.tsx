import type { ThemeOverrides } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { SkipLink } from "@nl-design-system-candidate/skip-link-react";
import { PageFooter, PageHeader } from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type CSSProperties } from "react";
import { Outlet, useLocation, useMatch, useNavigate, useOutletContext } from "react-router";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { useOrganisation, type OrganisationState } from "../organisation/useOrganisation.ts";
import { useUnreadNotificationCount } from "../register-tools/unread-count.ts";
import { organisationHomePath, routePath, routes } from "../paths.ts";
import { useSession } from "../session/SessionProvider.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { OrganisationSwitcher } from "./OrganisationSwitcher.tsx";
import { RouterLink } from "./RouterLink.tsx";

const mainContentId = "main-content";

/** What the shell hands to the page inside it. */
export interface ShellContext {
  organisation: OrganisationState;
}

/** The organisation that the shell loaded for the current page. */
export function useShellContext(): ShellContext {
  return useOutletContext<ShellContext>();
}

/**
 * Organisation overrides become inline custom properties on the same element that carries the
 * voorbeeld theme class: the theme's component tokens refer to its basis tokens, and those
 * references are resolved where they are declared, so overriding lower in the tree would not
 * reach them.
 */
function themeStyle(theme: ThemeOverrides | undefined): CSSProperties | undefined {
  return theme ? (theme as CSSProperties) : undefined;
}

/** The frame around every page: skip link, header, navigation, main content and footer. */
export function AppShell() {
  const { t } = useTranslation();
  const { state: session, logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const organisationMatch = useMatch(`${routes.organisationHome}/*`);
  const routeOrganisationId = organisationMatch?.params.organisationId;
  const authenticated = session.status === "authenticated";
  const organisation = useOrganisation(routeOrganisationId, authenticated);
  const [logoutError, setLogoutError] = useState<unknown>(null);
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);

  useEffect(() => {
    // After in-app navigation, start reading at the new content, as a full page load would.
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    mainRef.current?.focus();
  }, [location.pathname]);

  const memberships = authenticated ? session.session.memberships : [];
  const currentMembership =
    memberships.find((membership) => membership.organisation.id === routeOrganisationId) ?? memberships[0];
  const unreadNotifications = useUnreadNotificationCount(currentMembership?.organisation.id, authenticated);
  const organisationName =
    organisation.status === "loaded"
      ? organisation.organisation.name
      : routeOrganisationId
        ? memberships.find((membership) => membership.organisation.id === routeOrganisationId)?.organisation.name
        : undefined;

  const handleLogout = async () => {
    setLogoutError(null);
    try {
      await logout();
      void navigate(routes.login);
    } catch (error) {
      setLogoutError(error);
    }
  };

  return (
    <div
      className="voorbeeld-theme utrecht-document art28-app"
      style={themeStyle(organisation.status === "loaded" ? organisation.organisation.theme : undefined)}
    >
      <SkipLink href={`#${mainContentId}`}>{t("layout.skipToContent")}</SkipLink>
      <PageHeader className="art28-header">
        <div className="art28-header__content">
          <div className="art28-header__brand">
            <RouterLink to="/" className="art28-header__product">
              {t("app.name")}
            </RouterLink>
            {organisationName && (
              <span className="art28-header__organisation">
                <span className="art28-visually-hidden">{t("layout.currentOrganisation")}: </span>
                {organisationName}
              </span>
            )}
          </div>
          <div className="art28-header__tools">
            <LanguageSwitch />
            {session.status === "anonymous" && (
              <RouterLink to={routes.login} className="art28-header__login">
                {t("layout.login")}
              </RouterLink>
            )}
            {authenticated && (
              <>
                <OrganisationSwitcher memberships={memberships} currentOrganisationId={routeOrganisationId} />
                <div className="art28-header__user">
                  <Paragraph className="art28-header__user-name">
                    {t("layout.loggedInAs", { name: session.session.user.name })}
                  </Paragraph>
                  <Button purpose="secondary" onClick={() => void handleLogout()}>
                    {t("layout.logout")}
                  </Button>
                </div>
              </>
            )}
          </div>
        </div>
      </PageHeader>
      {/* For everyone, logged in or not: the check and the role assessment are public. */}
      <nav className="art28-navigation" aria-label={t("layout.mainNavigation")}>
        <ul className="art28-navigation__list">
          {currentMembership && (
            <>
              <li>
                <RouterLink
                  to={routePath(routes.registerDashboard, { organisationId: currentMembership.organisation.id })}
                  className="art28-navigation__link"
                >
                  {t("layout.dashboard")}
                </RouterLink>
              </li>
              <li>
                <RouterLink
                  to={routePath(routes.relationships, { organisationId: currentMembership.organisation.id })}
                  className="art28-navigation__link"
                >
                  {t("layout.register")}
                </RouterLink>
              </li>
              <li>
                <RouterLink
                  to={routePath(routes.agreements, { organisationId: currentMembership.organisation.id })}
                  className="art28-navigation__link"
                >
                  {t("layout.agreements")}
                </RouterLink>
              </li>
              <li>
                <RouterLink
                  to={routePath(routes.templates, { organisationId: currentMembership.organisation.id })}
                  className="art28-navigation__link"
                >
                  {t("layout.templates")}
                </RouterLink>
              </li>
              <li>
                <RouterLink
                  to={organisationHomePath(currentMembership.organisation.id)}
                  className="art28-navigation__link"
                >
                  {t("layout.counterparties")}
                </RouterLink>
              </li>
              <li>
                <RouterLink
                  to={routePath(routes.notifications, { organisationId: currentMembership.organisation.id })}
                  className="art28-navigation__link"
                >
                  {t("layout.notifications")}
                  {unreadNotifications !== null && unreadNotifications > 0 && (
                    <>
                      {" "}
                      <span className="art28-tools-badge art28-tools-badge--count" aria-hidden="true">
                        {unreadNotifications}
                      </span>
                      <span className="art28-visually-hidden">
                        {t("tools.notifications.unreadBadge", { count: unreadNotifications })}
                      </span>
                    </>
                  )}
                </RouterLink>
              </li>
            </>
          )}
          <li>
            <RouterLink to={routes.check} className="art28-navigation__link">
              {t("layout.check")}
            </RouterLink>
          </li>
          <li>
            <RouterLink to={routes.roleAssessment} className="art28-navigation__link">
              {t("layout.roleAssessment")}
            </RouterLink>
          </li>
        </ul>
      </nav>
      <div className="art28-body">
        <main id={mainContentId} ref={mainRef} tabIndex={-1} className="art28-main">
          {logoutError !== null && <ErrorAlert error={logoutError} />}
          <Outlet context={{ organisation } satisfies ShellContext} />
        </main>
      </div>
      <PageFooter className="art28-footer">
        <div className="art28-footer__content">
          <Paragraph>{t("app.footer")}</Paragraph>
        </div>
      </PageFooter>
    </div>
  );
}
