/**
 * Test-only: the origin of the Teams host emulator (tests/support/teams-host.ts), which Vite's
 * dev server gets from the test harness. teams-js answers only hosts it trusts; a production
 * build folds this to none, whatever the environment says.
 */
export const teamsTestOrigins = (): string[] =>
  import.meta.env.DEV && import.meta.env.VITE_TEAMS_TEST_ORIGIN
    ? [import.meta.env.VITE_TEAMS_TEST_ORIGIN]
    : [];
