import { describe, expect, it } from 'vitest';
import { firstDifference, skeleton } from '../../src/lib/text/look-alike';

describe('texts that read alike', () => {
  it('have one skeleton: look-alike letters of other scripts, compatibility forms, invisible characters, case', () => {
    const latin = skeleton('Drug trafficking');
    expect(skeleton('Drug tr\u0430fficking')).toBe(latin); // Cyrillic а
    expect(skeleton('Drug traffi\u0441king')).toBe(latin); // Cyrillic с
    expect(skeleton('Drug tr\u03B1fficking')).toBe(latin); // Greek α
    expect(skeleton('Drug traf\uFB01cking')).toBe(latin); // the ligature ﬁ
    expect(skeleton('Drug\u200D trafficking')).toBe(latin);
    expect(skeleton('DRUG TRAFFICKING')).toBe(latin);
    expect(skeleton('Asset recovery')).not.toBe(latin);
    // Kazakh and Russian words that look like no Latin word keep their letters.
    expect(skeleton('Есірткі айналымы')).not.toBe(skeleton('Drug trafficking'));
  });

  it('say where two texts first differ', () => {
    expect(firstDifference('Drug tr\u0430fficking', 'Drug trafficking')).toBe('U+0430 at character 8');
    expect(firstDifference('Drug', 'Drug trafficking')).toBe('U+0020 at character 5');
  });
});
