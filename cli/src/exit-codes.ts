// What `datagen` exits with, so scripts can tell failures apart. Documented in the README.
export const EXIT = {
  OK: 0,
  // Anything not listed below: a bug, an unexpected answer.
  FAILURE: 1,
  // The command line itself: an unknown option, a missing argument, a file that cannot be read.
  USAGE: 2,
  // The server refused the request (a 4xx in the document's error shape).
  REFUSED: 3,
  // The server could not be reached, or answered 5xx.
  UNAVAILABLE: 4,
  // A job ended failed or cancelled, or a file's bytes did not match.
  JOB_FAILED: 5,
  // The database could not be reached or refused the data.
  DATABASE: 6,
  // Ctrl-C: the job was cancelled (128 + SIGINT, as shells report it).
  INTERRUPTED: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
