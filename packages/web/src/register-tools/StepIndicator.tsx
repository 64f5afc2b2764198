import { useTranslation } from "../i18n/I18nProvider.tsx";
import "./register-tools.css";

export interface StepIndicatorProps {
  /** The steps' names, in order. */
  steps: readonly string[];
  /** 0-based index of the step the user is on. */
  current: number;
  label: string;
}

/**
 * Where the user is in a wizard: a numbered list with the current step marked for assistive
 * technology (`aria-current="step"`) and by more than colour (bold, a border, and the words
 * "klaar" or "huidige stap" for screen readers).
 */
export function StepIndicator({ steps, current, label }: StepIndicatorProps) {
  const { t } = useTranslation();
  return (
    <ol aria-label={label} className="art28-tools-steps">
      {steps.map((step, index) => {
        const state = index < current ? "done" : index === current ? "current" : "todo";
        return (
          <li
            key={step}
            className={`art28-tools-steps__step art28-tools-steps__step--${state}`}
            aria-current={state === "current" ? "step" : undefined}
          >
            <span className="art28-tools-steps__number" aria-hidden="true">
              {state === "done" ? "✓" : index + 1}
            </span>
            <span className="art28-tools-steps__name">
              <span className="art28-visually-hidden">{t("tools.steps.number", { number: index + 1 })} </span>
              {step}
              {state === "done" && <span className="art28-visually-hidden"> ({t("tools.steps.done")})</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
