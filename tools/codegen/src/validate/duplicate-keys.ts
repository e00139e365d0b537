import type { Node } from 'jsonc-parser';
import { type Finding, pointerOf } from './diagnostic';
import { quote } from './show-text';
import type { TextPositions } from './locate';
import { scanStructure } from './nesting';

/** The properties of an object grouped by key, in the order written (`Map.groupBy` needs Node 21). */
function propertiesByKey(object: Node): Map<string, Node[]> {
  const groups = new Map<string, Node[]>();
  for (const property of object.children ?? []) {
    const key: unknown = property.children?.[0]?.value;
    if (typeof key !== 'string') continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [property]);
    else group.push(property);
  }
  return groups;
}

function duplicateKey(positions: TextPositions, path: readonly (string | number)[], key: string, properties: readonly Node[]): Finding {
  const earlier = properties.slice(0, -1).map((property) => positions.lineColumn(property.offset).line);
  const times = properties.length === 2 ? 'twice' : `${properties.length} times`;
  return {
    severity: 'error',
    rule: 'noDuplicateKeys',
    pointer: pointerOf([...path, key]),
    atKey: true,
    message: `${quote(key)} is written ${times} in this object (also on line ${earlier.join(', ')}); JSON keeps only the last one`,
    hint: `Merge them into one ${quote(key)}, or delete the one you do not mean`,
  };
}

/**
 * Keys repeated within one object, which JSON parsers resolve silently by keeping the last value.
 * Reported at the last occurrence (the one the generator would use); only the kept values are searched further.
 */
function duplicateKeyFindings(positions: TextPositions, node: Node, path: readonly (string | number)[] = []): Finding[] {
  if (node.type === 'array') return (node.children ?? []).flatMap((item, index) => duplicateKeyFindings(positions, item, [...path, index]));
  if (node.type !== 'object') return [];
  return [...propertiesByKey(node)].flatMap(([key, properties]) => {
    const kept = properties.at(-1)?.children?.[1];
    const nested = kept === undefined ? [] : duplicateKeyFindings(positions, kept, [...path, key]);
    return properties.length > 1 ? [duplicateKey(positions, path, key, properties), ...nested] : nested;
  });
}

/** How many properties `text`, which must be strict JSON, writes: each has one colon, and no other colon is outside a string. */
export function propertiesWritten(text: string): number {
  return scanStructure(text, Infinity).properties;
}

/** How many properties a parsed value holds: of a key written twice in one object, the parser kept one. */
export function propertiesKept(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) for (const item of value) count += propertiesKept(item);
  // for...in lists exactly the own keys of what JSON.parse made, without allocating an array of them.
  else for (const key in value) count += 1 + propertiesKept((value as Record<string, unknown>)[key]);
  return count;
}

/**
 * Repeated keys, exactly as `duplicateKeyFindings` reports them. Comparing two counts tells whether the text repeats
 * a key anywhere, without the syntax tree the findings need; so the tree is built only for a table that does.
 */
export function repeatedKeyFindings(positions: TextPositions, json: unknown, written = propertiesWritten(positions.text)): Finding[] {
  if (written === propertiesKept(json)) return [];
  const root = positions.tree();
  return root === undefined ? [] : duplicateKeyFindings(positions, root);
}
