import type { MouseEvent } from "react";

/**
 * Moves to an element on the same page: scrolls it to the middle of the screen and gives it
 * focus, so keyboard and screen-reader users continue reading there. The element needs
 * `tabIndex={-1}`. Done by script instead of a plain fragment link, because the router would
 * otherwise treat the fragment as a navigation.
 */
export function jumpTo(id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    const reducedMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
    target.scrollIntoView({ block: "center", behavior: reducedMotion ? "auto" : "smooth" });
    target.focus({ preventScroll: true });
  };
}
