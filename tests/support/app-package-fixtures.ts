import { PNG } from 'pngjs';
import { buildAppPackage } from '../../scripts/ship/app-package';
import type { PackageFiles } from '../../scripts/ship/check-types';
import { appPackageDir } from '../../scripts/ship/paths';

/** Values like those provisioning writes to env/.env.dev. */
export const DEV_VALUES = new Map([
  ['TEAMS_APP_ID', '3f0c8a52-6a7e-4d0b-9d55-1b0f5c2a7e10'],
  ['AAD_APP_CLIENT_ID', '8b1d2c3e-4f50-4a61-b872-93a4b5c6d7e8'],
  ['BOT_ID', 'c2d3e4f5-0617-4283-9a4b-5c6d7e8f9a0b'],
  ['APP_NAME_SUFFIX', '-dev'],
  ['TAB_ENDPOINT', 'https://crmab12cd34tab.z6.web.core.windows.net'],
  ['TAB_DOMAIN', 'crmab12cd34tab.z6.web.core.windows.net'],
  ['BOT_DOMAIN', 'crmab12cd34-api.azurewebsites.net'],
]);

export const BOT_HOST = 'crmab12cd34-api.azurewebsites.net';

export function devPackage(): PackageFiles {
  return buildAppPackage(appPackageDir, DEV_VALUES).files;
}

export function readJson(files: PackageFiles, name: string): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(files.get(name))) as Record<string, unknown>;
}

/** A copy of the package with one JSON file changed. */
export function withJson(
  files: PackageFiles,
  name: string,
  change: (json: Record<string, unknown>) => void,
): PackageFiles {
  const json = readJson(files, name);
  change(json);
  return new Map(files).set(name, new TextEncoder().encode(JSON.stringify(json)));
}

/** A PNG of the given size whose pixels come from `pixel`. */
export function png(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number, number],
): Uint8Array {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) image.data.set(pixel(x, y), (y * width + x) * 4);
  }
  return PNG.sync.write(image);
}
