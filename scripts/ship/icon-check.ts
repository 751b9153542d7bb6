import { PNG } from 'pngjs';
import type { Issue, Manifest, PackageFiles } from './check-types';

type Image = { width: number; height: number; data: Uint8Array };

function decode(files: PackageFiles, name: string | undefined, issues: Issue[]): Image | undefined {
  const bytes = name === undefined ? undefined : files.get(name);
  if (!bytes) {
    issues.push({ check: 'icon', message: `icon file missing from the package: ${String(name)}` });
    return undefined;
  }
  try {
    return PNG.sync.read(Buffer.from(bytes));
  } catch {
    issues.push({ check: 'icon', message: `${name} is not a PNG` });
    return undefined;
  }
}

function pixels(image: Image): [number, number, number, number][] {
  const all: [number, number, number, number][] = [];
  for (let i = 0; i < image.data.length; i += 4) {
    all.push([image.data[i]!, image.data[i + 1]!, image.data[i + 2]!, image.data[i + 3]!]);
  }
  return all;
}

function checkColor(image: Image, issues: Issue[]) {
  if (image.width !== 192 || image.height !== 192) {
    issues.push({
      check: 'icon',
      message: `color icon is ${image.width}x${image.height}, not 192x192`,
    });
  }
  const colours = new Set(pixels(image).map((p) => p.join(',')));
  if (colours.size < 2) issues.push({ check: 'icon', message: 'color icon is a blank square' });
}

function checkOutline(image: Image, issues: Issue[]) {
  if (image.width !== 32 || image.height !== 32) {
    issues.push({
      check: 'icon',
      message: `outline icon is ${image.width}x${image.height}, not 32x32`,
    });
  }
  const all = pixels(image);
  const visible = all.filter(([, , , a]) => a > 0);
  if (visible.length === all.length) {
    issues.push({ check: 'icon', message: 'outline icon has no transparent background' });
  }
  if (visible.length === 0) issues.push({ check: 'icon', message: 'outline icon is empty' });
  if (visible.some(([r, g, b]) => r !== 255 || g !== 255 || b !== 255)) {
    issues.push({ check: 'icon', message: 'outline icon has pixels that are not white' });
  }
}

/** Sizes, a real glyph, and a white-on-transparent outline, as the Teams validator demands. */
export function checkIcons(manifest: Manifest, files: PackageFiles): Issue[] {
  const issues: Issue[] = [];
  const color = decode(files, manifest.icons?.color, issues);
  if (color) checkColor(color, issues);
  const outline = decode(files, manifest.icons?.outline, issues);
  if (outline) checkOutline(outline, issues);
  return issues;
}
