import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API server listens here during development; proxying keeps the app and the API on one
// origin, so the session cookie and the CSRF cookie behave exactly as in production.
const apiServer = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": apiServer,
      "/health": apiServer,
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
});
