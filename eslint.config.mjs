// Lint: the house style's checkable habits (STYLE.md 5, 6) and the D8 code boundaries (issue #7).
// Syntax-only on purpose: no type-checked rules (they load the whole program; `tsc --noEmit` is its
// own CI step).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

const root = import.meta.dirname;
const inRoot = (...parts) => join(root, ...parts);

// Every agency folder, read from disk so a new subgraph is fenced in without editing this file.
const agencies = readdirSync(inRoot("subgraphs"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// D8 as allow-lists (fail closed: a new top-level folder is forbidden until listed here). Paths are
// absolute globs; anything resolved outside the repository (node_modules, Node built-ins) is external
// and not fenced.
const everything = inRoot("**");
const dependencies = inRoot("node_modules", "**");
const shared = inRoot("shared", "**");

const boundaryZones = [
  ...agencies.map((agency) => ({
    target: inRoot("subgraphs", agency, "**"),
    from: [everything],
    except: [inRoot("subgraphs", agency, "**"), shared, dependencies],
    message: `D8: subgraphs/${agency} may import only its own folder and shared/ (another agency is reached through the gateway, by entity reference).`,
  })),
  {
    target: inRoot("shared", "**"),
    from: [everything],
    except: [shared, dependencies],
    message: "D8: shared/ imports no subgraph, not the gateway, not scripts/ or tests/.",
  },
  {
    target: inRoot("gateway", "**"),
    from: [everything],
    except: [inRoot("gateway", "**"), shared, dependencies],
    message: "D8: the gateway knows subgraphs by name and URL only; it imports shared/ and nothing else.",
  },
  {
    // Issue #7: the benchmark runs without the test tree (test support may pull in jest-only code and
    // changes with the tests); what both need lives in scripts/ (scripts/operations/unified-view.ts).
    target: inRoot("scripts", "bench", "**"),
    from: [inRoot("tests", "**")],
    message: "D8: scripts/bench imports nothing from tests/.",
  },
];

export default defineConfig(
  { ignores: ["node_modules/", "dist/", "coverage/", ".data/", ".bench/", ".scratch/"] },
  // A disable comment that no longer suppresses anything (or names a rule that does not exist) fails.
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { "import-x": importX },
    settings: {
      // Relative imports name .ts files without extension; no tsconfig `paths`, so Node's resolution
      // with .ts added is enough (no TypeScript resolver package needed).
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js", ".mjs", ".cjs", ".json", ".node"] })],
    },
    rules: {
      eqeqeq: ["error", "always"],
      curly: ["error", "all"],
      // STYLE 5: no ignored diagnostics, not even with a description.
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-ignore": true, "ts-expect-error": true, "ts-nocheck": true }],
      "@typescript-eslint/no-explicit-any": "error",
      "import-x/no-restricted-paths": ["error", { basePath: root, zones: boundaryZones }],
      // STYLE 6: imports sorted. Side-effect imports ("reflect-metadata") are left where they are:
      // their order is meaningful.
      "import-x/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", ["parent", "sibling", "index"]],
          "newlines-between": "never",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      // STYLE 6: named exports only.
      "import-x/no-default-export": "error",
    },
  },
  {
    // Jest loads these by path and calls their default export.
    files: ["tests/support/global-setup.ts", "tests/support/global-teardown.ts", "eslint.config.mjs"],
    rules: { "import-x/no-default-export": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
