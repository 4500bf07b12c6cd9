import { describe, expect, it } from 'vitest';
import { languageName, versionsSentence } from '../../src/lib/text/languages';

describe('languageName', () => {
  it('names the languages of the office in English', () => {
    expect(['kk', 'ru', 'en'].map(languageName)).toEqual(['Kazakh', 'Russian', 'English']);
  });

  it('names no language for a tag that is not one', () => {
    expect(['xx', 'qq', 'Kazakh', 'kz-', '', 'zxx', 'mul', 'und', 'en-ZZ', 'ru-XA'].map(languageName)).toEqual(
      Array.from({ length: 10 }, () => undefined),
    );
  });
});

describe('versionsSentence', () => {
  it('says which versions the Office published and that one is reproduced here', () => {
    expect(versionsSentence({ reproduced: ['en'], published: ['kk', 'ru', 'en'] })).toBe(
      'The Office published this release in Kazakh, Russian and English; only the English version is reproduced here.',
    );
  });

  it('says so when the reproduced version is the only one', () => {
    expect(versionsSentence({ reproduced: ['ru'], published: ['ru'] })).toBe(
      'The Office published this release in Russian only.',
    );
  });

  it('names every version reproduced here where there are several', () => {
    expect(versionsSentence({ reproduced: ['kk', 'ru', 'en'], published: ['kk', 'ru', 'en'] })).toBe(
      'The Office published this release in Kazakh, Russian and English; the Kazakh, Russian and English versions are reproduced here.',
    );
    expect(versionsSentence({ reproduced: ['ru', 'en'], published: ['kk', 'ru', 'en'] }, 'ru')).toBe(
      'Ведомство опубликовало этот пресс-релиз на казахском, русском и английском языках; здесь воспроизведены версии на русском и английском языках.',
    );
    expect(versionsSentence({ reproduced: ['kk', 'ru'], published: ['kk', 'ru'] }, 'kk')).toBe(
      'Мекеме бұл баспасөз релизін қазақ және орыс тілдерінде жариялады; мұнда оның қазақ және орыс тілдеріндегі нұсқалары берілген.',
    );
  });

  it('names the original only where the Office names one', () => {
    expect(versionsSentence({ reproduced: ['en'], published: ['ru', 'en'], original: 'ru' })).toBe(
      'The Office published this release in Russian and English; only the English version is reproduced here. The Office names the Russian version as the original.',
    );
  });
});

describe('versionsSentence in the interface languages', () => {
  const versions = { reproduced: ['ru'], published: ['kk', 'ru', 'en'], original: 'kk' };

  it('says it in Russian, the languages in the case the sentence takes', () => {
    expect(versionsSentence(versions, 'ru')).toBe(
      'Ведомство опубликовало этот пресс-релиз на казахском, русском и английском языках; здесь воспроизведена только версия на русском языке. Оригиналом ведомство называет версию на казахском языке.',
    );
  });

  it('says it in Kazakh', () => {
    expect(versionsSentence({ reproduced: ['kk'], published: ['kk'] }, 'kk')).toBe(
      'Мекеме бұл баспасөз релизін тек қазақ тілінде жариялады.',
    );
  });
});
