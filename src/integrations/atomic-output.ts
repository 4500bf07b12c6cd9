import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folders a build of `outDir` works in: the staging folder and the one the old site moves to. */
export function stagingFolders(outDir: string): { staging: string; previous: string } {
  const parent = dirname(outDir);
  const name = basename(outDir);
  return { staging: join(parent, `.${name}.building`), previous: join(parent, `.${name}.previous`) };
}

/**
 * Puts the new site in place of the old one: the old output moves aside, the staging folder takes
 * its name, and the old output is deleted. Each step is a rename within one folder.
 */
export function replaceOutput(staging: string, outDir: string, previous: string): void {
  rmSync(previous, { recursive: true, force: true });
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    // The old site goes back where it was rather than stay aside, to be deleted by the next build.
    if (hadOutput) renameSync(previous, outDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Puts back the last good site when a build was stopped between the two renames of
 * `replaceOutput` (killed, or a rename and its rollback both failed): no output folder, and the old
 * site aside. Returns whether it did. A site aside next to an output folder is a finished swap's
 * leftover, which `replaceOutput` deletes.
 */
export function recoverOutput(outDir: string, previous: string): boolean {
  if (existsSync(outDir) || !existsSync(previous)) return false;
  renameSync(previous, outDir);
  return true;
}

/** What a built site holds, for the build's last line: its pages, files and size. */
export function siteSummary(dir: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const pages = files.filter((entry) => entry.name.endsWith('.html')).length;
  const bytes = files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  const size = bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${pages} pages, ${files.length} files, ${size}`;
}

/**
 * Makes `astro build` all or nothing: the site is written into a staging folder beside the output
 * folder, and only when every step has succeeded (pages, downloads, the search index, `_headers`:
 * the integrations before this one) does it replace the output folder. A build that fails leaves
 * the last good site exactly as it was, so a deploy that syncs the output folder never publishes
 * half a site or an empty one. Must be the last integration: its `astro:build:done` runs last.
 */
export function atomicOutput(): AstroIntegration {
  let outDir: string | undefined;
  let folders: ReturnType<typeof stagingFolders> | undefined;
  return {
    name: 'site:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/u, '');
        folders = stagingFolders(outDir);
        // First of all, the last good site back in place if a build was stopped mid-swap.
        if (recoverOutput(outDir, folders.previous)) {
          logger.info(
            `put the last good site back in ${relative(process.cwd(), outDir) || '.'}/ (a build had stopped mid-swap)`,
          );
        }
        // What a build that was stopped half-way left behind.
        rmSync(folders.staging, { recursive: true, force: true });
        // A build that fails leaves nothing half-written behind: the staging folder goes with it.
        const staging = folders.staging;
        process.once('exit', () => rmSync(staging, { recursive: true, force: true }));
        updateConfig({ outDir: pathToFileURL(`${folders.staging}/`) });
      },
      'astro:build:done': ({ logger }) => {
        if (!outDir || !folders) return;
        replaceOutput(folders.staging, outDir, folders.previous);
        logger.info(`the site is in ${relative(process.cwd(), outDir) || '.'}/: ${siteSummary(outDir)}`);
      },
    },
  };
}
