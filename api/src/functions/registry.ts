import type { HttpFunctionOptions } from '@azure/functions';
import { app } from './azure-functions';
import { createRequire } from 'node:module';

export type HttpRegistration = { name: string; options: HttpFunctionOptions };

const registrations = new Map<string, HttpRegistration>();

/** The Functions worker provides this module through `require`; outside the host it is absent. */
export function insideFunctionsHost(): boolean {
  try {
    createRequire(import.meta.url)('@azure/functions-core');
    return true;
  } catch {
    return false;
  }
}

const hosted = insideFunctionsHost();

/**
 * `app.http` that also remembers what it registered, so the local host calls the very same
 * handlers (outside the Functions host the library only warns and drops registrations).
 */
export function registerHttp(name: string, options: HttpFunctionOptions): void {
  if (registrations.has(name)) throw new Error(`Function ${name} is registered twice`);
  registrations.set(name, { name, options });
  if (hosted) app.http(name, options);
}

export const httpRegistrations = (): HttpRegistration[] => [...registrations.values()];
