import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldName, normalizeName, urlize } from '@/lib/model/names';

describe('urlize: a name becomes its URL segment', () => {
  it('lower-cases and joins words with a hyphen, as Hugo does', () => {
    assert.equal(urlize('SOFA Weekly'), 'sofa-weekly');
    assert.equal(urlize('SOFA  WEEKLY'), 'sofa-weekly');
  });

  it('keeps Chinese as Chinese, with no transliteration', () => {
    assert.equal(urlize('社区活动'), '社区活动');
    assert.equal(urlize('SOFA Weekly | 本周标题'), 'sofa-weekly-本周标题');
  });

  it('ignores surrounding, non-breaking and zero-width spaces', () => {
    assert.equal(urlize('  SOFA\u00a0Weekly\u200b '), 'sofa-weekly');
    assert.equal(urlize('\u3000社区\u200d活动\u3000'), '社区活动');
  });

  it('turns / \\ # + @ into word separators, never into path characters', () => {
    assert.equal(urlize('a/b'), 'a-b');
    assert.equal(urlize('a\\b'), 'a-b');
    assert.equal(urlize('C# / .NET'), 'c-.net');
    assert.equal(urlize('a + b'), 'a-b');
    assert.equal(urlize('C++'), 'c');
  });

  it('drops other punctuation, full-width included', () => {
    assert.equal(urlize('a|b'), 'ab');
    assert.equal(urlize('Hello, World!'), 'hello-world');
    assert.equal(urlize('发布、预告（一）'), '发布预告一');
    assert.equal(urlize('Q&A: 2020'), 'qa-2020');
  });

  it('keeps explicit hyphens, dots and underscores', () => {
    assert.equal(urlize('sofa-weekly-20200710'), 'sofa-weekly-20200710');
    assert.equal(urlize('v1.3.3_final'), 'v1.3.3_final');
  });

  it('returns nothing for a name with no letters or digits, or only dots', () => {
    assert.equal(urlize('!!!'), '');
    assert.equal(urlize('..'), '');
  });

  it('writes NFC, whatever normalisation the name came in', () => {
    assert.equal(urlize('Cafe\u0301'), 'caf\u00e9');
  });
});

describe('names that mean the same tag', () => {
  it('fold case and white space together', () => {
    assert.equal(foldName('SOFA Weekly'), foldName(' sofa\u00a0 WEEKLY '));
    assert.notEqual(foldName('a/b'), foldName('a-b'));
  });

  it('normalise invisible differences but keep the spelling', () => {
    assert.equal(normalizeName(' SOFA\u00a0\u200bWeekly  '), 'SOFA Weekly');
  });
});
