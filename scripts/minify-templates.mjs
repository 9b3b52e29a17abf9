// A rollup plugin for the script-tag builds: strips the indentation and comments out of Lit's
// css`` and html`` templates, which terser leaves as they are written.
import ts from 'typescript';

/** CSS: no comments, no line breaks, no spaces around punctuation that does not need them. */
const css = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:(,/])0\.(\d)/g, '$1.$2');

/** HTML: indentation between tags goes; any other run of white space becomes one space. */
const html = (text) => text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)\s*`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (
          ts.isTaggedTemplateExpression(node) &&
          ts.isIdentifier(node.tag) &&
          (node.tag.text === 'css' || node.tag.text === 'html')
        ) {
          const shrink = node.tag.text === 'css' ? css : html;
          const template = node.template;
          const pieces = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const piece of pieces) {
            // The raw text between the backtick or `}` and the backtick or `${`.
            const start = piece.getStart(source) + 1;
            const end =
              piece.getEnd() -
              (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
            edits.push({start, end, text: shrink(code.slice(start, end))});
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let result = code;
      for (const {start, end, text} of edits.sort((a, b) => b.start - a.start))
        result = result.slice(0, start) + text + result.slice(end);
      return {code: result, map: null};
    },
  };
}
