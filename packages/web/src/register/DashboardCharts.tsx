import type { ComplianceState } from "@art28/domain";
import { useId } from "react";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { axisMaximum, type ComplianceSegment, type DeadlineWeek } from "./dashboard-view.ts";
import { formatShortDate } from "./register-time.ts";
import "./register.css";

/**
 * The dashboard's charts as inline SVG. Each is an image with a text alternative that says the
 * same numbers; the tables beside them repeat those numbers with links. Patterns besides
 * colours keep the parts apart for people who do not see the difference in colour.
 */

/** Fill patterns per compliance state; referenced by id from the bar and the legend. */
function CompliancePatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern
        id={`${prefix}-missing`}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" className="art28-chart-fill--missing" />
        <rect width="3" height="8" className="art28-chart-mark" />
      </pattern>
      <pattern id={`${prefix}-incomplete`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" className="art28-chart-fill--incomplete" />
        <circle cx="4" cy="4" r="1.6" className="art28-chart-mark" />
      </pattern>
      <pattern id={`${prefix}-compliant`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" className="art28-chart-fill--compliant" />
      </pattern>
      <pattern id={`${prefix}-not_required`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" className="art28-chart-fill--not_required" />
        <rect y="3" width="8" height="2" className="art28-chart-mark" />
      </pattern>
      <pattern id={`${prefix}-undetermined`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" className="art28-chart-fill--undetermined" />
        <path d="M0 0L8 8M8 0L0 8" className="art28-chart-line" />
      </pattern>
      <pattern
        id={`${prefix}-urgent`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <rect width="6" height="6" className="art28-chart-fill--missing" />
        <rect width="2" height="6" className="art28-chart-mark" />
      </pattern>
    </defs>
  );
}

/** A small square in the pattern of a state, for legends and tables. */
export function ComplianceSwatch({ state }: { state: ComplianceState }) {
  const prefix = useId().replaceAll(":", "");
  return (
    <svg className="art28-chart-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <CompliancePatterns prefix={prefix} />
      <rect x="0.5" y="0.5" width="15" height="15" fill={`url(#${prefix}-${state})`} className="art28-chart-outline" />
    </svg>
  );
}

/** One bar, split by compliance state, worst first. */
export function ComplianceBar({ segments }: { segments: readonly ComplianceSegment[] }) {
  const { t, locale } = useTranslation();
  const prefix = useId().replaceAll(":", "");
  const width = 1000;
  const height = 56;
  const summary = segments
    .filter((segment) => segment.count > 0)
    .map(
      (segment) =>
        `${t(`register.compliance.${segment.state}`)} ${new Intl.NumberFormat(locale).format(segment.count)}`,
    )
    .join(", ");
  return (
    <svg
      className="art28-chart art28-chart--compliance"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={t("dashboard.complianceChart", { summary: summary || "0" })}
    >
      <CompliancePatterns prefix={prefix} />
      <rect x="0" y="0" width={width} height={height} className="art28-chart-track" />
      {segments
        .filter((segment) => segment.share > 0)
        .map((segment) => (
          <rect
            key={segment.state}
            x={segment.start * width}
            y="0"
            width={segment.share * width}
            height={height}
            fill={`url(#${prefix}-${segment.state})`}
            className="art28-chart-outline"
          />
        ))}
    </svg>
  );
}

/** The coverage percentage as a ring, with the number in the middle. */
export function CoverageRing({ percentage }: { percentage: number }) {
  const { t, locale } = useTranslation();
  const radius = 42;
  const circumference = 2 * Math.PI * radius;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(percentage);
  return (
    <svg
      className="art28-chart art28-chart--coverage"
      viewBox="0 0 100 100"
      role="img"
      aria-label={t("dashboard.coverageChart", { percentage: text })}
    >
      <circle cx="50" cy="50" r={radius} className="art28-chart-ring-track" />
      <circle
        cx="50"
        cy="50"
        r={radius}
        className="art28-chart-ring-value"
        strokeDasharray={`${(percentage / 100) * circumference} ${circumference}`}
        transform="rotate(-90 50 50)"
      />
      <text x="50" y="50" className="art28-chart-ring-text" aria-hidden="true">
        {text}%
      </text>
    </svg>
  );
}

/** A horizontal bar for a table cell; decorative, the number stands beside it. */
export function InlineBar({ length }: { length: number }) {
  return (
    <svg
      className="art28-chart-inline-bar"
      viewBox="0 0 100 12"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="0" y="0" width={Math.max(1, length * 100)} height="12" className="art28-chart-bar" />
    </svg>
  );
}

/** Deadlines per week for the coming 90 days, breach notifications marked apart. */
export function DeadlineWeeksChart({ weeks }: { weeks: readonly DeadlineWeek[] }) {
  const { t, locale } = useTranslation();
  const prefix = useId().replaceAll(":", "");
  const maximum = axisMaximum(Math.max(0, ...weeks.map((week) => week.count)));
  const chartHeight = 160;
  const top = 10;
  const left = 36;
  const columnWidth = 44;
  const width = left + weeks.length * columnWidth + 8;
  const height = top + chartHeight + 44;
  const y = (value: number) => top + chartHeight - (value / maximum) * chartHeight;
  const ticks = [0, maximum / 2, maximum].filter(
    (tick, index, all) => Number.isInteger(tick) && all.indexOf(tick) === index,
  );
  const summary = weeks
    .filter((week) => week.count > 0)
    .map((week) =>
      t("dashboard.weekSummary", {
        from: formatShortDate(locale, week.from),
        to: formatShortDate(locale, week.to),
        count: week.count,
      }),
    )
    .join("; ");
  return (
    <figure className="art28-chart-figure">
      <svg
        className="art28-chart art28-chart--deadlines"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t("dashboard.deadlinesChart", { summary: summary || "0" })}
      >
        <CompliancePatterns prefix={prefix} />
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - 4} y1={y(tick)} y2={y(tick)} className="art28-chart-grid" />
            <text x={left - 6} y={y(tick)} className="art28-chart-axis-label art28-chart-axis-label--y">
              {tick}
            </text>
          </g>
        ))}
        {weeks.map((week, index) => {
          const x = left + index * columnWidth + 6;
          const barWidth = columnWidth - 12;
          const other = week.count - week.urgent;
          return (
            <g key={week.from}>
              {other > 0 && (
                <rect
                  x={x}
                  y={y(week.count)}
                  width={barWidth}
                  height={y(week.urgent) - y(week.count)}
                  className="art28-chart-bar art28-chart-outline"
                />
              )}
              {week.urgent > 0 && (
                <rect
                  x={x}
                  y={y(week.urgent)}
                  width={barWidth}
                  height={y(0) - y(week.urgent)}
                  fill={`url(#${prefix}-urgent)`}
                  className="art28-chart-outline"
                />
              )}
              {week.count > 0 && (
                <text x={x + barWidth / 2} y={y(week.count) - 4} className="art28-chart-value">
                  {week.count}
                </text>
              )}
              {index % 2 === 0 && (
                <text x={x + barWidth / 2} y={top + chartHeight + 18} className="art28-chart-axis-label">
                  {formatShortDate(locale, week.from).replace(/\s\d{4}$/, "")}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="art28-chart-caption">
        <span>{t("dashboard.deadlinesChartCaption")}</span>
        <span className="art28-chart-legend">
          <svg className="art28-chart-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="15" height="15" className="art28-chart-bar art28-chart-outline" />
          </svg>
          {t("dashboard.otherLegend")}
        </span>
        <span className="art28-chart-legend">
          <svg className="art28-chart-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <CompliancePatterns prefix={`${prefix}-legend`} />
            <rect
              x="0.5"
              y="0.5"
              width="15"
              height="15"
              fill={`url(#${prefix}-legend-urgent)`}
              className="art28-chart-outline"
            />
          </svg>
          {t("dashboard.urgentLegend")}
        </span>
      </figcaption>
    </figure>
  );
}
