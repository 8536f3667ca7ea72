// Test runner config: tests import workspace packages from their sources (the "aigw-source" export condition).
import { defineConfig } from "vitest/config";

const conditions = ["aigw-source", "import", "module", "node", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["aigw-source"] } },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "plugins/*/src/**/*.test.ts",
      "runtime-*/src/**/*.test.ts",
      "schemas/src/**/*.test.ts",
      "schemas/scripts/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    typecheck: {
      enabled: true,
      include: ["packages/*/src/**/*.test-d.ts", "plugins/*/src/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
