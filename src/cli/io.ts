/** Where a CLI command reads and writes; tests pass their own to capture output. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 clean, 1 findings or items that fail the check, 2 usage or I/O errors. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A usage error: the command line itself is wrong. main() prints it and exits 2. */
export class UsageError extends Error {}

export const processIo: CliIo = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
