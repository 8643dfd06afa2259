// The job engine's settings, read from the environment at call time (tests vary them).

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** JOBS_LEASE_SECONDS (default 60): how long a job stays claimed without a checkpoint or heartbeat. */
export const leaseSeconds = () => envNumber("JOBS_LEASE_SECONDS", 60);
/** JOBS_MAX_ATTEMPTS (default 5): tries per job — the first run, resumptions after a crash, retries after a passing database error. */
export const maxAttempts = () => Math.floor(envNumber("JOBS_MAX_ATTEMPTS", 5));
/** JOBS_RETRY_BASE_MS / JOBS_RETRY_MAX_MS (defaults 1000 / 30000): the backoff before a retry. */
const retryBaseMs = () => envNumber("JOBS_RETRY_BASE_MS", 1000);
const retryMaxMs = () => envNumber("JOBS_RETRY_MAX_MS", 30_000);

/** The wait before try `attempt + 1`: doubling from JOBS_RETRY_BASE_MS up to JOBS_RETRY_MAX_MS, half of it random. */
export function retryDelayMs(attempt: number): number {
  const ceiling = Math.min(retryMaxMs(), retryBaseMs() * 2 ** Math.max(0, attempt - 1));
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}
