import type { Model } from '../model/build-model';
import { targets } from '../targets/registry';
import { type Finding, type Diagnostic } from './diagnostic';
import { locate, parseWithPositions, positionsIn } from './locate';
import { quote } from './show-text';

/** A table as the checks across tables see it: where it is and what it says. */
interface TableText {
  id: string;
  file: string;
  text: string;
}

function located(table: TableText, finding: Finding): Diagnostic {
  return locate(table.file, positionsIn(table.text, parseWithPositions(table.text).root), finding);
}

/** Coordinates a target declares unique, shared by two tables: the second one's is the error. */
function sharedCoordinates(models: readonly Model[], tables: ReadonlyMap<string, TableText>): Diagnostic[] {
  return targets.flatMap((target) =>
    target.coordinates.unique.flatMap((field) => {
      const firstById = new Map<string, Model>();
      return models.flatMap((model) => {
        if (!model.targets.includes(target)) return [];
        const value = String((model.packages as unknown as Record<string, Record<string, unknown>>)[target.id]![field]);
        const first = firstById.get(value);
        if (first === undefined) return (firstById.set(value, model), []);
        const message = `${quote(value)} is also the ${target.label} ${field} of table ${quote(first.id)} (${first.tableFile}); two packages cannot share it`;
        const finding: Finding = { severity: 'error', rule: 'uniqueAcrossTables', pointer: `/packages/${target.id}/${field}`, message, hint: `Set packages.${target.id}.${field} to a value of this table's own` };
        return [located(tables.get(model.id)!, finding)];
      });
    }),
  );
}

/** The tables of one repository are published from it: a table naming another repository is a mistake. */
function sameRepository(models: readonly Model[], tables: ReadonlyMap<string, TableText>): Diagnostic[] {
  const first = models[0];
  return models
    .filter((model) => model.repository !== first!.repository)
    .map((model) => {
      const message = `${quote(model.repository)} differs from ${quote(first!.repository)}, the repository of table ${quote(first!.id)}; the tables are published from one repository`;
      return located(tables.get(model.id)!, { severity: 'error', rule: 'sameRepository', pointer: '/repository', message, hint: 'Write the same repository in every table' });
    });
}

/** What no single table can show: coordinates two tables share, repositories that differ. Run on valid tables. */
export function checkAcrossTables(models: readonly Model[], sources: readonly TableText[]): Diagnostic[] {
  const tables = new Map(sources.map((source) => [source.id, source]));
  return [...sharedCoordinates(models, tables), ...sameRepository(models, tables)];
}
