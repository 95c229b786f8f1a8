import pino, { type DestinationStream, type Logger } from 'pino';
import { prettyLog } from './pretty-log.ts';

/**
 * Paths pino censors wherever they appear in a log object. Tokens, DPoP proofs, cookies, passwords,
 * one-time codes and account numbers never reach a log line; handlers log masked numbers only.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.dpop',
  'req.headers.cookie',
  'req.headers["x-jws-signature"]',
  'req.headers["x-ssl-client-cert"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.dpop',
  'headers.cookie',
  '*.password',
  '*.totp',
  '*.otp',
  '*.client_secret',
  '*.access_token',
  '*.refresh_token',
  '*.id_token',
  '*.code_verifier',
  '*.registration_access_token',
  '*.accountNumber',
  '*.account_number',
  '*.Identification',
  'password',
  'totp',
  'accountNumber',
];

export type LogFormat = 'json' | 'pretty';

/**
 * JSON lines on stdout (or `destination`); `pretty` turns them into readable lines after redaction.
 */
export function createLogger(options: {
  level: string;
  format?: LogFormat;
  destination?: DestinationStream;
}): Logger {
  const destination =
    options.format === 'pretty'
      ? prettyLog(options.destination ?? process.stdout, {
          colour: !options.destination && process.stdout.isTTY === true,
        })
      : options.destination;
  return pino(
    {
      level: options.level,
      base: { service: 'open-banking-platform' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

export type { Logger };
