import { BrowserRouter, Route, Routes } from "react-router";
import { AppShell } from "./components/AppShell.tsx";
import { I18nProvider } from "./i18n/I18nProvider.tsx";
import { CheckPage } from "./pages/CheckPage.tsx";
import { CounterpartyRoleAssessmentPage } from "./pages/CounterpartyRoleAssessmentPage.tsx";
import { HomeRedirect } from "./pages/HomeRedirect.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { OrganisationHomePage } from "./pages/OrganisationHomePage.tsx";
import { RoleAssessmentPage } from "./pages/RoleAssessmentPage.tsx";
import { RegisterDashboardPage } from "./pages/RegisterDashboardPage.tsx";
import { RelationshipListPage } from "./pages/RelationshipListPage.tsx";
import { RelationshipCreatePage } from "./pages/RelationshipCreatePage.tsx";
import { RelationshipDetailPage } from "./pages/RelationshipDetailPage.tsx";
import { CounterpartyEditPage } from "./pages/CounterpartyEditPage.tsx";
import { ImportPage } from "./pages/ImportPage.tsx";
import { ExportPage } from "./pages/ExportPage.tsx";
import { NotificationsPage } from "./pages/NotificationsPage.tsx";
import { AgreementGeneratePage } from "./pages/AgreementGeneratePage.tsx";
import { AgreementListPage } from "./pages/AgreementListPage.tsx";
import { AgreementPage } from "./pages/AgreementPage.tsx";
import { TemplatesPage } from "./pages/TemplatesPage.tsx";
import { routes } from "./paths.ts";
import { RequireSession } from "./session/RequireSession.tsx";
import { SessionProvider } from "./session/SessionProvider.tsx";

/** The whole web app: providers, the page frame and the routes inside it. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<AppShell />}>
              <Route index element={<HomeRedirect />} />
              <Route path={routes.login} element={<LoginPage />} />
              {/* Public: anyone may check an agreement, without an account. */}
              <Route path={routes.check} element={<CheckPage />} />
              {/* Public as well: a quick answer to "is this party our processor?", nothing stored. */}
              <Route path={routes.roleAssessment} element={<RoleAssessmentPage />} />
              <Route
                path={routes.organisationHome}
                element={
                  <RequireSession>
                    <OrganisationHomePage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.counterpartyRoleAssessment}
                element={
                  <RequireSession>
                    <CounterpartyRoleAssessmentPage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.registerDashboard}
                element={
                  <RequireSession>
                    <RegisterDashboardPage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.relationships}
                element={
                  <RequireSession>
                    <RelationshipListPage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.relationshipNew}
                element={
                  <RequireSession>
                    <RelationshipCreatePage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.relationship}
                element={
                  <RequireSession>
                    <RelationshipDetailPage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.counterpartyEdit}
                element={
                  <RequireSession>
                    <CounterpartyEditPage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.importCounterparties}
                element={
                  <RequireSession>
                    <ImportPage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.exports}
                element={
                  <RequireSession>
                    <ExportPage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.notifications}
                element={
                  <RequireSession>
                    <NotificationsPage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.templates}
                element={
                  <RequireSession>
                    <TemplatesPage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.agreements}
                element={
                  <RequireSession>
                    <AgreementListPage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.agreement}
                element={
                  <RequireSession>
                    <AgreementPage />
                  </RequireSession>
                }
              />
              <Route
                path={routes.agreementGenerate}
                element={
                  <RequireSession>
                    <AgreementGeneratePage />
                  </RequireSession>
                }
              />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
