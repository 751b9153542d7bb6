import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const appPackageDir = join(repoRoot, 'appPackage');
export const infraDir = join(repoRoot, 'infra');
export const envDir = join(repoRoot, 'env');
export const cosmosContainersFile = join(infraDir, 'cosmos-containers.json');
