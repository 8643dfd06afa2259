// Where the CPU goes during a bench:load cell: cores busy (CPU seconds per wall second) of the app instances, the
// load balancer, the primary PostgreSQL's backends of the benchmark's database, the read replica's cluster, this
// process (autocannon), and everything else on the machine, from /proc (Linux). Per process, so one that ended
// in between (a closed connection) drops out instead of making a sum negative, and one that started counts in
// full. The app and balancer are whole process trees; the replica's is its postmaster's, the parent of a backend.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { connectPg } from "@/lib/db/sql";

export interface CpuReading {
  wall: number;
  cores: number;
  seconds: Record<string, number>;
}

const ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** Every process: its parent and CPU ticks used so far (user + system). */
function processTable(): ProcessTable {
  const table: ProcessTable = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

type ProcessTable = Map<number, { ppid: number; ticks: number }>;

/** Pids of the process trees under `roots`. */
function treePids(table: ProcessTable, roots: number[]): number[] {
  const inTree = (pid: number): boolean => {
    for (let current = pid, depth = 0; current > 1 && depth < 20; depth++) {
      if (roots.includes(current)) return true;
      current = table.get(current)?.ppid ?? 0;
    }
    return false;
  };
  return [...table.keys()].filter(inTree);
}

/** Busy CPU seconds of the whole machine (all but idle and iowait). */
function machineSeconds(): number {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return (total - fields[3]! - fields[4]!) / ticksPerSecond;
}

/**
 * A cluster's processes that work for the benchmark: on the primary, the backends of the benchmark's database
 * (others' databases on a shared server count as "other"); on the replica, all of it (its replay included).
 */
async function clusterWatcher(url: string, wholeCluster: boolean) {
  const sql = await connectPg(url);
  const [row] = await sql.query<{ pid: number; datname: string }>(
    "SELECT pg_backend_pid() AS pid, current_database() AS datname",
  );
  const postmaster = processTable().get(row!.pid)!.ppid;
  const ours = new Set<number>();
  return {
    /** Notes which backends serve the benchmark's database now (call before and after a cell). */
    async look(): Promise<void> {
      const backends = await sql.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [
        row!.datname,
      ]);
      for (const { pid } of backends) ours.add(pid);
    },
    pids(table: ProcessTable): number[] {
      return wholeCluster ? treePids(table, [postmaster]) : [...ours].filter((pid) => table.has(pid));
    },
    close: () => sql.close(),
  };
}

function seconds(before: ProcessTable, after: ProcessTable, pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) ticks += after.get(pid)!.ticks - (before.get(pid)?.ticks ?? 0);
  return ticks / ticksPerSecond;
}

export async function cpuGroups(groups: { app: number[]; balancer: number[]; replica?: string }) {
  const primary = await clusterWatcher(process.env.DATABASE_URL!, false);
  const replica = groups.replica ? await clusterWatcher(groups.replica, true) : null;
  const watchers = { postgres: primary, ...(replica && { replica }) };
  const trees = { app: groups.app, ...(groups.balancer.length > 0 && { balancer: groups.balancer }) };
  const snapshot = async () => {
    for (const watcher of Object.values(watchers)) await watcher.look();
    const own = process.cpuUsage();
    return {
      at: performance.now(),
      machine: machineSeconds(),
      self: (own.user + own.system) / 1e6,
      table: processTable(),
    };
  };
  return {
    async start() {
      const before = await snapshot();
      return {
        async stop(): Promise<CpuReading> {
          const after = await snapshot();
          const used: Record<string, number> = {};
          for (const [name, roots] of Object.entries(trees))
            used[name] = seconds(before.table, after.table, treePids(after.table, roots));
          for (const [name, watcher] of Object.entries(watchers))
            used[name] = seconds(before.table, after.table, watcher.pids(after.table));
          used.autocannon = after.self - before.self;
          const counted = Object.values(used).reduce((sum, value) => sum + value, 0);
          used.other = Math.max(0, after.machine - before.machine - counted);
          return { wall: (after.at - before.at) / 1000, cores: os.cpus().length, seconds: used };
        },
      };
    },
    async close() {
      for (const watcher of Object.values(watchers)) await watcher.close();
    },
  };
}
