/**
 * A reader may pipe the console or the CLI into `head`, which closes stdout early: that is the reader being done,
 * not an error, so the process ends quietly with 0 instead of a stack trace.
 */
export function exitQuietlyWhenStdoutCloses(stream: NodeJS.WriteStream = process.stdout): void {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
}
