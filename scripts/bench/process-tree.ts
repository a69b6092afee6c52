/**
 * Runs a command and samples its whole process tree from /proc every 200 ms: the peak resident
 * memory of the largest single process (VmHWM, which the kernel keeps as a high-water mark, so a
 * sample shortly before a process exits still sees its peak) and the CPU time of all of them.
 * GNU time cannot do this here: Pagefind's indexing binary is a grandchild that is killed rather
 * than reaped by its parent, so its usage never reaches the rusage GNU time reads.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeUsage {
  wallS: number;
  cpuS: number;
  peakMB: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

const TICK = 100; // USER_HZ on Linux

function snapshot(): Map<number, { ppid: number; cpu: number; hwmKB: number }> {
  const out = new Map<number, { ppid: number; cpu: number; hwmKB: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
      out.set(Number(name), { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]), hwmKB: hwm ? Number(hwm[1]) : 0 });
    } catch {
      // the process ended between listing and reading
    }
  }
  return out;
}

export function runMeasured(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<TreeUsage> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout = (stdout + d).slice(-20000)));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20000)));
    const tree = new Set<number>([child.pid!]);
    const cpu = new Map<number, number>();
    let peakKB = 0;
    const sample = () => {
      const procs = snapshot();
      for (let grew = true; grew; ) {
        grew = false;
        for (const [pid, p] of procs) if (!tree.has(pid) && tree.has(p.ppid)) (tree.add(pid), (grew = true));
      }
      for (const pid of tree) {
        const p = procs.get(pid);
        if (!p) continue;
        cpu.set(pid, p.cpu);
        peakKB = Math.max(peakKB, p.hwmKB);
      }
    };
    const timer = setInterval(sample, 200);
    sample();
    child.on('close', (status) => {
      clearInterval(timer);
      const ticks = [...cpu.values()].reduce((a, b) => a + b, 0);
      resolve({ wallS: +((Date.now() - started) / 1000).toFixed(1), cpuS: +(ticks / TICK).toFixed(1), peakMB: Math.round(peakKB / 1024), status, stdout, stderr });
    });
  });
}
