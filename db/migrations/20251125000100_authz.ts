import type { Knex } from 'knex';

/**
 * The authorization server's state. `oidc_payloads` is one table for every oidc-provider model
 * (Session, Grant, AccessToken, ...): the adapter queries it by (kind, id), and by grant_id, uid or
 * user_code, each of which is specific enough that a single-column index serves queries with or
 * without `kind`.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    CREATE SCHEMA authz;

    CREATE TABLE authz.customers (
      id text COLLATE "C" PRIMARY KEY
        CONSTRAINT customers_id_format CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
      username text NOT NULL
        CONSTRAINT customers_username_key UNIQUE
        CONSTRAINT customers_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
      display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 140),
      -- A self-describing hash ("scrypt$N$r$p$salt$hash"): a plaintext password cannot pass this check.
      password_hash text NOT NULL CONSTRAINT customers_password_hash_format CHECK (password_hash ~ '^(scrypt|argon2id)\$'),
      -- AES-256-GCM, versioned ("v1.iv.tag.ciphertext"): the TOTP seed is never stored in the clear.
      totp_secret_encrypted text NOT NULL CONSTRAINT customers_totp_format CHECK (totp_secret_encrypted ~ '^v[0-9]+\.'),
      -- The last accepted TOTP time step: a code is accepted once, even within its validity window.
      totp_last_used_step bigint,
      failed_attempts integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
      locked_until timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE authz.oidc_payloads (
      kind text NOT NULL CHECK (char_length(kind) BETWEEN 1 AND 64),
      id text NOT NULL CHECK (char_length(id) BETWEEN 1 AND 512),
      payload jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
      grant_id text,
      user_code text,
      uid text,
      expires_at timestamptz,
      -- Set once by the adapter's atomic consume(): UPDATE ... WHERE consumed_at IS NULL.
      consumed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (kind, id)
    );
    CREATE INDEX oidc_payloads_grant_id_idx ON authz.oidc_payloads (grant_id) WHERE grant_id IS NOT NULL;
    CREATE INDEX oidc_payloads_uid_idx ON authz.oidc_payloads (uid) WHERE uid IS NOT NULL;
    CREATE INDEX oidc_payloads_user_code_idx ON authz.oidc_payloads (user_code) WHERE user_code IS NOT NULL;
    CREATE INDEX oidc_payloads_expires_at_idx ON authz.oidc_payloads (expires_at) WHERE expires_at IS NOT NULL;

    -- "Seen once" values (DPoP proof jti, SSA jti, ...), namespaced by the caller in the key
    -- (e.g. "dpop:<jkt>:<jti>"). The primary key makes a second insert fail, which is the whole
    -- point: check-then-insert would let two concurrent requests through. Rows are kept at least
    -- until expires_at and swept after it.
    CREATE TABLE authz.replay (
      key text PRIMARY KEY CHECK (char_length(key) BETWEEN 1 AND 512),
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX replay_expires_at_idx ON authz.replay (expires_at);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP SCHEMA authz CASCADE');
}
