/**
 * Teams' documented bot rate limits, hard-coded from Microsoft's "Optimize your bot: rate
 * limiting and best practices" page — deliberately not read from the sender's configuration,
 * so the emulator judges the sender by the published numbers.
 */
export type Window = { ms: number; max: number };

/** Per bot per thread (conversation): send / update / reply. */
export const PER_CONVERSATION: Window[] = [
  { ms: 1_000, max: 7 },
  { ms: 2_000, max: 8 },
  { ms: 30_000, max: 60 },
  { ms: 3_600_000, max: 1_800 },
];

/** Per app per tenant, over every Bot Connector operation. */
export const PER_TENANT: Window[] = [{ ms: 1_000, max: 50 }];

/**
 * Sliding windows over arrival times: a request at `now` is within limits when every window
 * (now - ms, now] already holds fewer than `max` arrivals.
 */
export class SlidingLog {
  private readonly arrivals: number[] = [];

  constructor(private readonly windows: Window[]) {}

  /** Milliseconds until a request would fit; 0 when it fits now. */
  waitMs(now: number): number {
    let wait = 0;
    for (const { ms, max } of this.windows) {
      const inWindow = this.arrivals.filter((t) => t > now - ms);
      if (inWindow.length < max) continue;
      const oldestThatMustLeave = inWindow[inWindow.length - max]!;
      wait = Math.max(wait, oldestThatMustLeave + ms - now + 1);
    }
    return wait;
  }

  record(now: number): void {
    this.arrivals.push(now);
    const longest = Math.max(...this.windows.map((w) => w.ms));
    while (this.arrivals.length > 0 && this.arrivals[0]! <= now - longest) this.arrivals.shift();
  }
}
