import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readingMinutes } from '@/lib/model/reading-time';

const chinese = (count: number) => '快照元数据丢失'.repeat(Math.ceil(count / 7)).slice(0, count);
const english = (count: number) => Array.from({ length: count }, () => 'snapshot').join(' ');

describe('reading time', () => {
  it('counts Chinese by characters, about 350 a minute, not by the few space-separated runs it has', () => {
    assert.equal(readingMinutes(chinese(3500)), 10);
    assert.equal(readingMinutes(`${chinese(1000)}，${chinese(1100)}。`), 6);
  });

  it('counts English by words, about 225 a minute', () => {
    assert.equal(readingMinutes(english(2250)), 10);
    assert.equal(readingMinutes(english(900)), 4);
  });

  it('sums mixed text: Chinese characters and the English words between them', () => {
    // 1,750 characters (5 minutes) and 1,125 words (5 minutes).
    const mixed = Array.from({ length: 1125 }, (_, i) => `RheaKV ${chinese(i < 625 ? 2 : 1)}`).join('');
    assert.equal(readingMinutes(mixed), 10);
  });

  it('counts a version or a hyphenated word once and punctuation not at all', () => {
    // 335 + 2 words is 1.498 minutes; split into five words and punctuation, it would round up to 2.
    assert.equal(readingMinutes(`${english(335)} 1.3.3 state-machine ！，。 — … ;`), 1);
  });

  it('is at least one minute, even for an empty post', () => {
    assert.equal(readingMinutes(''), 1);
    assert.equal(readingMinutes('短文'), 1);
  });
});
