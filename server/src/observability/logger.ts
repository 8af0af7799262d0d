/**
 * The server's one logger: JSON lines on stdout (pino), one object per event, so that a log shipper reads
 * fields instead of parsing sentences. Inside an HTTP request every line carries its request id.
 */
import { pino } from 'pino';
import type { Logger } from 'pino';
import { currentRequest } from './request-context.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

export const logger: Logger = pino({
  level: isLogLevel(process.env.LOG_LEVEL ?? '') ? (process.env.LOG_LEVEL as LogLevel) : 'info',
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin: () => {
    const request = currentRequest();
    return request ? { reqId: request.id } : {};
  },
});

/** A `(line) => void` for code that takes a plain logging function. */
export const logInfo = (line: string): void => logger.info(line);
export const logWarn = (line: string): void => logger.warn(line);
export const logError = (line: string): void => logger.error(line);

/** The message of an error for a one-line log entry (its stack goes under `err` where it matters). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
