// Who writes a journal file, and whether that process still runs. A pid alone is not enough: after
// `kill -9` and a restart (a container starts with small, predictable pids) another process may
// hold the old pid, and its journal would be skipped as if its writer still ran. On Linux the
// identity also carries the process's start time from /proc, and a zombie counts as gone.
import { readFileSync } from 'node:fs';

/** This process as it names its journal files: `<pid>` or `<pid>.<start time>`. */
export function ownProcessIdentity(): string {
  const start = startTimeOf(process.pid);
  return start === null ? String(process.pid) : `${process.pid}.${start}`;
}

/** True while the process named by `identity` (from ownProcessIdentity) is still running. */
export function isProcessRunning(identity: string): boolean {
  const [pidText, start] = identity.split('.');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, owned by another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = readStat(pid);
  if (stat === null) return true; // no /proc: the pid is all there is to go by
  if (stat.state === 'Z') return false;
  return start === undefined || stat.start === start;
}

function startTimeOf(pid: number): string | null {
  return readStat(pid)?.start ?? null;
}

/** State and start time (fields 3 and 22) of /proc/<pid>/stat, or null without /proc. */
function readStat(pid: number): { state: string; start: string } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0], start: fields[19] };
}
