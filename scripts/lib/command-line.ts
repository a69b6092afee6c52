/**
 * The start every maintainer command shares: parse the arguments, answer --help, and turn bad
 * arguments into one `error:` line followed by the usage line and exit 2, never a stack trace.
 * Kept in one place so that import, capture, watch, figures and deploy report alike.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface CommandSpec<T extends ParseArgsOptionsConfig> {
  /** One line naming the command's form, printed under every argument error. */
  usage: string;
  /** The whole --help text; a command without one has no --help. */
  help?: string;
  options: T;
  /** Whether the command takes files or addresses after its options. */
  positionals?: boolean;
}

/** Prints `error: <message>` and the usage line, then exits 2: how every argument error ends. */
export function failWith(usage: string): (message: string) => never {
  return (message: string): never => {
    console.error(`error: ${message}\n${usage}`);
    process.exit(2);
  };
}

/** node:util's parse error as one line. */
const oneLine = (e: unknown) => (e as Error).message.replace(/\s+/g, ' ').trim();

/** node:util's parse error as one line, with how to write values and files that start with "-". */
function parseErrorLine(e: unknown): string {
  return `${oneLine(e)}. A value that starts with "-" is written --title=---; a file named -x.txt is written ./-x.txt`;
}

export function commandLine<T extends ParseArgsOptionsConfig>(spec: CommandSpec<T>) {
  // Annotated, so that TypeScript knows code after a call to it does not run.
  const fail: Fail = failWith(spec.usage);
  const options = spec.help === undefined ? spec.options : { ...spec.options, help: { type: 'boolean', short: 'h' } as const };
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: spec.positionals ?? false, strict: true, options: options as T });
  } catch (e) {
    // Only commands that take files can be handed a name that looks like a flag.
    fail(spec.positionals ? parseErrorLine(e) : oneLine(e));
  }
  if (spec.help !== undefined && (parsed.values as Record<string, unknown>).help) {
    console.log(spec.help);
    process.exit(0);
  }
  return { values: parsed.values, positionals: parsed.positionals, fail };
}

/**
 * What a command's own checks call on a bad value. A command binds it with this type
 * (`const fail: Fail = cli.fail`): TypeScript treats only an annotated binding as never returning.
 */
export type Fail = (message: string) => never;
