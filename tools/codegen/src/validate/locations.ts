import { type JSONPath, visit } from 'jsonc-parser';

export interface Location {
  /** The path to the value being read at the offset. */
  path: JSONPath;
  /** The offset lies where a property name is expected or written. */
  isAtPropertyKey: boolean;
}

const answered = new Error('every offset is located');

/**
 * `getLocation(text, offset)` of jsonc-parser (its path and isAtPropertyKey) for many offsets, in one pass over the
 * text instead of one pass each: a file with two thousand syntax errors took a minute. The visitor below is the one of
 * `getLocation`, with its early returns turned into recording the location of every offset that would stop there.
 */
export function locationsAt(text: string, offsets: readonly number[]): Location[] {
  const locations = new Array<Location>(offsets.length);
  const pending = offsets.map((_, index) => index).sort((a, b) => offsets[a]! - offsets[b]!);
  let next = 0;
  const segments: JSONPath = [];
  let afterPropertyName = false;
  let isAtPropertyKey = false;
  /** Records the location of the pending offsets that would stop `getLocation` here. */
  const stopWhile = (stops: (offset: number) => boolean): void => {
    for (; next < pending.length && stops(offsets[pending[next]!]!); next += 1) locations[pending[next]!] = { path: [...segments], isAtPropertyKey };
    // Every offset is answered: the rest of the text (of a large file that is not JSON, say) need not be read.
    if (next === pending.length) throw answered;
  };
  try {
    visitOffsets();
  } catch (cause) {
    if (cause !== answered) throw cause;
  }
  return locations;

  function visitOffsets(): void {
    visit(text, {
      onObjectBegin: (offset) => {
        stopWhile((position) => position <= offset);
        afterPropertyName = false;
        isAtPropertyKey = true;
        segments.push('');
      },
      onObjectProperty: (name, offset, length) => {
        stopWhile((position) => position < offset);
        afterPropertyName = true;
        segments[segments.length - 1] = name;
        stopWhile((position) => position <= offset + length);
      },
      onObjectEnd: (offset) => {
        stopWhile((position) => position <= offset);
        afterPropertyName = false;
        segments.pop();
      },
      onArrayBegin: (offset) => {
        stopWhile((position) => position <= offset);
        afterPropertyName = false;
        segments.push(0);
      },
      onArrayEnd: (offset) => {
        stopWhile((position) => position <= offset);
        afterPropertyName = false;
        segments.pop();
      },
      onLiteralValue: (_value, offset, length) => {
        stopWhile((position) => position < offset);
        afterPropertyName = false;
        stopWhile((position) => position <= offset + length);
      },
      onSeparator: (separator, offset) => {
        stopWhile((position) => position <= offset);
        if (separator === ':' && afterPropertyName) {
          isAtPropertyKey = false;
          afterPropertyName = false;
        } else if (separator === ',') {
          const last = segments.at(-1);
          if (typeof last === 'number') segments[segments.length - 1] = last + 1;
          else {
            isAtPropertyKey = true;
            segments[segments.length - 1] = '';
          }
          afterPropertyName = false;
        }
      },
    });
    stopWhile(() => true);
  }
}
