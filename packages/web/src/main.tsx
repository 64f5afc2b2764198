import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { readStoredLocale } from "./i18n/locale-storage.ts";
import "./styles.ts";

// Set before the first render, so the page never announces itself in the wrong language.
document.documentElement.lang = readStoredLocale();

const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks the #root element");

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
