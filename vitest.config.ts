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
    // Vitest's default is one worker fewer than the cores: one, on the 2-core CI machine. Every test file
    // has its own SQLite file and servers on port 0, so two run side by side (CI stays under 20 minutes).
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
