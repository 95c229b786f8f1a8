import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { errors, type Adapter, type AdapterPayload } from 'oidc-provider';
import { isStorableText, unstorableTextPath } from '../edge/index.ts';
import { revokeGrantTokens } from './grant-revocation.ts';

const TABLE = 'authz.oidc_payloads';

/**
 * Models whose id is itself a bearer credential (the token, code or request_uri handed to the
 * client). Only their SHA-256 is stored, so a copy of the table does not hand out working tokens;
 * oidc-provider always looks them up by the value it was given, which hashes to the same key.
 * Sessions and interactions are left alone: their ids travel only in signed cookies and are read
 * back by `uid`, which needs the stored id to be the real one.
 */
const HASHED_KINDS = new Set([
  'AccessToken',
  'AuthorizationCode',
  'BackchannelAuthenticationRequest',
  'ClientCredentials',
  'DeviceCode',
  'InitialAccessToken',
  'PushedAuthorizationRequest',
  'RefreshToken',
  'RegistrationAccessToken',
]);

/**
 * oidc-provider reads the client's row on every request that names it (token, PAR, introspection),
 * which under load is one of four database round trips per token. Rows read are kept this long per
 * instance: the one place this staleness shows is another instance serving a client updated or
 * deleted through RFC 7592 for at most this long after (this instance forgets its own at once).
 */
export const CLIENT_CACHE_TTL_MS = 2_000;
/** Bounds the cache's memory whatever the number of clients; the oldest entries go first. */
const CLIENT_CACHE_ENTRIES_MAX = 10_000;

/**
 * Every token, code and interaction is saved with this statement, so it is a named prepared one: as
 * a knex insert it was planned on every call (60 of its 160 µs of PostgreSQL time per token,
 * bench/PROFILE.md). The database clock decides expiry everywhere (find, sweep), so it also sets
 * it.
 */
const INSERT_SQL = `INSERT INTO ${TABLE} (kind, id, payload, grant_id, user_code, uid, expires_at)
  VALUES (?, ?, ?::jsonb, ?, ?, ?, now() + ?::float8 * interval '1 second')`;
/**
 * consumed_at is deliberately not overwritten: re-saving a consumed artefact must not revive it.
 */
const UPSERT_SQL = `${INSERT_SQL} ON CONFLICT (kind, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id,
  user_code = excluded.user_code, uid = excluded.uid, expires_at = excluded.expires_at`;

type RecentClients = Map<string, { payload: AdapterPayload; untilMs: number }>;

interface PayloadRow {
  payload: AdapterPayload;
  consumed_at: Date | null;
}

/**
 * oidc-provider checks `ReplayDetection` with find-then-save; the insert failing on the primary
 * key is what stops two concurrent requests carrying the same `jti` (DESIGN.md section 6).
 */
export class ReplayDetected extends errors.InvalidRequest {
  constructor() {
    super('JWT ID (jti) has already been used');
  }
}

/**
 * oidc-provider's persistence on PostgreSQL: one table for every model, keyed by (kind, id).
 * One instance per model, as oidc-provider creates them.
 *
 * Every lookup and write oidc-provider makes passes through here, so this is where a value no
 * PostgreSQL text can hold (NUL, an unpaired surrogate: edge/database-text.ts) is stopped: as
 * an id it names nothing stored, so it is not found and the endpoint answers its own error (an
 * unknown `client_id` is `invalid_client`); in something to store it is the client's
 * `invalid_request`. Either would otherwise be a database error and a 500.
 */
export class PostgresAdapter implements Adapter {
  readonly #knex: Knex;
  readonly #kind: string;
  readonly #hashed: boolean;
  /** Client rows read recently (kind Client only): payload and when it stops being trusted. */
  readonly #recent: RecentClients | undefined;
  /** Counts this instance's client writes, so a read that raced one is not remembered. */
  #writes = 0;

  constructor(knex: Knex, kind: string) {
    this.#knex = knex;
    this.#kind = kind;
    this.#hashed = HASHED_KINDS.has(kind);
    this.#recent = kind === 'Client' ? new Map() : undefined;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const key = this.#key(id);
    if (key === undefined || unstorableTextPath(payload) !== undefined) {
      throw new errors.InvalidRequest(
        'the request carries a NUL character or an unpaired surrogate, which no parameter may contain',
      );
    }
    // As text: knex refuses a binding with an undefined member anywhere inside, which payloads
    // have.
    const bindings = [
      this.#kind,
      key,
      JSON.stringify(this.#storedPayload(payload)),
      payload.grantId ?? null,
      payload.userCode ?? null,
      payload.uid ?? null,
      expiresIn || null,
    ];
    if (this.#kind === 'ReplayDetection') {
      const { rows } = await this.#knex
        .raw<{ rows: unknown[] }>(
          `${INSERT_SQL} ON CONFLICT (kind, id) DO NOTHING RETURNING id`,
          bindings,
        )
        .options({ name: 'authz.insert-payload' });
      if (rows.length === 0) throw new ReplayDetected();
      return;
    }
    await this.#write(
      id,
      this.#knex.raw(UPSERT_SQL, bindings).options({ name: 'authz.upsert-payload' }),
    );
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    const recent = this.#recent?.get(id);
    if (recent && recent.untilMs > Date.now()) return recent.payload;
    const key = this.#key(id);
    if (key === undefined) return undefined;
    const writes = this.#writes;
    const row = await this.#live()
      .where({ kind: this.#kind, id: key })
      .first<PayloadRow | undefined>();
    const payload = row && this.#loadedPayload(row, id);
    if (payload && this.#recent && writes === this.#writes)
      this.#remember(this.#recent, id, payload);
    return payload;
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.#findBy('uid', uid);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.#findBy('user_code', userCode);
  }

  /**
   * One-time use in one statement: of two concurrent exchanges of the same code, the database lets
   * exactly one set consumed_at; the other gets zero rows and is refused. The loser is a reuse as
   * much as a later one that finds the code consumed, and gets the same answer from oidc-provider
   * there (RFC 6749 section 4.1.2, RFC 9700 section 4.5): the grant goes, with every token issued
   * from it, including the winner's saved after this (the resource server's token lookup and
   * introspection both need the grant).
   */
  async consume(id: string): Promise<void> {
    const key = this.#key(id);
    if (key === undefined) throw this.#alreadyConsumed();
    const updated = await this.#knex(TABLE)
      .where({ kind: this.#kind, id: key })
      .whereNull('consumed_at')
      .update({ consumed_at: this.#knex.fn.now() });
    if (updated === 0) {
      const grantIds = await this.#knex(TABLE)
        .where({ kind: this.#kind, id: key })
        .whereNotNull('grant_id')
        .pluck<string[]>('grant_id');
      await revokeGrantTokens(this.#knex, grantIds);
      throw this.#alreadyConsumed();
    }
  }

  async destroy(id: string): Promise<void> {
    const key = this.#key(id);
    if (key === undefined) return;
    await this.#write(id, this.#knex(TABLE).where({ kind: this.#kind, id: key }).delete());
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    if (!isStorableText(grantId)) return;
    await this.#knex(TABLE).where({ kind: this.#kind, grant_id: grantId }).delete();
  }

  /**
   * A write to a row this instance may remember: forgotten before, and counted before and after,
   * so a find whose query overlapped the write does not remember what it read.
   */
  async #write(id: string, statement: Promise<unknown>): Promise<void> {
    this.#recent?.delete(id);
    this.#writes += 1;
    try {
      await statement;
    } finally {
      this.#writes += 1;
      this.#recent?.delete(id);
    }
  }

  #remember(recent: RecentClients, id: string, payload: AdapterPayload): void {
    recent.delete(id);
    if (recent.size >= CLIENT_CACHE_ENTRIES_MAX) recent.delete(recent.keys().next().value!);
    recent.set(id, { payload, untilMs: Date.now() + CLIENT_CACHE_TTL_MS });
  }

  /** The stored key of an id; undefined for an id no row can have (see the class comment). */
  #key(id: string): string | undefined {
    if (this.#hashed) return createHash('sha256').update(id).digest('base64url');
    return isStorableText(id) ? id : undefined;
  }

  /**
   * Payloads carry their own id as `jti`; for hashed kinds that is the credential, so it is
   * dropped.
   */
  #storedPayload(payload: AdapterPayload): AdapterPayload {
    if (!this.#hashed) return payload;
    const { jti: _credential, ...rest } = payload;
    return rest;
  }

  #loadedPayload(row: PayloadRow, id: string | undefined): AdapterPayload {
    return {
      ...row.payload,
      ...(this.#hashed && id !== undefined && { jti: id }),
      ...(row.consumed_at && { consumed: Math.floor(row.consumed_at.getTime() / 1000) }),
    };
  }

  async #findBy(column: 'uid' | 'user_code', value: string): Promise<AdapterPayload | undefined> {
    if (!isStorableText(value)) return undefined;
    // Only unhashed kinds (Session) are looked up this way, so the stored payload is complete.
    const row = await this.#live()
      .where({ kind: this.#kind, [column]: value })
      .first<PayloadRow | undefined>();
    return row && this.#loadedPayload(row, undefined);
  }

  #live(): Knex.QueryBuilder {
    return this.#knex(TABLE)
      .select('payload', 'consumed_at')
      .where((query) =>
        query.whereNull('expires_at').orWhere('expires_at', '>', this.#knex.fn.now()),
      );
  }

  #alreadyConsumed(): Error {
    switch (this.#kind) {
      case 'PushedAuthorizationRequest':
        return new errors.InvalidRequestUri('request_uri is invalid, expired, or was already used');
      case 'AuthorizationCode':
        return new errors.InvalidGrant('authorization code already consumed');
      default:
        return new errors.InvalidGrant(`${this.#kind} already consumed`);
    }
  }
}

/** The `adapter` setting: oidc-provider calls it once per model name. */
export function postgresAdapter(knex: Knex): (kind: string) => Adapter {
  return (kind) => new PostgresAdapter(knex, kind);
}
