import { type Node, type ParseError, parseTree } from 'jsonc-parser';
import { type Diagnostic, type Finding, segmentsOf } from './diagnostic';

/** Parses strict JSON keeping positions, so every finding can be reported at line:column of the file as written. */
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

/** The value under `node` at one pointer segment; of a repeated key the last, which is the one JSON parsers keep. */
function childAt(node: Node, segment: string): Node | undefined {
  if (node.type === 'array') return /^(0|[1-9]\d*)$/.test(segment) ? node.children?.[Number(segment)] : undefined;
  if (node.type !== 'object') return undefined;
  return node.children?.findLast((property) => property.children?.[0]?.value === segment)?.children?.[1];
}

/** The node a pointer names, or its nearest ancestor that exists (a missing property is reported on its object). */
function nearestNode(root: Node, pointer: string): { node: Node; exact: boolean } {
  const segments = segmentsOf(pointer);
  let node = root;
  for (const segment of segments) {
    const child = childAt(node, segment);
    if (child === undefined) return { node, exact: false };
    node = child;
  }
  return { node, exact: true };
}

function offsetOf(root: Node | undefined, pointer: string, atKey: boolean): number {
  if (root === undefined) return 0;
  const { node, exact } = nearestNode(root, pointer);
  const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return atKey && exact && keyNode !== undefined ? keyNode.offset : node.offset;
}

export function locate(file: string, text: string, root: Node | undefined, finding: Finding): Diagnostic {
  const { atKey = false, ...rest } = finding;
  return { ...rest, file, ...lineColumn(text, offsetOf(root, finding.pointer, atKey)) };
}

/** The line of the value a pointer names: for messages that refer to a second place. */
export function lineOfPointer(text: string, root: Node, pointer: string): number {
  return lineColumn(text, offsetOf(root, pointer, false)).line;
}
