/** Attempts of an etag-guarded write before it gives up. */
export const MAX_CONFLICT_ATTEMPTS = 12;

/**
 * The pause after a lost race, before attempt `attempt + 1`: full jitter under a ceiling that
 * doubles from 5 ms up to 250 ms, so writers that collided spread out instead of colliding
 * again in step.
 */
export const pauseAfterConflict = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(250, 5 * 2 ** attempt)));
