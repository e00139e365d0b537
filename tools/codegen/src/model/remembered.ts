/**
 * `convert`, remembering its results: every target converts every name and formats every text, and validation
 * converts the names again; a table of 100,000 codes would do each a dozen times. The memory is bounded, so a
 * long-lived process that reads many tables does not grow without end. Results are shared: callers never change them.
 */
export function remembered<T>(convert: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let converted = cache.get(text);
    if (converted === undefined) {
      if (cache.size >= 1 << 20) cache.clear();
      converted = convert(text);
      cache.set(text, converted);
    }
    return converted;
  };
}
