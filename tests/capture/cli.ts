/** Runs capture, import and watch as a maintainer would, without blocking this process (the test servers live in it). */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers.ts';

const run = promisify(execFile);

export async function cli(script: 'capture' | 'import' | 'watch', args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [join(ROOT, `scripts/${script}.ts`), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { status: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

export const FETCH_ARGS = ['--contact', 'test@example.org', '--delay', '0.02', '--backoff', '0.02', '--retries', '1', '--connect-timeout', '1', '--body-timeout', '2'];

