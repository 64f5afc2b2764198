import { Link, type LinkProps } from "@nl-design-system-candidate/link-react";
import type { MouseEvent } from "react";
import { useHref, useLinkClickHandler, useMatch } from "react-router";

export interface RouterLinkProps extends Omit<LinkProps, "href"> {
  /** An in-app path, e.g. `/inloggen`. */
  to: string;
}

/**
 * The NL Design System link, navigating inside the app without a page reload. A real `href`
 * keeps "open in new tab" and the link's accessible role working.
 */
export function RouterLink({ to, onClick, ...props }: RouterLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  const isCurrent = useMatch({ path: to, end: true }) !== null;
  return (
    <Link
      {...props}
      href={href}
      current={props.current ?? (isCurrent ? "page" : undefined)}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    />
  );
}
