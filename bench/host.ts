/**
 * How much of the machine the benchmark had: the CPU time the hypervisor gave to other guests ("steal", from
 * /proc/stat) while it ran. On a shared 2-core VM the absolute times of one run move by a second with it; the ratios,
 * measured from interleaved runs, move less. Undefined where there is no /proc/stat.
 */
import * as fs from "node:fs";

interface CpuTimes {
  total: number;
  steal: number;
}

export function cpuTimes(): CpuTimes | undefined {
  try {
    const fields = fs
      .readFileSync("/proc/stat", "utf8")
      .split("\n")[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // user nice system idle iowait irq softirq steal guest guest_nice; guest time is already counted in user.
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return { total, steal: fields[7] ?? 0 };
  } catch {
    return undefined;
  }
}

/** The steal share since `before`, as a sentence, or an empty string when it could not be read. */
export function stealSince(before: CpuTimes | undefined): string {
  const after = cpuTimes();
  if (!before || !after || after.total === before.total) return "";
  const share = (100 * (after.steal - before.steal)) / (after.total - before.total);
  return `the hypervisor took ${share.toFixed(0)}% of this VM's CPU time during the runs (steal)`;
}
