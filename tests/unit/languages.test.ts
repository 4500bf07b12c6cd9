import { describe, expect, it } from 'vitest';
import { languageName, versionsSentence } from '../../src/lib/text/languages';
import { releaseSchema } from '../../src/schemas/release';

describe('languageName', () => {
  it('names the languages of the office in English', () => {
    expect(['kk', 'ru', 'en'].map(languageName)).toEqual(['Kazakh', 'Russian', 'English']);
  });

  it('names no language for a tag that is not one', () => {
    expect(['xx', 'qq', 'Kazakh', 'kz-', ''].map(languageName)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('versionsSentence', () => {
  it('says which versions the Office published and that one is reproduced here', () => {
    expect(versionsSentence({ reproduced: 'en', published: ['kk', 'ru', 'en'] })).toBe(
      'The Office published this release in Kazakh, Russian and English; only the English version is reproduced here.',
    );
  });

  it('says so when the reproduced version is the only one', () => {
    expect(versionsSentence({ reproduced: 'ru', published: ['ru'] })).toBe(
      'The Office published this release in Russian only.',
    );
  });

  it('names the original only where the Office names one', () => {
    expect(versionsSentence({ reproduced: 'en', published: ['ru', 'en'], original: 'ru' })).toBe(
      'The Office published this release in Russian and English; only the English version is reproduced here. The Office names the Russian version as the original.',
    );
  });
});

describe('the versions field of a release', () => {
  const release = {
    headline: 'H',
    shortTitle: 'Short',
    published: '2019-01-28',
    meeting: { date: '2018-12-21', place: 'Astana' },
    issuer: 'Office',
    attribution: 'Press Service of the Office',
    summary: 'What happened.',
  };
  const problems = (versions: unknown): string[] => {
    const parsed = releaseSchema.safeParse({ ...release, versions });
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('takes the languages the Office published, the reproduced one among them', () => {
    expect(problems({ reproduced: 'en', published: ['kk', 'ru', 'en'], original: 'ru' })).toEqual([]);
    expect(problems(undefined)).toEqual([]);
  });

  it('refuses a reproduced or original version the Office did not publish, a language twice, or no language', () => {
    expect(problems({ reproduced: 'en', published: ['kk', 'ru'] })).toEqual([
      'versions.reproduced: must be one of the languages in published: the text reproduced here is one the Office published',
    ]);
    expect(problems({ reproduced: 'en', published: ['en'], original: 'ru' })).toEqual([
      'versions.original: must be one of the languages in published',
    ]);
    expect(problems({ reproduced: 'en', published: ['en', 'en'] })).toEqual([
      'versions.published: names a language twice',
    ]);
    expect(problems({ reproduced: 'kz', published: ['kz'] })).toEqual([
      'versions.reproduced: must be a language tag such as kk, ru or en (BCP 47)',
      'versions.published.0: must be a language tag such as kk, ru or en (BCP 47)',
    ]);
  });
});
