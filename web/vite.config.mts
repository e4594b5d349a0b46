import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { inlineDocuments } from "./inline-documents.mjs";

/**
 * The agency console (issue #11): built to web/dist and served by the console server
 * (scripts/platform/console-server.ts), which also forwards /graphql to the gateway, so the
 * console and the gateway share one origin. Vite 8 compiles TSX itself (oxc): no React plugin.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [inlineDocuments()],
  oxc: { jsx: { runtime: "automatic" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components; a client bundle has no server part to keep apart.
      onLog(level, log, handler) {
        if (log.code !== "MODULE_LEVEL_DIRECTIVE") {
          handler(level, log);
        }
      },
    },
  },
});
