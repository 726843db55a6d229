import { defineConfig } from "vitest/config";
import path from "node:path";

// Kept apart from vite.config.ts: Remix's Vite plugin must not run under Vitest.
export default defineConfig({
  resolve: {
    alias: { "~": path.resolve("app"), "#db": path.resolve("db") },
  },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "db/**/*.test.ts", "bench/**/*.test.ts"],
    setupFiles: ["./app/test/setup-db.ts"],
    pool: "forks",
    testTimeout: 20_000,
  },
});
