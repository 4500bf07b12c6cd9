import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/build';
import { sitePages } from '../helpers/pages';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The search field is an ARIA 1.2 combobox over a listbox of links: a <select> cannot do that.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox'] }],
  },
});

describe('html-validate over the built site', () => {
  const pages = sitePages(siteDir);

  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages)('%s is valid HTML', async (page) => {
    const file = join(siteDir, page.endsWith('.html') ? page : `${page}index.html`);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages.join('\n')).toBe('');
  });
});
