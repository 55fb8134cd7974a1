import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFixtureFile, onlyErrorOf } from './load-fixture';

/** The one error of a fixture of tests/fixtures/hostile-text/, as "line:column reason". */
const errorOf = (name: string) => {
  const error = onlyErrorOf(`hostile-text/${name}`);
  assert.match(error.file, new RegExp(`${name.replace('.', '\\.')}$`));
  return `${error.line}:${error.column} ${error.reason}`;
};

describe('text no page or feed can carry is an error in front matter and props', () => {
  it('refuses an escape character written as a YAML escape in the title', () =>
    assert.equal(errorOf('yaml-escape-in-title.md'), '2:1 title "SOFA\\u{1b}[31m Weekly" contains U+001B, a control character; remove it'));
  it('refuses NUL in the description', () =>
    assert.equal(errorOf('yaml-nul-in-description.md'), '4:1 description "a\\u{0}b" contains U+0000, a control character; remove it'));
  it('refuses half of a UTF-16 pair alone', () =>
    assert.equal(errorOf('yaml-lone-surrogate-in-author.md'), '4:1 author "\\u{d800}作者" contains U+D800, half of a UTF-16 pair alone; remove it'));
  it('refuses a noncharacter in a tag', () =>
    assert.equal(errorOf('yaml-noncharacter-in-tag.md'), '4:1 tags "x\\u{fffe}y" contains U+FFFE, a noncharacter; remove it'));
  it('refuses a right-to-left override that makes a title read as another', () =>
    assert.equal(errorOf('yaml-bidi-override-in-title.md'), '2:1 title "SOFA Weekly \\u{202e}gnp.exe" contains U+202E, a bidirectional control that makes text read in another order; remove it'));
  it('refuses a C1 control written as it is', () =>
    assert.equal(errorOf('raw-c1-in-summary.md'), '4:1 summary "next\\u{85}line" contains U+0085, a control character; remove it'));
  it('refuses them in TOML and JSON front matter alike', () => {
    assert.equal(errorOf('toml-escape-in-title.md'), '2:1 title "a\\u{1b}b" contains U+001B, a control character; remove it');
    assert.equal(errorOf('json-nul-in-title.md'), '2:1 title "a\\u{0}b" contains U+0000, a control character; remove it');
  });
  it('refuses them in a value the site does not read, at its key', () =>
    assert.equal(errorOf('unsafe-in-nested-value.md'), '4:1 params "\\u{7}" contains U+0007, a control character; remove it'));
  it('refuses them in a component\'s prop, at the component', () =>
    assert.equal(errorOf('bidi-in-prop.mdx'), '6:5 <QA>: asker contains U+202E, a bidirectional control that makes text read in another order; remove it'));
});

describe('text no page or feed can carry is left out of a body, with a warning', () => {
  it('removes controls and noncharacters and warns at the first, counting the others', () => {
    const { posts, errors, warnings } = loadFixtureFile('hostile-text/body-controls.md');
    assert.deepEqual(errors, []);
    assert.equal(posts.length, 1);
    assert.doesNotMatch(posts[0]!.body, /[\u0000-\u0008\u000b-\u001f\ufffe]/);
    assert.match(posts[0]!.body, /第二段有\[31m颜色和。/);
    assert.deepEqual(warnings.map((warning) => `${warning.line}:${warning.column} ${warning.reason}`), [
      '8:5 the text contains U+001B, a control character (and 2 more such characters), which no page or feed can carry; it is left out, delete it from the file',
    ]);
  });

  it('keeps bidirectional controls in a body, where right-to-left text needs them', () => {
    const { posts, errors, warnings } = loadFixtureFile('hostile-text/bidi-in-body.md');
    assert.deepEqual([errors, warnings], [[], []]);
    assert.match(posts[0]!.body, /\u202bעברית\u202c/);
  });
});
