import { defineConfig } from '@playwright/test';

const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Each test launches its own Chromium with the extension; two at a time suit a 2-core CI box.
  workers: ci ? 2 : Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  retries: ci ? 1 : 0,
  // Generous: each test starts its own Chromium, and a shared 2-core machine can be slow.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: ci,
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    actionTimeout: 15_000,
    trace: ci ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
});
