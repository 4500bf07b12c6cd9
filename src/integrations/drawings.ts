import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { drawingCacheDir, drawingTally, type DrawingTally } from '../lib/cache/drawing-cache.ts';

const NAMES: Record<string, [one: string, many: string]> = {
  pdf: ['PDF', 'PDFs'],
  png: ['social card', 'social cards'],
};

/** One line of the build's log: what was drawn, in how long, and what came from the cache. */
export function drawingSummary(tally: Map<string, DrawingTally>, cacheDir: string): string | undefined {
  const parts = [...tally]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([extension, { drawn, reused, drawMs }]) => {
      const [one, many] = NAMES[extension] ?? [extension, extension];
      const name = drawn + reused === 1 ? one : many;
      const time = drawn > 0 ? ` in ${(drawMs / 1000).toFixed(2)} s` : '';
      return `${name}: ${drawn} drawn${time}, ${reused} reused`;
    });
  if (parts.length === 0) return undefined;
  return `${parts.join('; ')} (kept in ${relative(process.cwd(), cacheDir) || '.'}/)`;
}

/** Says at the end of a build what the PDFs and cards cost, and how many the cache spared. */
export function drawings(): AstroIntegration {
  return {
    name: 'site:drawings',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const summary = drawingSummary(drawingTally(), drawingCacheDir());
        if (summary) logger.info(summary);
      },
    },
  };
}
