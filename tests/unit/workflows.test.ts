import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/build';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  uses?: string;
  needs?: string | string[];
  env?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string): Workflow =>
  parse(readFileSync(join(projectRoot, '.github/workflows', name), 'utf8')) as Workflow;

// The oldest major version of each action that runs on Node 24, which the runners now force.
const current: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 6,
  'actions/cache/restore': 5,
  'actions/cache/save': 5,
  'actions/configure-pages': 6,
  'actions/upload-pages-artifact': 5,
  'actions/deploy-pages': 5,
};

describe.each(['ci.yml', 'deploy.yml'])('%s', (name) => {
  it('uses only current versions of the actions it names', () => {
    const used = Object.values(workflow(name).jobs).flatMap((job) => (job.steps ?? []).flatMap((s) => s.uses ?? []));
    expect(used.length).toBeGreaterThan(0);
    for (const uses of used) {
      const [action = '', version = ''] = uses.split('@');
      expect(Object.keys(current), uses).toContain(action);
      expect(Number(/^v(\d+)$/u.exec(version)?.[1]), uses).toBeGreaterThanOrEqual(current[action] ?? Infinity);
    }
  });
});

describe('the pull-request workflow', () => {
  const ci = workflow('ci.yml');
  const steps = ci.jobs['test']?.steps ?? [];

  it('runs on pull requests and can be called by the deployment', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'workflow_call']));
  });

  it('runs the whole test suite with a missing browser or nginx counted as a failure', () => {
    expect(ci.jobs['test']?.env?.['CI']).toBe('true');
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(['.ci/run']);
    expect(readFileSync(join(projectRoot, '.ci/run'), 'utf8')).toMatch(/^npm test$/mu);
  });
});

describe('the GitHub Pages workflow', () => {
  const deploy = workflow('deploy.yml');
  const build = deploy.jobs['build'];
  const steps = build?.steps ?? [];

  it('deploys only what passed the tests', () => {
    expect(deploy.jobs['test']?.uses).toBe('./.github/workflows/ci.yml');
    expect([build?.needs].flat()).toContain('test');
    expect([deploy.jobs['deploy']?.needs].flat()).toContain('build');
  });

  it('builds with the origin and base path configure-pages gives', () => {
    const pages = steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages@'));
    const run = steps.findIndex((step) => step.run === 'npm run build');
    expect(pages).toBeGreaterThanOrEqual(0);
    expect(run).toBeGreaterThan(pages);
    const id = steps[pages]?.id ?? '';
    expect(steps[run]?.env).toMatchObject({
      SITE_URL: `\${{ steps.${id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${id}.outputs.base_path }}`,
    });
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.['path']).toBe('dist');
  });

  it("builds on the cache of main's last build, after npm ci, and saves it from main only", () => {
    const at = (action: string): number => steps.findIndex((step) => step.uses?.startsWith(`${action}@`));
    const install = steps.findIndex((step) => step.run?.startsWith('npm ci'));
    const run = steps.findIndex((step) => step.run === 'npm run build');
    const restore = at('actions/cache/restore');
    const save = at('actions/cache/save');
    expect(install).toBeLessThan(restore);
    expect(restore).toBeLessThan(run);
    expect(save).toBeGreaterThan(run);
    expect(steps[restore]?.with?.['path']).toBe('node_modules/.astro');
    expect(steps[save]?.with?.['path']).toBe('node_modules/.astro');
    expect((steps[save] as Step & { if?: string }).if).toBe("github.ref == 'refs/heads/main'");
  });
});
