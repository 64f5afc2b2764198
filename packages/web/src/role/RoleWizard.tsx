import { assessRole, roleQuestion, type RoleAssessmentAnswers, type RoleQuestionKey } from "@art28/domain";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { useEffect, useRef, type ReactNode } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { RoleQuestionStep } from "./RoleQuestionStep.tsx";
import { RoleResult, type RoleResultView } from "./RoleResult.tsx";
import { answersFromSearch, searchAfterAnswer, searchFor, thenResult, wizardPath, wizardView } from "./role-wizard.ts";

/** What the page around the wizard adds to the result: a status line and actions. */
export interface RoleResultExtras {
  status?: ReactNode;
  actions?: ReactNode;
}

export interface RoleWizardProps {
  /** The page title while the questions are asked. */
  title: string;
  /** The page title of the result. */
  resultTitle: string;
  /** Shown under the title on the question pages. */
  intro: ReactNode;
  /** Status and actions for the result, given the answers it rests on. */
  resultExtras: (answers: RoleAssessmentAnswers, result: RoleResultView) => RoleResultExtras;
}

/**
 * The role assessment, one question per page. Everything is in the address (see
 * `role-wizard.ts`), so browser back, reload and bookmarks work; every step is a history entry.
 */
export function RoleWizard({ title, resultTitle, intro, resultExtras }: RoleWizardProps) {
  const { t, locale } = useTranslation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousSearch = useRef(search);

  const all = answersFromSearch(searchParams);
  const path = wizardPath(all);
  const view = wizardView(searchParams, path);

  useDocumentTitle(
    view.kind === "question"
      ? `${t("role.questionHeading", { number: view.number, title: roleQuestion(view.key).title[locale] })} — ${title}`
      : resultTitle,
  );

  useEffect(() => {
    // Each step replaces the page content without a new path; start reading at the new step.
    if (previousSearch.current === search) return;
    previousSearch.current = search;
    headingRef.current?.focus();
  }, [search]);

  const go = (query: string) => void navigate({ pathname, search: query ? `?${query}` : "" });
  const changeLink = (key: RoleQuestionKey) =>
    `${pathname}?${searchFor(path.answers, { question: key, then: thenResult })}`;

  if (view.kind === "result") {
    const result = assessRole(path.answers);
    const extras = resultExtras(path.answers, result);
    return (
      <RoleResult
        title={resultTitle}
        result={result}
        asked={path.asked}
        answers={path.answers}
        changeLink={changeLink}
        status={extras.status}
        actions={extras.actions}
        headingRef={headingRef}
      />
    );
  }

  const { key, previous } = view;
  return (
    <div className="art28-role">
      <Heading level={1}>{title}</Heading>
      {intro}
      <RoleQuestionStep
        key={key}
        questionKey={key}
        number={view.number}
        initialValue={all[key]}
        hasPrevious={previous !== null}
        submitLabel={view.thenResult ? "toResult" : "next"}
        onAnswer={(value) => go(searchAfterAnswer(all, key, value, view.thenResult))}
        onBack={(value) => {
          if (!previous) return;
          const kept = value === undefined ? all : ({ ...all, [key]: value } as RoleAssessmentAnswers);
          go(searchFor(kept, { question: previous }));
        }}
        headingRef={headingRef}
      />
    </div>
  );
}
