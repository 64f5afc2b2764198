import type { Membership } from "@art28/contract";
import { Button } from "@nl-design-system-candidate/button-react";
import { FormLabel, Select, SelectOption } from "@utrecht/component-library-react";
import { useId, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { useTranslation } from "../i18n/I18nProvider.tsx";
import { organisationHomePath } from "../paths.ts";

export interface OrganisationSwitcherProps {
  memberships: readonly Membership[];
  currentOrganisationId: string | undefined;
}

/**
 * Lets someone who works for several organisations move between them. Switching waits for the
 * button rather than reacting to the select, because changing the page on a mere selection
 * surprises keyboard and screen reader users (WCAG 3.2.2).
 */
export function OrganisationSwitcher({ memberships, currentOrganisationId }: OrganisationSwitcherProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const selectId = useId();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const selected = chosen ?? currentOrganisationId ?? memberships[0]?.organisation.id ?? "";

  if (memberships.length < 2) return null;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChosen(undefined);
    if (selected) void navigate(organisationHomePath(selected));
  };

  return (
    <form className="art28-organisation-switcher" onSubmit={handleSubmit}>
      <FormLabel htmlFor={selectId}>{t("layout.organisationSwitcher")}</FormLabel>
      <div className="art28-organisation-switcher__controls">
        <Select id={selectId} value={selected} onChange={(event) => setChosen(event.target.value)}>
          {memberships.map((membership) => (
            <SelectOption key={membership.organisation.id} value={membership.organisation.id}>
              {membership.organisation.name}
            </SelectOption>
          ))}
        </Select>
        <Button type="submit" purpose="secondary">
          {t("layout.organisationSwitcherSubmit")}
        </Button>
      </div>
    </form>
  );
}
