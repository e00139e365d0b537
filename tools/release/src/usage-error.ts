/** A mistake in how the command was called (exit code 2), as opposed to a failed check or an unreadable input. */
export class UsageError extends Error {}
