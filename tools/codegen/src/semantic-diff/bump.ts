/** Semver bumps, weakest first. */
export const bumps = ['patch', 'minor', 'major'] as const;

export type Bump = (typeof bumps)[number];

/** -1 for no bump, so any bump outranks none. */
export function bumpRank(bump: Bump | undefined): number {
  return bump === undefined ? -1 : bumps.indexOf(bump);
}

export function strongestBump(list: readonly (Bump | undefined)[]): Bump | undefined {
  return list.reduce<Bump | undefined>((strongest, bump) => (bumpRank(bump) > bumpRank(strongest) ? bump : strongest), undefined);
}

/** The bump that turned `from` into `to`: `1.2.3` -> `2.0.0` is major, `1.2.3` -> `1.2.3` is none. */
export function bumpBetween(from: string, to: string): Bump | undefined {
  const [a, b] = [from, to].map((version) => version.split(/[.+-]/).slice(0, 3).map(Number));
  const index = [0, 1, 2].find((part) => a![part] !== b![part]);
  return index === undefined ? undefined : bumps[2 - index];
}
