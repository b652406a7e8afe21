// Rollup plugin for the pasted bundle: collapses the line breaks and indentation inside Lit's
// html`` and css`` templates of our sources to one space. Lit keeps template text as written and
// terser cannot touch it. One space renders as a line break plus indentation does (white-space:
// normal); no template of ours puts a line break inside a pre/pre-line element or a textarea.
// Only the literal text between ${…} changes, never an expression.

const TAGS = new Set(['html', 'css', 'svg']);

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/** `text` with every run of white space that contains a line break turned into one space. */
export const collapse = (text) => text.replace(/[ \t]*\r?\n\s*/g, ' ');

export function minifyTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          if (raw !== quasi.value.raw) throw new Error(`${id}: unexpected template position`);
          const min = collapse(raw);
          if (min !== raw) edits.push([quasi.start, quasi.end, min]);
        }
      });
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
