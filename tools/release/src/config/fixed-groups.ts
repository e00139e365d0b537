/** The packages Changesets must version together: one table's, one per language it is generated into. */
export interface TableGroup {
  tableId: string;
  names: readonly string[];
}

/** One way `.changeset/config.json` disagrees with the tables; `tableId` when it concerns one table's group. */
export interface GroupProblem {
  tableId?: string;
  message: string;
}

const list = (names: readonly string[]): string => names.map((name) => JSON.stringify(name)).join(', ');

function problemsOfTable(expected: TableGroup, configured: readonly (readonly string[])[], owner: ReadonlyMap<string, string>): GroupProblem[] {
  const { tableId, names } = expected;
  const matching = configured.filter((group) => group.some((name) => names.includes(name)));
  if (matching.length === 0) return [{ tableId, message: `Table ${tableId} has no fixed group; add [${list(names)}].` }];
  if (matching.length > 1) return [{ tableId, message: `The packages of table ${tableId} are split across ${matching.length} fixed groups; merge them into one: [${list(names)}].` }];
  const group = matching[0]!;
  const missing = names.filter((name) => !group.includes(name));
  const extra = group.filter((name) => !names.includes(name));
  const lines = [
    ...(missing.length === 0 ? [] : [`lacks ${list(missing)}`]),
    ...extra.map((name) => {
      const other = owner.get(name);
      return `also names ${JSON.stringify(name)}, ${other === undefined ? 'a package of no table: remove it' : `a package of table ${other}: a table's group holds only its own packages`}`;
    }),
  ];
  return lines.length === 0 ? [] : [{ tableId, message: `The fixed group of table ${tableId} ${lines.join('; ')}.` }];
}

/**
 * Checks the `fixed` groups of `.changeset/config.json` against the tables: exactly one group per table, holding
 * exactly that table's packages, and no other group (one left from a removed table or language is stale). Changesets
 * itself would silently version an ungrouped package on its own line, or keep bumping packages no longer generated.
 */
export function fixedGroupProblems(configured: readonly (readonly string[])[], expected: readonly TableGroup[]): GroupProblem[] {
  const owner = new Map(expected.flatMap(({ tableId, names }) => names.map((name) => [name, tableId] as const)));
  const stale = configured
    .filter((group) => group.every((name) => !owner.has(name)))
    .map((group): GroupProblem => ({ message: `The fixed group [${list(group)}] names no package of any table (a table or language removed?); remove it.` }));
  return [...expected.flatMap((table) => problemsOfTable(table, configured, owner)), ...stale];
}

/** The `fixed` value that matches the tables, as it would sit in config.json. */
export function fixedGroupsJson(expected: readonly TableGroup[]): string {
  return JSON.stringify(expected.map((group) => group.names), null, 2);
}
