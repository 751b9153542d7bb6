import { Agent } from 'node:https';

/** The embedded server uses a self-signed certificate; trust it only for local endpoints. */
export const isLocalEndpoint = (endpoint: string): boolean => {
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
};

export const localAgent = (): Agent => new Agent({ rejectUnauthorized: false, keepAlive: true });
