// The pasted bundle's template minifier: line breaks and indentation inside html`` and css``
// become one space; expressions, other strings and other tags are left as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { minifyTemplates, collapse } from '../../scripts/rollup-minify-templates.mjs';

test('collapse turns each run of white space with a line break into one space', () => {
  assert.equal(collapse('<p>\n    <a>x</a>\n  </p>'), '<p> <a>x</a> </p>');
  assert.equal(collapse(':host {\r\n  display: block;\n}'), ':host { display: block; }');
  assert.equal(collapse('a  b\tc'), 'a  b\tc', 'white space without a line break is kept');
});

test('the plugin rewrites only the literal text of html`` and css`` templates', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'itc-minify-'));
  const file = join(dir, 'src', 'entry.ts');
  try {
    writeFileSync(join(dir, 'lit.js'), 'export const html = (s, ...v) => [s.raw, v]; export const css = html; export const other = html;');
    mkdirSync(join(dir, 'src'));
    writeFileSync(
      file,
      [
        "import { html, css, other } from '../lit.js';",
        'const name = `keep\n  this`;',
        'export const a = html`<div>\n    <p>${`inner\n   expression`}</p>\n  </div>`;',
        'export const b = css`:host {\n  display: block;\n}`;',
        'export const c = other`left\n   alone`;',
        'export { name };',
      ].join('\n'),
    );
    const bundle = await rollup({ input: file, plugins: [minifyTemplates()] });
    const { output } = await bundle.generate({ format: 'es' });
    const code = output[0].code;
    assert.match(code, /html`<div> <p>\$\{`inner\n   expression`\}<\/p> <\/div>`/);
    assert.match(code, /css`:host \{ display: block; \}`/);
    assert.match(code, /other`left\n   alone`/);
    assert.match(code, /`keep\n  this`/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
