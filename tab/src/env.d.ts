/// <reference types="vite/client" />

// Vite's env type is extended by declaration merging, which only an interface can do.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
interface ImportMetaEnv {
  /** Test-only (see shell/teams-test-origin.ts). */
  readonly VITE_TEAMS_TEST_ORIGIN?: string;
}
