import { ApiFailure } from '../../libs/client/src/api-failure.js';
import { EXIT, type ExitCode } from './exit-codes.js';

// A failure the command reports in one line on stderr (and in --json output) and exits with.
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }

  // Any error, as the one line a person reads and the exit code a script branches on.
  static of(error: unknown): CliFailure {
    if (error instanceof CliFailure) return error;
    if (error instanceof ApiFailure) {
      const code = error.status === 0 || error.status >= 500 ? EXIT.UNAVAILABLE : EXIT.REFUSED;
      const suggestions = error.suggestions.length > 0 ? ` (${error.suggestions.join('; ')})` : '';
      return new CliFailure(`${error.message}${suggestions}`, code);
    }
    return new CliFailure(error instanceof Error ? error.message : String(error), EXIT.FAILURE);
  }
}
