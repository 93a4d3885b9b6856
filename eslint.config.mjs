// The lint gate (`npm run lint`, part of `npm test`): typescript-eslint's recommended rules, promises that are
// awaited or voided, no import cycles, lib/ never importing the layers built on it (app/, components/, scripts/),
// and inside lib/ no import from a later layer of the data flow (LAYERS below; README "How it is built").
import js from "@eslint/js";
import globals from "globals";
import nextPlugin from "@next/eslint-plugin-next";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

// lib/'s layers in data-flow order: a module imports from its own layer or an earlier one, never a later one.
// lib/server is plain JavaScript the custom server runs; Next's side feeds it through globalThis, so it comes right
// after core. lib/view/url (URL state, permalinks, citations) is vocabulary the reads and the API already need.
const LAYERS = [
  "lib/core",
  "lib/server",
  "lib/boards",
  "lib/sources",
  "lib/ingest",
  "lib/attribution",
  "lib/jobs",
  "lib/frame",
  "lib/standings",
  "lib/view/url",
  "lib/reads",
  "lib/api",
  "lib/view/chart",
  "lib/view/load",
];
const layerZones = LAYERS.slice(0, -1).map((layer, i) => ({
  target: `./${layer}`,
  from: LAYERS.slice(i + 1).map((later) => `./${later}`),
  message: `${layer} imports only from its own layer or an earlier one (${LAYERS.slice(0, i + 1).join(", ")}): data flows one way.`,
}));

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "lib/generated/**",
      "node_modules/**",
      "test-results/**",
      "bench-results/**",
      ".data/**",
      "next-env.d.ts",
      "docs/renovation/tools/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: { globals: { ...globals.node } },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ alwaysTryTypes: true, project: "./tsconfig.json" })],
    },
    rules: {
      // `import type` does not count: a type-only cycle has no load order.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./app", "./components", "./scripts"],
              message:
                "lib/ never imports app/, components/ or scripts/: they are built on it (DESIGN.md, data flows one way).",
            },
            ...layerZones,
          ],
        },
      ],
      // tsc owns resolution and named exports; these would repeat it, slowly.
      "import-x/no-unresolved": "off",
      "import-x/namespace": "off",
      "import-x/named": "off",
      "import-x/default": "off",
      "import-x/no-named-as-default-member": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // A `let` read by a closure before its one assignment (a child process a shutdown handler kills) stays a let.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ["components/**", "app/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Integration tests read the API's JSON answers untyped and check them field by field.
  { files: ["tests/integration/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  // Playwright's idioms: `async ({}, testInfo)` for a hook without fixtures, and AxeBuilder as its default import.
  { files: ["tests/e2e/**"], rules: { "no-empty-pattern": "off", "import-x/no-named-as-default": "off" } },
  // Type-aware rules over the TypeScript program (the files tsconfig includes).
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  // Plain JavaScript run by node (the custom server and its modules): outside the TS program.
  { files: ["**/*.mjs", "**/*.js", "**/*.cjs"], ...tseslint.configs.disableTypeChecked },
  // Next's own rules (and the names the code's existing disable comments use).
  {
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      // Plain links on purpose: every view is a shared, cached document, and a full load of it is what a permalink
      // gets too (no client-side router state to drift from the URL).
      "@next/next/no-html-link-for-pages": "off",
    },
  },
);
