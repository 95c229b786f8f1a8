import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { ConfigError } from './config-error.ts';

/**
 * The settings a default may depend on. Each is read through the settings table when asked, so
 * a bad value is refused under its own name wherever it is first needed.
 */
export interface Context {
  browserPort(): number;
  tppPort(): number;
  sandbox(): boolean;
}

/**
 * `raw` is the variable as set (undefined when unset); a bad value throws a ConfigError naming
 * `variable`.
 */
export type Parse<T> = (raw: string | undefined, variable: string, context: Context) => T;

/** How a variable's text becomes a value, and the default as the README's table shows it. */
export interface Parser<T> {
  readonly default: string;
  readonly parse: Parse<T>;
}

/** A default that depends on other settings, with the README's words for it. */
export interface Derived<T> {
  readonly shown: string;
  readonly of: (context: Context) => T;
}

type Fallback<T extends string | number | boolean> = T | Derived<T>;

export function derived<T>(shown: string, of: (context: Context) => T): Derived<T> {
  return { shown, of };
}

function fallbackOf<T extends string | number | boolean>(
  fallback: Fallback<T>,
  context: Context,
): T {
  return typeof fallback === 'object' ? fallback.of(context) : fallback;
}

function shown(fallback: Fallback<string | number | boolean>): string {
  if (typeof fallback === 'object') return fallback.shown;
  return fallback === '' ? 'empty' : `\`${fallback}\``;
}

const UNSET = 'unset';

/** Unset or empty: `fallback`. */
export function port(fallback: number): Parser<number> {
  return {
    default: shown(fallback),
    parse: (raw, variable) => {
      if (!raw) return fallback;
      if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
        throw new ConfigError(variable, `"${raw}" is not a TCP port (1-65535)`);
      }
      return Number(raw);
    },
  };
}

/** A whole number from `min` to `max`; unset or empty: `fallback`. */
export function integer(fallback: number, min: number, max: number): Parser<number> {
  return {
    default: shown(fallback),
    parse: (raw, variable) => {
      if (!raw) return fallback;
      if (!/^\d{1,10}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw new ConfigError(variable, `"${raw}" is not a whole number from ${min} to ${max}`);
      }
      return Number(raw);
    },
  };
}

/** `true`/`false`, `1`/`0`, `yes`/`no` in any case; unset or empty: `fallback`. */
export function bool(fallback: boolean): Parser<boolean> {
  return {
    default: shown(fallback),
    parse: (raw, variable) => {
      if (!raw) return fallback;
      if (/^(1|true|yes)$/i.test(raw)) return true;
      if (/^(0|false|no)$/i.test(raw)) return false;
      throw new ConfigError(variable, `"${raw}" is not a boolean (true/false)`);
    },
  };
}

/** One of `values`; unset or empty: `fallback`. */
export function oneOf<T extends string>(values: readonly T[], fallback: Fallback<T>): Parser<T> {
  return {
    default: shown(fallback),
    parse: (raw, variable, context) => {
      const value = raw || fallbackOf(fallback, context);
      if (!(values as readonly string[]).includes(value))
        throw new ConfigError(variable, `"${value}" is not one of ${values.join(', ')}`);
      return value as T;
    },
  };
}

/** Any text; unset or empty: `fallback`. */
export function text(fallback: string): Parser<string> {
  return { default: shown(fallback), parse: (raw) => raw || fallback };
}

/** Any text; unset or empty: undefined. */
export function optional(): Parser<string | undefined> {
  return { default: UNSET, parse: (raw) => raw || undefined };
}

/** A path, made absolute against the working directory; unset or empty: `fallback`. */
export function directory(fallback: string): Parser<string> {
  return { default: shown(fallback), parse: (raw) => resolve(raw || fallback) };
}

/** An https URL without query or fragment, trailing slash removed; unset or empty: `fallback`. */
export function httpsUrl(fallback: Fallback<string>): Parser<string> {
  return {
    default: shown(fallback),
    parse: (raw, variable, context) => {
      const value = raw || fallbackOf(fallback, context);
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        throw new ConfigError(variable, `"${value}" is not a URL`);
      }
      if (url.protocol !== 'https:')
        throw new ConfigError(variable, `must be an https URL, got "${value}"`);
      if (url.search || url.hash)
        throw new ConfigError(variable, 'must not carry a query or fragment');
      return url.href.replace(/\/$/, '');
    },
  };
}

/**
 * A `postgres://` or `postgresql://` URL naming a host and a database; unset or empty: undefined.
 */
export function postgresUrl(): Parser<string | undefined> {
  return {
    default: UNSET,
    parse: (raw, variable) => {
      if (!raw) return undefined;
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new ConfigError(
          variable,
          'is not a URL (expected postgres://user:password@host:5432/database)',
        );
      }
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        throw new ConfigError(
          variable,
          `scheme must be postgres:// or postgresql://, got "${url.protocol}//"`,
        );
      }
      if (!url.hostname) throw new ConfigError(variable, 'has no host');
      if (url.pathname.length <= 1)
        throw new ConfigError(variable, 'names no database (add /<database> to the URL)');
      return raw;
    },
  };
}

/** An IPv4 or IPv6 address; unset or empty: `fallback`. */
export function ipAddress(fallback: string): Parser<string> {
  return {
    default: shown(fallback),
    parse: (raw, variable) => {
      const value = raw || fallback;
      if (!isIP(value)) throw new ConfigError(variable, `"${value}" is not an IP address`);
      return value;
    },
  };
}

const listOf = (value: string, normalise: (item: string) => string = (item) => item): string[] =>
  value
    .split(',')
    .map((item) => normalise(item.trim()))
    .filter(Boolean);

/** Comma-separated IP addresses; unset: none. */
export function ipList(): Parser<string[]> {
  return {
    default: shown(''),
    parse: (raw, variable) => {
      const addresses = listOf(raw ?? '');
      for (const address of addresses) {
        if (!isIP(address)) throw new ConfigError(variable, `"${address}" is not an IP address`);
      }
      return addresses;
    },
  };
}

/**
 * Comma-separated `name` or `name:port` (IPv6 in brackets), lower-cased. Unset: `fallback`; set
 * empty: none, so an operator can turn a sandbox default off.
 */
export function hostList(fallback: Fallback<string>): Parser<string[]> {
  return {
    default: shown(fallback),
    parse: (raw, variable, context) => {
      const hosts = listOf(raw ?? fallbackOf(fallback, context), (host) => host.toLowerCase());
      for (const host of hosts) {
        if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.test(host)) {
          throw new ConfigError(
            variable,
            `"${host}" is not a host name or address, optionally with :port (IPv6 in brackets)`,
          );
        }
      }
      return hosts;
    },
  };
}

/** An HTTP header name, lower-cased; unset or empty: `fallback`. */
export function headerName(fallback: string): Parser<string> {
  return {
    default: shown(fallback),
    parse: (raw, variable) => {
      const name = (raw || fallback).toLowerCase();
      if (!/^[a-z0-9-]+$/.test(name))
        throw new ConfigError(variable, `"${name}" is not an HTTP header name`);
      return name;
    },
  };
}

/** An index into a PKCS#11 module's slot list; unset: `fallback` (set empty is refused). */
export function slotIndex(fallback: number): Parser<number> {
  return {
    default: shown(fallback),
    parse: (raw, variable) => {
      const value = raw ?? String(fallback);
      if (!/^\d+$/.test(value))
        throw new ConfigError(variable, `"${value}" is not a slot list index`);
      return Number(value);
    },
  };
}

/**
 * A name shown to people, trimmed: at most `lengthMax` characters, no control characters; unset or
 * blank: `fallback`.
 */
export function displayName(fallback: string, lengthMax: number): Parser<string> {
  return {
    default: shown(fallback),
    parse: (raw, variable) => {
      const name = (raw ?? '').trim() || fallback;
      // biome-ignore lint/suspicious/noControlCharactersInRegex: it refuses control characters
      if (name.length > lengthMax || /[\u0000-\u001f]/.test(name)) {
        throw new ConfigError(
          variable,
          `must be at most ${lengthMax} characters, with no control characters`,
        );
      }
      return name;
    },
  };
}

/** `#rrggbb`; unset or empty: undefined. */
export function hexColour(): Parser<string | undefined> {
  return {
    default: UNSET,
    parse: (raw, variable) => {
      if (raw && !/^#[0-9a-fA-F]{6}$/.test(raw))
        throw new ConfigError(variable, `"${raw}" is not a #rrggbb colour`);
      return raw || undefined;
    },
  };
}

/** An existing .svg or .png file, made absolute; unset or empty: undefined. */
export function imageFile(): Parser<string | undefined> {
  return {
    default: UNSET,
    parse: (raw, variable) => {
      if (!raw) return undefined;
      const file = resolve(raw);
      if (!/\.(svg|png)$/i.test(file))
        throw new ConfigError(variable, 'must be an .svg or .png file');
      if (!existsSync(file)) throw new ConfigError(variable, `${file} does not exist`);
      return file;
    },
  };
}

/** 32 bytes, base64. */
export function aes256Key(): Parser<Buffer> {
  return {
    default: UNSET,
    parse: (raw, variable) => {
      const key = Buffer.from(raw ?? '', 'base64');
      if (key.length !== 32)
        throw new ConfigError(
          variable,
          'must be 32 bytes, base64 encoded (openssl rand -base64 32)',
        );
      return key;
    },
  };
}

/** One or more comma-separated keys of at least `lengthMin` characters. */
export function keyList(lengthMin: number): Parser<string[]> {
  return {
    default: UNSET,
    parse: (raw, variable) => {
      const keys = listOf(raw ?? '');
      if (keys.length === 0 || keys.some((key) => key.length < lengthMin)) {
        throw new ConfigError(
          variable,
          `must list one or more comma-separated keys of at least ${lengthMin} characters`,
        );
      }
      return keys;
    },
  };
}
