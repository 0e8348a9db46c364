import * as actions from './commands/actions';
import * as convert from './commands/convert';
import * as exportReview from './commands/export';
import * as importEvents from './commands/import';
import * as lint from './commands/lint';
import * as metrics from './commands/metrics';
import * as newReview from './commands/new';
import { version } from '../../package.json';
import * as site from './commands/site';
import { EXIT_OK, EXIT_USAGE, processIo, UsageError, type CliIo } from './io';

interface Command {
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

const COMMANDS: Record<string, Command> = { lint, new: newReview, actions, metrics, export: exportReview, import: importEvents, convert, site };

const HELP = `pir: lint and report on post-incident reviews (*.pir.yaml)

${Object.values(COMMANDS).map((c) => c.usage).join('\n\n')}

pir <command> --help shows one command's usage; pir --version its version.
`;

const HELP_FLAGS = ['--help', '-h'];

/** Whether the arguments ask for help: a help flag before any `--` (after it, it would be a file name). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => HELP_FLAGS.includes(arg));
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || HELP_FLAGS.includes(name) || name === 'help') {
    // `pir help export` is `pir export --help`.
    const command = name === 'help' && args[0] !== undefined ? COMMANDS[args[0]] : undefined;
    io.stdout(command ? `${command.usage}\n` : HELP);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`pir: unknown command "${name}"\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (asksForHelp(args)) {
    io.stdout(`${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options.
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`pir ${name}: ${(error as Error).message}\n\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`pir ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}

if (require.main === module) {
  // A reader that stops early (`pir lint | head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT_OK);
  });
  main(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
