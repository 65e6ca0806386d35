import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The stylesheet charts/palette.ts reads as text (?raw), which Vitest otherwise empties.
    css: { include: [/\/src\/styles\/site\.css/] },
    // A loaded 2-core machine can take seconds for a cold bootstrapped analysis; speed is measured by the bench.
    testTimeout: 30_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
