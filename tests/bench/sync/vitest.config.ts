// Vitest config for the sync benchmark's own unit tests, which the project config leaves out with
// the rest of tests/bench: `npx vitest run --config tests/bench/sync/vitest.config.ts`.
export default { test: { include: ['tests/bench/sync/*.test.ts'] } };
