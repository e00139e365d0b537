import type { Node } from 'jsonc-parser';
import { type Finding, pointerOf, quote } from './diagnostic';
import { lineColumn } from './locate';

/** The properties of an object grouped by key, in the order written (`Map.groupBy` needs Node 21). */
function propertiesByKey(object: Node): Map<string, Node[]> {
  const groups = new Map<string, Node[]>();
  for (const property of object.children ?? []) {
    const key: unknown = property.children?.[0]?.value;
    if (typeof key === 'string') groups.set(key, [...(groups.get(key) ?? []), property]);
  }
  return groups;
}

function duplicateKey(text: string, path: readonly (string | number)[], key: string, properties: readonly Node[]): Finding {
  const earlier = properties.slice(0, -1).map((property) => lineColumn(text, property.offset).line);
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
export function duplicateKeyFindings(text: string, node: Node, path: readonly (string | number)[] = []): Finding[] {
  if (node.type === 'array') return (node.children ?? []).flatMap((item, index) => duplicateKeyFindings(text, item, [...path, index]));
  if (node.type !== 'object') return [];
  return [...propertiesByKey(node)].flatMap(([key, properties]) => {
    const kept = properties.at(-1)?.children?.[1];
    const nested = kept === undefined ? [] : duplicateKeyFindings(text, kept, [...path, key]);
    return properties.length > 1 ? [duplicateKey(text, path, key, properties), ...nested] : nested;
  });
}
