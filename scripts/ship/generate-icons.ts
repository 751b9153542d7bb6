// Writes appPackage/color.png and appPackage/outline.png from scripts/ship/icons.ts.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { colorIcon, outlineIcon } from './icons';
import { appPackageDir } from './paths';

await writeFile(join(appPackageDir, 'color.png'), colorIcon());
await writeFile(join(appPackageDir, 'outline.png'), outlineIcon());
console.log(`wrote color.png and outline.png in ${appPackageDir}`);
