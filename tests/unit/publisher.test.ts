import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLISHER, sitePublisher } from '../../src/lib/site/publisher';

describe('sitePublisher', () => {
  it('says, without SITE_PUBLISHER, that the copy is not the Office’s', () => {
    expect(sitePublisher({})).toEqual({ name: DEFAULT_PUBLISHER, contact: undefined });
    expect(DEFAULT_PUBLISHER).toMatch(/not the General Prosecutor's Office/u);
  });

  it('takes the name and a mailto: or https: contact from the environment', () => {
    expect(sitePublisher({ SITE_PUBLISHER: ' Open Law Lab ', SITE_CONTACT: 'mailto:texts@example.org' })).toEqual({
      name: 'Open Law Lab',
      contact: 'mailto:texts@example.org',
    });
    expect(sitePublisher({ SITE_CONTACT: 'https://example.org/report' }).contact).toBe('https://example.org/report');
  });

  it.each(['texts@example.org', 'javascript:alert(1)', 'ftp://example.org'])(
    'refuses the contact %s, naming the variable',
    (contact) => {
      expect(() => sitePublisher({ SITE_CONTACT: contact })).toThrow(/^SITE_CONTACT: /u);
    },
  );
});
