import { chromium, type Browser } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `CHROMIUM_PATH`, else the Chromium shipped in @sparticuz/chromium (Linux x64/arm64 only). */
async function executablePath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return await sparticuz.executablePath();
  } catch (error) {
    throw new Error(
      `No Chromium found: set CHROMIUM_PATH to a Chrome/Chromium binary (@sparticuz/chromium has none for ${process.platform}/${process.arch}: ${(error as Error).message})`,
    );
  }
}

/** A headless Chromium driven by playwright-core; close it when done. */
export async function launchBrowser(): Promise<Browser> {
  const path = await executablePath();
  try {
    return await chromium.launch({ executablePath: path, args: ARGS, headless: true });
  } catch (error) {
    throw new Error(
      `Chromium at ${path} did not start: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}
