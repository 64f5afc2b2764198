// Style sheets in cascade order: design tokens first, then components, then the app's own layout.
import "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css";
import "@utrecht/component-library-css/dist/index.css";
import "@nl-design-system-candidate/button-css/button.css";
import "@nl-design-system-candidate/heading-css/heading.css";
import "@nl-design-system-candidate/link-css/link.css";
import "@nl-design-system-candidate/paragraph-css/paragraph.css";
import "@nl-design-system-candidate/skip-link-css/skip-link.css";
import "./app.css";
