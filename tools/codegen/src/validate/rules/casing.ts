import type { Target } from '../../targets/target';
import { quote } from '../show-text';
import type { RuleInput, Row } from '../rule-input';
import { error, repeatsBy, type Rule, rowPlace, rowsWith, warning } from './rule';

type Named = Row & { name: string };

interface Collision {
  row: Named;
  first: Named;
  /** Member name -> the languages that spell both names that way. */
  spellings: Map<string, string[]>;
}

/** Two rules read the collisions; spelling every name in every language is the costly part, so it is done once per input. */
const collisionsByInput = new WeakMap<RuleInput, Collision[]>();

function casingCollisions(input: RuleInput): Collision[] {
  let collisions = collisionsByInput.get(input);
  if (collisions === undefined) collisionsByInput.set(input, (collisions = findCasingCollisions(input)));
  return collisions;
}

const spellingsByInput = new WeakMap<RuleInput, Map<Target, Map<Named, string>>>();

/** The member `target` declares for the row, spelt once per input, whichever rule asks first. */
function memberOf(input: RuleInput, target: Target, row: Named): string {
  let byTarget = spellingsByInput.get(input);
  if (byTarget === undefined) spellingsByInput.set(input, (byTarget = new Map()));
  let byRow = byTarget.get(target);
  if (byRow === undefined) byTarget.set(target, (byRow = new Map()));
  let member = byRow.get(row);
  if (member === undefined) byRow.set(row, (member = target.memberName(row.name, input.packages!)));
  return member;
}

/** Pairs of distinct names that at least one language spells the same, e.g. HTTP_2_ERROR and HTTP2_ERROR (`Http2Error`). */
function findCasingCollisions(input: RuleInput): Collision[] {
  if (input.packages === undefined) return [];
  const named = collisionCandidates(input);
  const byPair = new Map<string, Collision>();
  for (const target of input.targets) {
    const spelt = (row: Named) => memberOf(input, target, row);
    for (const { row, first } of repeatsBy(named, spelt)) {
      if (row.name === first.name) continue;
      const key = `${first.index}:${row.index}`;
      const collision = byPair.get(key) ?? { row, first, spellings: new Map<string, string[]>() };
      const member = spelt(row);
      collision.spellings.set(member, [...(collision.spellings.get(member) ?? []), target.label]);
      byPair.set(key, collision);
    }
  }
  return [...byPair.values()];
}

/**
 * The rows whose names a language might spell alike. Every target's member is the name's words re-cased, plus at
 * most a trailing `_` or backticks (a test holds every target to this), so two names spelt alike have the same
 * letters and digits once the underscores go. Only rows that share them need spelling here; at 10,000 codes that
 * saves four passes of 10,000 spellings, which the views make anyway.
 */
function collisionCandidates(input: RuleInput): Named[] {
  const candidates = new Set<Named>();
  for (const { row, first } of sameLettersAndDigits(input)) candidates.add(first).add(row);
  return rowsWith(input.rows, 'name').filter((row) => candidates.has(row));
}

const sameLettersByInput = new WeakMap<RuleInput, { row: Named; first: Named }[]>();

/** Rows whose names are the same once the underscores go, each with the first such row; both rules below read it. */
function sameLettersAndDigits(input: RuleInput): { row: Named; first: Named }[] {
  let repeats = sameLettersByInput.get(input);
  if (repeats === undefined) sameLettersByInput.set(input, (repeats = repeatsBy(rowsWith(input.rows, 'name'), (row) => row.name.replaceAll('_', ''))));
  return repeats;
}

/** Two rows whose members in one language differ only in case, with the members' names. */
export interface CaseOnlyPair {
  row: Named;
  first: Named;
  members: [row: string, first: string];
}

/**
 * Distinct names whose members differ only in case in `target`, when its members are files (`membersAreFiles`), e.g.
 * PARAMETER_ERROR and PARAMETERERROR in Kotlin (`ParameterError`, `Parametererror`, each an object compiled to a class
 * file named after it): on a case-insensitive file system the two are one file. Such names have the same letters once
 * the underscores go.
 */
export function caseOnlyPairs(input: RuleInput, target: Target): CaseOnlyPair[] {
  if (input.packages === undefined || target.membersAreFiles !== true || !input.targets.includes(target)) return [];
  const pairs: CaseOnlyPair[] = [];
  for (const { row, first } of sameLettersAndDigits(input)) {
    const members: [string, string] = [memberOf(input, target, row), memberOf(input, target, first)];
    if (members[0] !== members[1] && members[0].toLowerCase() === members[1].toLowerCase()) pairs.push({ row, first, members });
  }
  return pairs;
}

function describeSpellings(spellings: Map<string, string[]>): string {
  return [...spellings].map(([member, labels]) => `\`${member}\` in ${labels.join(' and ')}`).join(', ');
}

/** Distinct names (exact repeats are uniqueNames' business) that would declare the same identifier twice. */
export const noCollisionAfterCasing: Rule = (input) =>
  casingCollisions(input).map(({ row, first, spellings }) =>
    error(
      'noCollisionAfterCasing',
      `/codes/${row.index}/name`,
      `${quote(row.name)} and ${quote(first.name)} (at ${rowPlace(input, first, 'name')}) both become ${describeSpellings(spellings)}`,
      'Rename one of them; names must stay distinct in every language',
    ),
  );

/**
 * A judgement call: STR_ING and STRING generate distinct identifiers but are easy to confuse. (Most such pairs, e.g.
 * TOKEN_EXPIRED and TOKENEXPIRED, are errors: their Kotlin objects differ only in case.)
 */
export const namesDifferByMoreThanUnderscores: Rule = (input) => {
  const pairsOfFiles = input.targets.flatMap((target) => caseOnlyPairs(input, target));
  const colliding = new Set([...casingCollisions(input), ...pairsOfFiles].map(({ row, first }) => `${first.index}:${row.index}`));
  return sameLettersAndDigits(input)
    .filter(({ row, first }) => row.name !== first.name && !colliding.has(`${first.index}:${row.index}`))
    .map(({ row, first }) =>
      warning(
        'namesDifferByMoreThanUnderscores',
        `/codes/${row.index}/name`,
        `${quote(row.name)} differs from ${quote(first.name)} (at ${rowPlace(input, first, 'name')}) only by underscores`,
        'Pick names that differ in words, not in underscores',
      ),
    );
};
