import { defineConfig } from '@playwright/test';

const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Each test launches its own Chromium with the extension; two at a time suit a 2-core CI box.
  workers: ci ? 2 : Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  retries: ci ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 5_000 },
  forbidOnly: ci,
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    actionTimeout: 10_000,
    trace: ci ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
});
