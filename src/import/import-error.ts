/** A mistake in what was asked (bad options, missing metadata, a file in the way): said to the user, no stack trace. */
export class ImportError extends Error {}
