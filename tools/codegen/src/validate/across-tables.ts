import type { Model } from '../model/build-model';
import { targets } from '../targets/registry';
import type { Target } from '../targets/target';
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

/** A name one table's package takes: its unique coordinate's value, or a name derived from it (`role` says which). */
interface TakenName {
  model: Model;
  field: string;
  value: string;
  role?: string;
}

/**
 * The names a table's unique coordinates take in a target's shared namespace, the values themselves first, then the
 * names derived from them (SwiftPM's `<module>Tests` target). The fuzzer keeps the tables of one build apart by them.
 */
export function namesTaken(target: Target, model: Model): { name: string; taken: TakenName }[] {
  const coordinates = (model.packages as unknown as Record<string, Record<string, unknown>>)[target.id]!;
  return target.coordinates.unique.flatMap((field) => {
    const value = String(coordinates[field]);
    const derived = target.coordinates.derivedNames?.[field]?.(value) ?? [];
    return [{ name: value, taken: { model, field, value } }, ...derived.map(({ name, role }) => ({ name, taken: { model, field, value, role } }))];
  });
}

function takenBy(taken: TakenName, target: Target): string {
  const coordinate = `the ${target.label} ${taken.field} of table ${quote(taken.model.id)} (${taken.model.tableFile})`;
  return taken.role === undefined ? coordinate : `the ${taken.role} that ${quote(taken.value)}, ${coordinate}, declares`;
}

function collision(name: string, mine: TakenName, first: TakenName, target: Target): Finding {
  const subject = mine.role === undefined ? quote(name) : `${quote(mine.value)} declares the ${mine.role} ${quote(name)}, which`;
  const message = `${subject} is also ${takenBy(first, target)}; two packages cannot share it`;
  return { severity: 'error', rule: 'uniqueAcrossTables', pointer: `/packages/${target.id}/${mine.field}`, message, hint: `Set packages.${target.id}.${mine.field} to a value of this table's own, or, if this table should keep it, set the one in ${first.model.tableFile}` };
}

/** Coordinates a target declares unique (and the names they take), shared by two tables: the second one's is the error. */
function sharedCoordinates(models: readonly Model[], tables: ReadonlyMap<string, TableText>): Diagnostic[] {
  return targets.flatMap((target: Target) => {
    const firstByName = new Map<string, TakenName>();
    return models.flatMap((model) => {
      if (!model.targets.includes(target)) return [];
      const names = namesTaken(target, model);
      const clash = names.find(({ name }) => firstByName.has(name));
      for (const { name, taken } of names) if (!firstByName.has(name)) firstByName.set(name, taken);
      return clash === undefined ? [] : [located(tables.get(model.id)!, collision(clash.name, clash.taken, firstByName.get(clash.name)!, target))];
    });
  });
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
