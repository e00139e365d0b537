import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type Diagnostic, type Finding, segmentsOf } from './diagnostic';

/** Parses JSON keeping positions, so every finding can be reported at line:column of the file as written. */
export function parseWithPositions(text: string): { root: Node | undefined; syntaxErrors: ParseError[] } {
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return { root, syntaxErrors };
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of the value (or key) a pointer names; the nearest existing ancestor when it does not exist. */
function offsetOf(root: Node | undefined, pointer: string, atKey: boolean): number {
  if (root === undefined) return 0;
  const segments: (string | number)[] = segmentsOf(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let depth = segments.length; depth >= 0; depth -= 1) {
    const node = findNodeAtLocation(root, segments.slice(0, depth));
    if (node === undefined) continue;
    const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return atKey && keyNode && depth === segments.length ? keyNode.offset : node.offset;
  }
  return root.offset;
}

export function locate(file: string, text: string, root: Node | undefined, finding: Finding): Diagnostic {
  const { atKey = false, ...rest } = finding;
  return { ...rest, file, ...lineColumn(text, offsetOf(root, finding.pointer, atKey)) };
}

export function syntaxDiagnostic(file: string, text: string, error: ParseError): Diagnostic {
  const what = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return {
    severity: 'error',
    rule: 'json',
    pointer: '',
    message: `JSON syntax error: ${what}`,
    hint: 'The table is strict JSON: no comments, no trailing commas, double-quoted keys and strings',
    file,
    ...lineColumn(text, error.offset),
  };
}
