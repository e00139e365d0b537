import { type Node, type ParseError, parseTree, visit } from 'jsonc-parser';
import { type Diagnostic, type Finding, segmentsOf } from './diagnostic';
import { lineColumnAt, lineStarts } from './line-index';

/** Parses strict JSON keeping positions, so every finding can be reported at line:column of the file as written. */
export function parseWithPositions(text: string): { root: Node | undefined; syntaxErrors: ParseError[] } {
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return { root, syntaxErrors };
}

/** The most syntax errors collected: beyond them a file is not a table (they are reported at most one per line). */
export const maxSyntaxErrors = 1000;

const enough = new Error('enough syntax errors');

/**
 * The syntax errors `parseWithPositions` finds, up to `maxSyntaxErrors`, without building the tree: the parse stops
 * at the last one kept, so 64 MiB of garbage costs no more than a page of it.
 */
export function firstSyntaxErrors(text: string): ParseError[] {
  const errors: ParseError[] = [];
  const onError = (error: ParseError['error'], offset: number, length: number): void => {
    errors.push({ error, offset, length });
    if (errors.length >= maxSyntaxErrors) throw enough;
  };
  try {
    visit(text, { onError }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (cause) {
    if (cause !== enough) throw cause;
  }
  return errors;
}

/** Where things are in a table's text. */
export interface TextPositions {
  readonly text: string;
  /** The syntax tree with offsets. */
  tree(): Node | undefined;
  lineColumn(offset: number): { line: number; column: number };
}

/**
 * The positions in a table's text, each index built on first use: a valid table has nothing to locate, and the tree
 * of a large file takes longer to build than everything else validation does, and several times the file's memory.
 */
export function positionsIn(text: string, parsed?: Node): TextPositions {
  let tree = parsed;
  let starts: number[] | undefined;
  return {
    text,
    tree: () => (tree ??= parseWithPositions(text).root),
    lineColumn: (offset) => lineColumnAt((starts ??= lineStarts(text)), offset),
  };
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

export function locate(file: string, positions: TextPositions, finding: Finding): Diagnostic {
  const { atKey = false, ...rest } = finding;
  return { ...rest, file, ...positions.lineColumn(offsetOf(positions.tree(), finding.pointer, atKey)) };
}

/** The line of the value a pointer names: for messages that refer to a second place. */
export function lineOfPointer(positions: TextPositions, pointer: string): number {
  return positions.lineColumn(offsetOf(positions.tree(), pointer, false)).line;
}
