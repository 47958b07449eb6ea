/**
 * Timing and memory of child processes: wall time from the parent, peak
 * resident memory from GNU time (`/usr/bin/time -v`, "Maximum resident set
 * size": the largest process of the tree, which is what a CI runner's memory
 * limit meets), or, without GNU time, by sampling the process tree's VmRSS in
 * /proc every 50 ms.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const GNU_TIME = '/usr/bin/time';

export interface RunResult {
  wallMs: number;
  /** Peak resident set size in bytes (null when it could not be measured). */
  peakRss: number | null;
  /** CPU seconds (user + system) of the command and its children, from GNU time. */
  cpuSeconds: number | null;
  /**
   * Share of the machine's CPU capacity (all cores, over the run's wall time)
   * used by processes other than the command: noise from anything else
   * running. Null when it could not be measured.
   */
  otherCpuShare: number | null;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

let gnuTime: boolean | undefined;
/** True when /usr/bin/time is GNU time with `-v`. */
export async function hasGnuTime(): Promise<boolean> {
  if (gnuTime === undefined) {
    gnuTime = existsSync(GNU_TIME) && (await spawnCollect(GNU_TIME, ['-v', 'true'], { cwd: tmpdir() })).stderr.includes('Maximum resident set size');
  }
  return gnuTime;
}

/** Runs a command and measures its wall time and peak memory. */
export async function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  if (await hasGnuTime()) {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-bench-time-'));
    const out = join(dir, 'time.txt');
    try {
      const monitor = watchOtherProcesses();
      const result = await spawnCollect(GNU_TIME, ['-v', '-o', out, command, ...args], options, monitor);
      const report = existsSync(out) ? readFileSync(out, 'utf8') : '';
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
      const user = /User time \(seconds\): ([\d.]+)/.exec(report);
      const system = /System time \(seconds\): ([\d.]+)/.exec(report);
      const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : null;
      return { ...result, peakRss: kb ? Number(kb[1]) * 1024 : null, cpuSeconds };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return spawnCollect(command, args, options, watchOtherProcesses(), true);
}

async function spawnCollect(command: string, args: readonly string[], options: RunOptions, monitor?: OtherProcesses, sampleRss = false): Promise<RunResult> {
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peak = 0;
  const timer =
    child.pid && (monitor || sampleRss)
      ? setInterval(() => {
          const snapshot = readProcesses();
          if (!snapshot) return;
          monitor?.sample(snapshot, child.pid!);
          if (sampleRss) peak = Math.max(peak, treeRss(snapshot, child.pid!));
        }, 250)
      : undefined;
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallMs = performance.now() - start;
  if (timer) clearInterval(timer);
  const other = monitor?.cpuSeconds() ?? null;
  return {
    wallMs,
    peakRss: sampleRss ? peak || null : null,
    cpuSeconds: null,
    otherCpuShare: other === null ? null : other / ((wallMs / 1000) * cpus().length),
    exitCode,
    stdout,
    stderr,
  };
}

/** A long-running command started by `startWatched`: its output so far, and a way to stop it. */
export interface Watched {
  pid: number;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  /** Resolves with the exit code if the command ends by itself. */
  exited: Promise<number>;
  /**
   * Stops the command and its children (SIGTERM to its process group, SIGKILL
   * after 10 s) and returns its wall time, the peak of its process tree's
   * summed VmRSS and the share of the CPU other processes took meanwhile.
   */
  stop(): Promise<Pick<RunResult, 'wallMs' | 'peakRss' | 'otherCpuShare'>>;
}

/**
 * Starts a command that runs until stopped (a dev server) in its own process
 * group, sampling its process tree's memory and the other processes' CPU
 * every 250 ms.
 */
export function startWatched(command: string, args: readonly string[], options: RunOptions): Watched {
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const monitor = watchOtherProcesses();
  let peak = 0;
  const timer = setInterval(() => {
    const snapshot = readProcesses();
    if (!snapshot || !child.pid) return;
    monitor.sample(snapshot, child.pid);
    peak = Math.max(peak, treeRss(snapshot, child.pid));
  }, 250);
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      // The negative pid: the group this command leads (detached), so its children stop with it.
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  return {
    pid: child.pid!,
    output: () => output,
    exited,
    stop: async () => {
      const wallMs = performance.now() - start;
      clearInterval(timer);
      signalGroup('SIGTERM');
      const killer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
      await exited.catch(() => 1);
      clearTimeout(killer);
      const other = monitor.cpuSeconds();
      return { wallMs, peakRss: peak || null, otherCpuShare: other === null ? null : other / ((wallMs / 1000) * cpus().length) };
    },
  };
}

interface ProcessInfo {
  ppid: number;
  /** utime + stime in ticks. */
  cpu: number;
}

/** Every process's parent and CPU time, from /proc/<pid>/stat; null off Linux. */
function readProcesses(): Map<number, ProcessInfo> | null {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return null;
  }
  const out = new Map<number, ProcessInfo>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // After the command: state(0) ppid(1) … utime(11) stime(12).
      out.set(Number(name), { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

function descendants(processes: Map<number, ProcessInfo>, root: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, info] of processes) children.set(info.ppid, [...(children.get(info.ppid) ?? []), pid]);
  const out = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    out.add(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** The summed VmRSS of a process and its descendants, in bytes. */
function treeRss(processes: Map<number, ProcessInfo>, root: number): number {
  let total = 0;
  for (const pid of descendants(processes, root)) {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += kb ? Number(kb[1]) * 1024 : 0;
    } catch {
      // Gone.
    }
  }
  return total;
}

interface OtherProcesses {
  sample(processes: Map<number, ProcessInfo>, root: number): void;
  /** CPU seconds used meanwhile by processes outside the measured tree and this one; null if never sampled. */
  cpuSeconds(): number | null;
}

/**
 * Noise from other work on the machine: between samples, the CPU time of every
 * process that is neither the measured command (with its descendants) nor
 * this benchmark. Short-lived processes between two samples are missed.
 */
function watchOtherProcesses(): OtherProcesses {
  let previous: Map<number, ProcessInfo> | null = null;
  let ticks = 0;
  let samples = 0;
  return {
    sample(processes, root) {
      const ours = descendants(processes, root);
      ours.add(process.pid);
      if (previous) {
        for (const [pid, info] of processes) {
          const before = previous.get(pid);
          if (before && !ours.has(pid)) ticks += Math.max(0, info.cpu - before.cpu);
        }
      }
      previous = processes;
      samples++;
    },
    cpuSeconds: () => (samples > 1 ? ticks / TICKS_PER_SECOND : null),
  };
}

/** Linux reports /proc/stat in USER_HZ ticks, 100 a second on every common platform. */
const TICKS_PER_SECOND = 100;

/** Busy CPU ticks of the whole machine since boot (all cores), from /proc/stat; null elsewhere. */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    const busy = user + nice + system + irq + softirq + steal;
    return { busy, total: busy + idle + iowait };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine is quiet (less than `threshold` of its CPU busy over
 * a second), at most `maxSeconds`; returns the busy share last seen. Timings
 * on a machine shared with other work are noise, so every timed run waits.
 */
export async function waitForQuiet(threshold = 0.15, maxSeconds = 300, onWait?: (busy: number) => void): Promise<number | null> {
  const deadline = Date.now() + maxSeconds * 1000;
  for (;;) {
    const before = cpuTicks();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuTicks();
    if (!before || !after) return null;
    const busy = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    if (busy < threshold || Date.now() > deadline) return busy;
    onWait?.(busy);
    await new Promise((resolve) => setTimeout(resolve, 4000));
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
