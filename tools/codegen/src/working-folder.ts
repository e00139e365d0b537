/**
 * `npm run codegen -- <args>` runs the CLI in the repository's root, while the paths among its arguments are written
 * from the folder npm was run in, which npm passes as INIT_CWD: the CLI works from there, so that
 * `cd schema/tables && npm run codegen -- validate xgpush-error-codes.json` finds the file. Other scripts (generate,
 * release) pass no path of the user's and keep the root. Undefined: stay where the process started.
 */
export function userFolder(environment: NodeJS.ProcessEnv): string | undefined {
  const folder = environment['INIT_CWD'];
  return environment['npm_lifecycle_event'] === 'codegen' && folder !== undefined && folder !== '' ? folder : undefined;
}
