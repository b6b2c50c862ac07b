// The bench server's process, seen from /proc: which process listens, its memory and CPU time.
import fs from "node:fs";
import { sleep } from "./stats";

/** The process holding the listening socket: the spawned one or one of its descendants. */
export function listeningPid(rootPid: number, port: number): number {
  const portHex = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${portHex}`) && fields[3] === "0A") inodes.add(`socket:[${fields[9]}]`);
    }
  }
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const family = [rootPid];
  for (let i = 0; i < family.length; i++)
    for (const [pid, parent] of parents) if (parent === family[i]) family.push(pid);
  for (const pid of family) {
    for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
      try {
        if (inodes.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  throw new Error(`no process of ${rootPid}'s family listens on port ${port}`);
}

export function procMemory(pid: number): { rssKb: number; hwmKb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssKb: kb("VmRSS"), hwmKb: kb("VmHWM") };
}

/** RSS after a forced full GC in the server (SIGUSR2, see server.ts) and two seconds of quiet;
 * summed over several servers (the instances part). */
export async function settledMemory(pids: number | number[]): Promise<{ rssKb: number; hwmKb: number }> {
  const all = [pids].flat();
  await sleep(1000);
  for (const pid of all) process.kill(pid, "SIGUSR2");
  await sleep(2000);
  const each = all.map(procMemory);
  return {
    rssKb: each.reduce((sum, m) => sum + m.rssKb, 0),
    hwmKb: each.reduce((sum, m) => sum + m.hwmKb, 0),
  };
}

export const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time used by the process (or processes) so far (user + system), in clock ticks. */
export function cpuTicks(pids: number | number[]): number {
  return [pids].flat().reduce((sum, pid) => {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return sum + Number(fields[11]) + Number(fields[12]);
  }, 0);
}

export function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}
