// The server's configuration, read once from the environment and validated with zod, so a typo
// in a variable stops the start with a clear message instead of surfacing later.
import { z } from 'zod';

/** The Vite dev server, allowed as an origin outside production. */
const DEV_CLIENT_ORIGIN = 'http://localhost:5173';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.string().optional(),
  NIANJIAN_DATA_DIR: z.string().min(1).default('./data'),
  NIANJIAN_DATABASE_URL: z.string().optional(),
  NIANJIAN_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  NIANJIAN_PUBLIC_ORIGIN: z.url().optional(),
  NIANJIAN_ALLOWED_ORIGINS: z.string().optional(),
  NIANJIAN_SESSION_TTL_HOURS: z.coerce.number().positive().default(24 * 7),
  NIANJIAN_REDIS_URL: z.string().optional(),
});

/** The validated configuration. */
export interface Config {
  /** TCP port to listen on (PORT, default 3000; 0 picks a free port). */
  port: number;
  /** Interface to bind (HOST, default 0.0.0.0). */
  host: string;
  /** Directory of the SQLite file `nianjian.db` (NIANJIAN_DATA_DIR, default ./data). */
  dataDir: string;
  /** A postgres:// URL selects PostgreSQL instead of SQLite (NIANJIAN_DATABASE_URL). */
  databaseUrl?: string;
  /** Password of the first `admin` account; generated and printed once when absent. */
  adminPassword?: string;
  /** The server's public origin for Origin checks; default: the request's Host header. */
  publicOrigin?: string;
  /** Further allowed origins (NIANJIAN_ALLOWED_ORIGINS, comma list; dev adds the Vite server). */
  allowedOrigins: string[];
  /** Session lifetime in hours (NIANJIAN_SESSION_TTL_HOURS, default one week). */
  sessionTtlHours: number;
  /** Redis URL for fan-out between instances (NIANJIAN_REDIS_URL). */
  redisUrl?: string;
  /** True when NODE_ENV is `production` (no dev origin, Secure cookies). */
  isProduction: boolean;
}

/** Parses the environment; throws an Error naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty variables count as unset (a blank line in an .env file should not fail the start).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const allowedOrigins = (e.NIANJIAN_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!isProduction && !allowedOrigins.includes(DEV_CLIENT_ORIGIN)) allowedOrigins.push(DEV_CLIENT_ORIGIN);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.NIANJIAN_DATA_DIR,
    databaseUrl: e.NIANJIAN_DATABASE_URL,
    adminPassword: e.NIANJIAN_ADMIN_PASSWORD,
    publicOrigin: e.NIANJIAN_PUBLIC_ORIGIN,
    allowedOrigins,
    sessionTtlHours: e.NIANJIAN_SESSION_TTL_HOURS,
    redisUrl: e.NIANJIAN_REDIS_URL,
    isProduction,
  };
}
