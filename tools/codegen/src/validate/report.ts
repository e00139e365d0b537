import { type Diagnostic, formatDiagnostic } from './diagnostic';
import { showText } from './show-text';

function count(number: number, noun: string): string {
  return `${number} ${noun}${number === 1 ? '' : 's'}`;
}

/**
 * The diagnostics as a maintainer reads them: grouped per file, in position order, each group ending with its count.
 *
 *     schema/t.json:41:7 /codes/12/name: "X" is used twice (also at /codes/7/name, line 52). Names must be unique; rename one.
 *     schema/t.json: 1 error, 0 warnings.
 *
 * `formatLine` formats each line: a vendor's Markdown page has no JSON pointer to show.
 */
export function formatReport(diagnostics: readonly Diagnostic[], formatLine: (diagnostic: Diagnostic) => string = formatDiagnostic): string {
  const files = [...new Set(diagnostics.map((diagnostic) => diagnostic.file))];
  return files
    .map((file) => {
      const own = diagnostics.filter((diagnostic) => diagnostic.file === file);
      const errors = own.filter((diagnostic) => diagnostic.severity === 'error').length;
      const lines = own.map((diagnostic) => formatLine(diagnostic));
      return [...lines, `${showText(file)}: ${count(errors, 'error')}, ${count(own.length - errors, 'warning')}.`].join('\n');
    })
    .join('\n\n');
}
