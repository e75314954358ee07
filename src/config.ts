import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.ts';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

const settingsSchema = z
  .object({
    KNOWLEDGE_DIR: z.string().default('knowledge'),
    INDEX_DIR: z.string().default('.canishare/index'),
    KNOWLEDGE_REVIEW_DAYS: wholeNumber(1, 3650).default(365),
    RETRIEVER: z
      .enum(['hybrid', 'lexical', 'dense'], { error: 'must be hybrid, lexical or dense' })
      .default('hybrid'),
    DPO_NAME: optionalText,
    CALDICOTT_GUARDIAN_NAME: optionalText,
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    PORT: wholeNumber(1, 65535).default(3978),
    OPENAI_API_KEY: optionalText,
    OPENAI_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL such as https://api.openai.com/v1' }).optional(),
    CHAT_MODEL: optionalText,
    EMBEDDINGS_MODEL: optionalText,
    OPENAI_TIMEOUT_MS: wholeNumber(1000, 300000).default(20000),
    CHAT_MAX_TOKENS: wholeNumber(100, 8000).default(800),
    DATA_DIR: z.string().default('.canishare/data'),
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^postgres(?:ql)?:\/\//, { message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/canishare' })
      .optional(),
    AUDIT_KEY: optionalText,
    AUDIT_RETENTION_DAYS: wholeNumber(1, 3650).default(180),
    STORE_TIMEOUT_MS: wholeNumber(100, 60000).default(3000),
    STORE_QUEUE_CAPACITY: wholeNumber(1, 1000000).default(10000),
    SHUTDOWN_GRACE_MS: wholeNumber(0, 300000).default(15000),
    RATE_LIMIT_MAX: wholeNumber(1, 10000).default(20),
    RATE_LIMIT_WINDOW_SECONDS: wholeNumber(1, 86400).default(300),
    SLACK_BOT_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText,
    SLACK_API_URL: z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL such as https://slack.com/api/' }).optional(),
    SLACK_BOT_ID: optionalText,
    SLACK_BOT_USER_ID: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: optionalText,
    MicrosoftAppType: z
      .enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'], { error: 'must be SingleTenant, MultiTenant or UserAssignedMSI' })
      .default('SingleTenant'),
  });

/** Rules across settings, checked on the raw values so they are reported alongside every other problem. */
function crossSettingProblems(env: NodeJS.ProcessEnv): string[] {
  const set = (name: string) => Boolean(env[name]?.trim());
  const problems: string[] = [];
  if (set('DATABASE_URL') && !set('AUDIT_KEY')) {
    problems.push(
      '- AUDIT_KEY is needed when DATABASE_URL is set: every replica must pseudonymise user ids with the same secret (for example the output of `openssl rand -hex 32`)',
    );
  }
  if (env.AUDIT_KEY?.trim() && env.AUDIT_KEY.trim().length < 16) {
    problems.push('- AUDIT_KEY must be at least 16 characters long (for example the output of `openssl rand -hex 32`)');
  }
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_SIGNING_SECRET') && !set('SLACK_APP_TOKEN')) {
    problems.push('- SLACK_SIGNING_SECRET is needed with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode); find it under Basic Information in your Slack app settings');
  }
  if ((set('SLACK_SIGNING_SECRET') || set('SLACK_APP_TOKEN')) && !set('SLACK_BOT_TOKEN')) {
    problems.push('- SLACK_BOT_TOKEN is needed to answer in Slack: the xoxb- token under OAuth & Permissions in your Slack app settings');
  }
  if (set('MicrosoftAppId') && env.MicrosoftAppType !== 'UserAssignedMSI' && !set('MicrosoftAppPassword')) {
    problems.push('- MicrosoftAppPassword is needed with MicrosoftAppId: the client secret of the Azure Bot\'s app registration');
  }
  if (set('MicrosoftAppId') && (env.MicrosoftAppType ?? 'SingleTenant') !== 'MultiTenant' && !set('MicrosoftAppTenantId')) {
    problems.push('- MicrosoftAppTenantId is needed for a single-tenant or managed-identity Azure Bot: your Entra ID tenant id');
  }
  if ((set('EMBEDDINGS_MODEL') || set('CHAT_MODEL')) && !set('OPENAI_API_KEY')) {
    problems.push(
      '- OPENAI_API_KEY is needed when EMBEDDINGS_MODEL or CHAT_MODEL is set (use any placeholder for a local server that needs no key, or unset the model to stay offline)',
    );
  }
  return problems;
}

type Settings = z.infer<typeof settingsSchema>;

/** Everything canishare can be configured with, already validated. */
export interface Config {
  knowledgeDir: string;
  indexDir: string;
  reviewAgeDays: number;
  retriever: 'hybrid' | 'lexical' | 'dense';
  contacts: { dpoName: string | null; caldicottGuardianName: string | null };
  logLevel: Settings['LOG_LEVEL'];
  port: number;
  remote: {
    apiKey: string | null;
    baseUrl: string | null;
    chatModel: string | null;
    embeddingsModel: string | null;
    timeoutMs: number;
    maxTokens: number;
  };
  storage: {
    /** Folder of the embedded database, used when no databaseUrl is set. */
    dataDir: string;
    databaseUrl: string | null;
    auditKey: string | null;
    retentionDays: number;
    /** A store call slower than this counts as a failure: the question is answered and its writes are queued. */
    timeoutMs: number;
    /** Writes held in memory while the store is unavailable; beyond this they are counted as lost. */
    queueCapacity: number;
  };
  /** On SIGTERM, how long to let questions in progress finish and queued writes reach the store. */
  shutdownGraceMs: number;
  rateLimit: { max: number; windowSeconds: number };
  /** Slack, when a bot token is set: HTTP events with a signing secret, or Socket Mode with an app token. */
  slack: {
    botToken: string;
    signingSecret: string | null;
    appToken: string | null;
    apiUrl: string | null;
    botId: string | null;
    botUserId: string | null;
  } | null;
  /** Teams / Azure Bot. With no app id, local unauthenticated traffic only (Agents Playground, tests). */
  teams: {
    appId: string | null;
    appPassword: string | null;
    tenantId: string | null;
    appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  };
}

/**
 * Reads `.env` (if present) into the environment without overriding what is
 * already set, so a deployment's real environment always wins.
 */
function loadDotEnv(cwd: string, env: NodeJS.ProcessEnv): void {
  const file = path.join(cwd, '.env');
  if (env !== process.env || !existsSync(file)) return;
  process.loadEnvFile(file);
}

/** The only place that reads process.env. Throws one AppError listing every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  loadDotEnv(cwd, env);
  const parsed = settingsSchema.safeParse(env);
  const crossProblems = crossSettingProblems(env);
  if (!parsed.success || crossProblems.length > 0) {
    const issues = parsed.success ? [] : parsed.error.issues;
    const lines = issues.map((issue) => {
      const name = String(issue.path[0] ?? 'setting');
      const got = env[name];
      const shown = got === undefined || /KEY|SECRET|PASSWORD|TOKEN|DATABASE_URL/.test(name) ? '' : ` (got "${got}")`;
      return `- ${name} ${issue.message}${shown}`;
    });
    throw new AppError(
      'CONFIG_INVALID',
      `Some settings are not valid:\n${[...lines, ...crossProblems].join('\n')}\nFix them in .env or the environment; .env.example describes each one.`,
    );
  }
  const s = parsed.data!;
  return {
    knowledgeDir: path.resolve(cwd, s.KNOWLEDGE_DIR),
    indexDir: path.resolve(cwd, s.INDEX_DIR),
    reviewAgeDays: s.KNOWLEDGE_REVIEW_DAYS,
    retriever: s.RETRIEVER,
    contacts: { dpoName: s.DPO_NAME ?? null, caldicottGuardianName: s.CALDICOTT_GUARDIAN_NAME ?? null },
    logLevel: s.LOG_LEVEL,
    port: s.PORT,
    remote: {
      apiKey: s.OPENAI_API_KEY ?? null,
      baseUrl: s.OPENAI_BASE_URL ?? null,
      chatModel: s.CHAT_MODEL ?? null,
      embeddingsModel: s.EMBEDDINGS_MODEL ?? null,
      timeoutMs: s.OPENAI_TIMEOUT_MS,
      maxTokens: s.CHAT_MAX_TOKENS,
    },
    storage: {
      dataDir: path.resolve(cwd, s.DATA_DIR),
      databaseUrl: s.DATABASE_URL ?? null,
      auditKey: s.AUDIT_KEY ?? null,
      retentionDays: s.AUDIT_RETENTION_DAYS,
      timeoutMs: s.STORE_TIMEOUT_MS,
      queueCapacity: s.STORE_QUEUE_CAPACITY,
    },
    shutdownGraceMs: s.SHUTDOWN_GRACE_MS,
    rateLimit: { max: s.RATE_LIMIT_MAX, windowSeconds: s.RATE_LIMIT_WINDOW_SECONDS },
    slack: s.SLACK_BOT_TOKEN
      ? {
          botToken: s.SLACK_BOT_TOKEN,
          signingSecret: s.SLACK_SIGNING_SECRET ?? null,
          appToken: s.SLACK_APP_TOKEN ?? null,
          apiUrl: s.SLACK_API_URL ?? null,
          botId: s.SLACK_BOT_ID ?? null,
          botUserId: s.SLACK_BOT_USER_ID ?? null,
        }
      : null,
    teams: {
      appId: s.MicrosoftAppId ?? null,
      appPassword: s.MicrosoftAppPassword ?? null,
      tenantId: s.MicrosoftAppTenantId ?? null,
      appType: s.MicrosoftAppType,
    },
  };
}
