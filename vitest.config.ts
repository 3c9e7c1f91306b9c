import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['./tests/helpers/global-setup.ts'],
		testTimeout: 20_000,
		hookTimeout: 20_000,
		reporters: ['default', './tests/helpers/summary-reporter.ts'],
	},
});
