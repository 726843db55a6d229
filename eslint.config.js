import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const ROUTES_ONLY_ROUTE =
  "Routes only route: put the query in a model (app/models/*.server.ts) named for what it serves.";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
      "e2e/.data/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/routes/*", "../routes/*"],
              message: "Nothing imports a route module; move shared code to domain/, components/ or utils/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Routes only route (docs/architecture.md): queries live in app/models/*.server.ts. Route tests that
    // look in the database live in app/test/.
    files: ["app/routes/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "drizzle-orm", message: ROUTES_ONLY_ROUTE }],
          patterns: [
            { group: ["drizzle-orm/*", "#db/*"], message: ROUTES_ONLY_ROUTE },
            {
              group: ["~/routes/*", "../routes/*"],
              message: "Nothing imports a route module; move shared code to domain/, components/ or utils/.",
            },
          ],
        },
      ],
      // A route reads, checks, calls models and answers; its forms and cards live in app/components/.
      "max-lines": ["error", { max: 300 }],
    },
  },
  {
    // One source for each setting (docs/architecture.md): the server, its worker, the CLIs and db/ read the
    // environment through env (app/utils/env.server.ts). Tests set variables; bench/ is a standalone tool.
    files: ["app/**/*.{ts,tsx}", "db/**/*.ts"],
    ignores: ["app/utils/env.server.ts", "app/test/**", "**/*.test.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message:
            "Read settings through env (app/utils/env.server.ts): add a getter there, with its default.",
        },
      ],
    },
  },
  {
    // Tests drive route modules and look in the database to check what they did.
    files: ["app/test/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["app/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["#db/*", "~/utils/*", "~/models/*", "~/services/*", "node:*"],
              message: "app/domain is pure: it imports only other domain modules.",
            },
          ],
        },
      ],
    },
  },
);
