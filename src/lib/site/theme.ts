import { createHash } from 'node:crypto';

import { THEME_STORAGE_KEY } from './theme-key.ts';

/**
 * Runs in the page's head before anything is painted, so that a reader who chose a theme never
 * sees the other one flash first. It is the site's only inline script; its hash goes into the
 * Content-Security-Policy.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** The CSP source expression (`'sha256-…'`) that allows {@link THEME_SCRIPT}. */
export function themeScriptHash(): string {
  return `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
}
