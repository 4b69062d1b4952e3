import pino, { type Logger } from 'pino';

// One JSON logger per process. Anything that may hold the caller's key is redacted by path,
// and callers never log request bodies wholesale.
export const REDACTED_PATHS = [
  'api_key',
  'apiKey',
  '*.api_key',
  '*.apiKey',
  'req.body.api_key',
  'sealedApiKey',
  '*.sealedApiKey',
  'req.headers.authorization',
];

export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { service },
  });
}
