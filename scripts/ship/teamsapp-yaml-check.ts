import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { outlineBicep } from './bicep-outline';
import { parseEnvFile, PLACEHOLDER } from './env-file';
import { ACTIONS, IMPLICIT_OUTPUTS, PROJECT_FILE_VERSION } from './toolkit-actions';

export type YamlIssue = { check: 'version' | 'action' | 'file' | 'variable'; message: string };

type Step = {
  uses?: string;
  name?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
};

const STAGES = ['provision', 'deploy', 'publish'] as const;

/** Variables that may stay empty: the toolkit asks for the first two; the others are optional. */
const EMPTY_ALLOWED = [
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_RESOURCE_GROUP_NAME',
  'DEVELOPER_PRINCIPAL_ID',
  'TEAMS_APP_CATALOG_ID',
];

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function variables(texts: string[]): string[] {
  return texts.flatMap((t) => [...t.matchAll(PLACEHOLDER)].map((m) => m[1]!));
}

/** Files a step reads (relative to the project root), which must exist. */
function inputFiles(step: Step): string[] {
  const w = step.with ?? {};
  const files: string[] = [];
  if (typeof w.manifestPath === 'string') files.push(w.manifestPath);
  if (step.uses === 'arm/deploy' && Array.isArray(w.templates)) {
    for (const t of w.templates as { path?: string; parameters?: string }[]) {
      if (t.path) files.push(t.path);
      if (t.parameters) files.push(t.parameters);
    }
  }
  if (typeof w.workingDirectory === 'string') files.push(w.workingDirectory);
  if (typeof w.ignoreFile === 'string')
    files.push(join(String(w.workingDirectory ?? '.'), w.ignoreFile));
  if (step.uses === 'script' && typeof w.run === 'string') {
    files.push(...[...w.run.matchAll(/(?:^|\s)(scripts\/\S+\.ts)/g)].map((m) => m[1]!));
  }
  return files;
}

/** Variables a step makes available to the steps after it. */
function outputs(step: Step, root: string): string[] {
  const names = Object.values(step.writeToEnvironmentFile ?? {});
  names.push(...(IMPLICIT_OUTPUTS[step.uses ?? ''] ?? []));
  if (step.uses === 'script') {
    names.push(
      ...[
        ...strings(step.with?.run)
          .join('\n')
          .matchAll(/::set-teamsfx-env (\w+)=/g),
      ].map((m) => m[1]!),
    );
  }
  if (step.uses === 'arm/deploy') {
    for (const t of (step.with?.templates ?? []) as { path?: string }[]) {
      const path = join(root, t.path ?? '');
      if (existsSync(path)) names.push(...outlineBicep(readFileSync(path, 'utf8')).outputs);
    }
  }
  return names;
}

function checkShape(step: Step, where: string): YamlIssue[] {
  const shape = ACTIONS[step.uses ?? ''];
  if (!shape) return [{ check: 'action', message: `${where}: unknown action "${step.uses}"` }];
  const issues: YamlIssue[] = [];
  const given = Object.keys(step.with ?? {});
  for (const key of shape.required.filter((k) => !given.includes(k))) {
    issues.push({ check: 'action', message: `${where}: ${step.uses} needs with.${key}` });
  }
  for (const key of given.filter((k) => ![...shape.required, ...shape.optional].includes(k))) {
    issues.push({ check: 'action', message: `${where}: ${step.uses} takes no with.${key}` });
  }
  const written = Object.keys(step.writeToEnvironmentFile ?? {});
  const writes = shape.writes ?? { required: [], optional: [] };
  for (const key of writes.required.filter((k) => !written.includes(k))) {
    issues.push({ check: 'action', message: `${where}: ${step.uses} must write ${key}` });
  }
  for (const key of written.filter((k) => ![...writes.required, ...writes.optional].includes(k))) {
    issues.push({ check: 'action', message: `${where}: ${step.uses} does not write ${key}` });
  }
  return issues;
}

/**
 * Offline checks of a Teams Toolkit project file: the schema version, each action's keys, the
 * files it reads, and that every `${{VAR}}` (in the YAML and the files a step fills in) is set
 * by the env file or produced by an earlier step — never used before the step that makes it.
 */
export function checkTeamsappYaml(
  root: string,
  file: string,
  env: string,
  text = readFileSync(join(root, file), 'utf8'),
): YamlIssue[] {
  const doc = parse(text) as Record<string, unknown>;
  const issues: YamlIssue[] = [];
  if (
    doc.version !== PROJECT_FILE_VERSION ||
    !text.includes(`/${PROJECT_FILE_VERSION}/yaml.schema.json`)
  ) {
    issues.push({
      check: 'version',
      message: `${file} is not on project-file schema ${PROJECT_FILE_VERSION}`,
    });
  }
  const envFolder =
    typeof doc.environmentFolderPath === 'string' ? doc.environmentFolderPath : './env';
  const envPath = join(root, envFolder, `.env.${env}`);
  const envValues = existsSync(envPath)
    ? parseEnvFile(readFileSync(envPath, 'utf8'))
    : new Map<string, string>();
  const steps = STAGES.flatMap((stage) =>
    ((doc[stage] ?? []) as Step[]).map((step, i) => ({ step, where: `${stage}[${i}]` })),
  );
  const producedAt = new Map<string, number>();
  steps.forEach(({ step }, i) => {
    for (const name of outputs(step, root)) if (!producedAt.has(name)) producedAt.set(name, i);
  });
  steps.forEach(({ step, where }, i) => {
    issues.push(...checkShape(step, where));
    const texts = strings([step.with, step.env]);
    for (const input of inputFiles(step)) {
      const path = join(root, input);
      if (!existsSync(path)) {
        issues.push({ check: 'file', message: `${where}: ${input} does not exist` });
        continue;
      }
      if (/\.(json|ya?ml)$/.test(input)) texts.push(readFileSync(path, 'utf8'));
    }
    if (typeof step.with?.artifactFolder === 'string') {
      const folder = join(String(step.with.workingDirectory ?? '.'), step.with.artifactFolder);
      if (!existsSync(join(root, dirname(folder)))) {
        issues.push({ check: 'file', message: `${where}: no project folder for ${folder}` });
      }
    }
    for (const name of new Set(variables(texts))) {
      const at = producedAt.get(name);
      const preset = (envValues.get(name) ?? '') !== '';
      if (at !== undefined && at > i && !preset) {
        issues.push({
          check: 'variable',
          message: `${where}: \${{${name}}} is used before ${steps[at]!.where} produces it`,
        });
      }
      if (at === undefined && !envValues.has(name)) {
        issues.push({
          check: 'variable',
          message: `${where}: \${{${name}}} is set by no step and not in env/.env.${env}`,
        });
      }
      if (at === undefined && envValues.get(name) === '' && !EMPTY_ALLOWED.includes(name)) {
        issues.push({
          check: 'variable',
          message: `${where}: \${{${name}}} is empty in env/.env.${env} and set by no step`,
        });
      }
    }
  });
  return issues;
}
