import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

import {
  SignJWT,
  createLocalJWKSet,
  decodeProtectedHeader,
  importJWK,
  jwtVerify,
  type JWK,
  type JWTPayload,
} from 'jose';

import {
  DIRECTORY_ISSUER,
  DirectoryInputError,
  KIT_FILES,
  SandboxDirectory,
  type OnboardingRequest,
  type TppKit,
} from '../directory.ts';
import { createKeyProvider } from '../keys/create.ts';
import type { KeyProvider } from '../keys/types.ts';
import { createCertificateAuthority } from '../pki.ts';
import { initSoftHsmToken, type SoftHsmToken } from './softhsm.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLIENT_AUTH_EKU = '1.3.6.1.5.5.7.3.2';
const ACME: OnboardingRequest = {
  name: 'Acme Budgeting',
  redirectUris: ['https://acme.example/cb', 'https://acme.example/cb2'],
  roles: ['AISP', 'PISP'],
};

async function verifySsa(kit: TppKit, directory: SandboxDirectory): Promise<JWTPayload> {
  const { payload, protectedHeader } = await jwtVerify(
    kit.ssa,
    createLocalJWKSet(directory.jwks()),
    {
      issuer: DIRECTORY_ISSUER,
      algorithms: ['PS256'],
      typ: 'JWT',
    },
  );
  assert.equal(protectedHeader.kid, directory.jwks().keys[0]!.kid);
  return payload;
}

/** The subject as Node prints it, one `attribute=value` per line. */
function subjectOf(pem: string): Record<string, string> {
  return Object.fromEntries(
    new X509Certificate(pem).subject
      .split('\n')
      .map((line) => line.split('=', 2) as [string, string]),
  );
}

function assertTransportCertificate(kit: TppKit, caCertPem: string): void {
  const certificate = new X509Certificate(kit.transportCertPem);
  const ca = new X509Certificate(caCertPem);
  assert.ok(certificate.checkIssued(ca), 'issued by the directory CA');
  assert.ok(certificate.verify(ca.publicKey), 'signed by the directory CA key');
  assert.equal(certificate.ca, false);
  assert.deepEqual(certificate.keyUsage, [CLIENT_AUTH_EKU]);
  assert.deepEqual(subjectOf(kit.transportCertPem), {
    C: 'GB',
    O: kit.orgName,
    OU: kit.orgId,
    CN: kit.softwareId,
  });
  assert.ok(
    certificate.checkPrivateKey(createPrivateKey(kit.transportKeyPem)),
    'the kit key is the certificate key',
  );
}

/** The kit's private key signs what its published JWKS verifies. */
async function assertSigningKeyMatchesJwks(kit: TppKit): Promise<void> {
  const alg = kit.signingKeyJwk.alg!;
  const jwt = await new SignJWT({ probe: true })
    .setProtectedHeader({ alg, kid: kit.signingKeyJwk.kid! })
    .sign(await importJWK(kit.signingKeyJwk, alg));
  await jwtVerify(jwt, createLocalJWKSet({ keys: [...kit.jwks.keys] }));
  assert.equal(kit.jwks.keys.length, 1);
  assert.equal(kit.jwks.keys[0]!.use, 'sig');
  assert.equal(kit.jwks.keys[0]!.d, undefined, 'the JWKS is public');
}

async function fileMode(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777;
}

describe('SandboxDirectory with software keys', () => {
  let root: string;
  let keys: KeyProvider;
  let directory: SandboxDirectory;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'directory-test-'));
    keys = createKeyProvider({ keystoreDir: join(root, 'keys') });
    directory = await SandboxDirectory.open({ dir: join(root, 'directory'), keys });
  });

  after(async () => {
    await keys.close();
    await rm(root, { recursive: true, force: true });
  });

  test('publishes one PS256 public key and a CA certificate kept in ca.pem', async () => {
    const { keys: published } = directory.jwks();
    assert.equal(published.length, 1);
    assert.equal(published[0]!.alg, 'PS256');
    assert.equal(published[0]!.use, 'sig');
    assert.equal(published[0]!.d, undefined);
    assert.equal(directory.issuer, DIRECTORY_ISSUER);
    assert.equal(await readFile(join(root, 'directory', 'ca.pem'), 'utf8'), directory.caCertPem);
    const ca = new X509Certificate(directory.caCertPem);
    assert.ok(ca.ca);
    assert.match(ca.subject, /CN=Open Banking Sandbox Directory Issuing CA/);
  });

  test('onboard signs an SSA that verifies against the directory JWKS and carries the OB claims', async () => {
    const kit = await directory.onboard(ACME);
    const claims = await verifySsa(kit, directory);
    assert.equal(claims.software_id, kit.softwareId);
    assert.equal(claims.software_client_id, kit.softwareId);
    assert.equal(claims.org_id, kit.orgId);
    assert.equal(claims.org_name, 'Acme Budgeting');
    assert.equal(claims.software_client_name, 'Acme Budgeting');
    assert.deepEqual(claims.software_redirect_uris, ACME.redirectUris);
    assert.deepEqual(claims.software_roles, ['AISP', 'PISP']);
    assert.deepEqual(claims.software_jwks, kit.jwks);
    assert.equal(claims.software_jwks_endpoint, undefined);
    assert.equal(claims.org_status, 'Active');
    assert.equal(claims.software_mode, 'Test');
    assert.equal(claims.software_environment, 'sandbox');
    assert.match(String(claims.jti), /^[0-9a-f-]{36}$/);
    assert.ok(Math.abs(claims.iat! - Date.now() / 1000) < 300, 'iat is now');
    assert.ok(claims.exp! > claims.iat!);
    assert.equal(kit.ssaExpiresAt.getTime(), claims.exp! * 1000);
    assert.match(kit.orgId, /^[0-9A-Za-z]{18}$/);
    assert.match(kit.softwareId, /^[0-9A-Za-z]{22}$/);

    assertTransportCertificate(kit, directory.caCertPem);
    assert.equal(kit.signingKeyJwk.alg, 'ES256');
    await assertSigningKeyMatchesJwks(kit);
  });

  test('each onboarding is a new organisation and software with a fresh jti', async () => {
    const [first, second] = [await directory.onboard(ACME), await directory.onboard(ACME)];
    assert.notEqual(first.orgId, second.orgId);
    assert.notEqual(first.softwareId, second.softwareId);
    assert.notEqual(first.signingKeyJwk.kid, second.signingKeyJwk.kid);
    const [a, b] = [await verifySsa(first, directory), await verifySsa(second, directory)];
    assert.notEqual(a.jti, b.jti);
  });

  test('a JWKS URI replaces the inline keys; logo, description and a PS256 signing key are honoured', async () => {
    const kit = await directory.onboard({
      ...ACME,
      roles: ['CBPII', 'AISP', 'CBPII'],
      jwksUri: 'https://acme.example/jwks.json',
      logoUri: 'https://acme.example/logo.png',
      description: '  Budgeting for everyone  ',
      signingAlg: 'PS256',
    });
    const claims = await verifySsa(kit, directory);
    assert.equal(claims.software_jwks_endpoint, 'https://acme.example/jwks.json');
    assert.equal(claims.software_jwks, undefined);
    assert.equal(claims.software_logo_uri, 'https://acme.example/logo.png');
    assert.equal(claims.software_client_description, 'Budgeting for everyone');
    assert.deepEqual(
      claims.software_roles,
      ['AISP', 'CBPII'],
      'each role once, in canonical order',
    );
    assert.equal(kit.signingKeyJwk.kty, 'RSA');
    assert.equal(kit.signingKeyJwk.alg, 'PS256');
    await assertSigningKeyMatchesJwks(kit);
  });

  test('refuses bad requests, naming the field', async () => {
    const cases: Array<[Partial<OnboardingRequest> & Record<string, unknown>, string, RegExp]> = [
      [{ name: '   ' }, 'name', /must not be empty/],
      [{ name: 'x'.repeat(65) }, 'name', /at most 64/],
      [{ name: 'Acme\nEvil' }, 'name', /control characters/],
      [{ redirectUris: [] }, 'redirectUris', /at least one/],
      [{ redirectUris: ['http://acme.example/cb'] }, 'redirectUris', /must use https/],
      [{ redirectUris: ['/cb'] }, 'redirectUris', /not an absolute URL/],
      [{ redirectUris: ['https://acme.example/cb#frag'] }, 'redirectUris', /fragment/],
      [{ redirectUris: ['https://user:pw@acme.example/cb'] }, 'redirectUris', /credentials/],
      [
        { redirectUris: ['https://acme.example/cb', 'https://acme.example/cb'] },
        'redirectUris',
        /listed twice/,
      ],
      [{ roles: [] }, 'roles', /at least one/],
      [{ roles: ['AISP', 'ASPSP'] as never }, 'roles', /"ASPSP" is not one of/],
      [{ jwksUri: 'http://acme.example/jwks' }, 'jwksUri', /must use https/],
      [{ logoUri: 'not a url' }, 'logoUri', /not an absolute URL/],
      [{ signingAlg: 'RS256' as never }, 'signingAlg', /not ES256 or PS256/],
    ];
    for (const [override, field, message] of cases) {
      await assert.rejects(
        directory.onboard({ ...ACME, ...override }),
        (error: unknown) =>
          error instanceof DirectoryInputError &&
          error.field === field &&
          message.test(error.message),
        `${JSON.stringify(override)} is refused on ${field}`,
      );
    }
  });

  test('outDir receives the kit files, private keys 0600, and is never overwritten', async () => {
    const outDir = join(root, 'kits', 'acme');
    const kit = await directory.onboard({ ...ACME, outDir });
    assert.deepEqual((await readdir(outDir)).sort(), Object.values(KIT_FILES).sort());
    assert.equal(await fileMode(join(outDir, KIT_FILES.transportKey)), 0o600);
    assert.equal(await fileMode(join(outDir, KIT_FILES.signingKey)), 0o600);
    assert.match(
      await readFile(join(outDir, KIT_FILES.gitignore), 'utf8'),
      /^\*$/m,
      'git ignores every file of the kit',
    );
    assert.equal(
      await readFile(join(outDir, KIT_FILES.transportCert), 'utf8'),
      kit.transportCertPem,
    );
    assert.equal(await readFile(join(outDir, KIT_FILES.transportKey), 'utf8'), kit.transportKeyPem);
    assert.deepEqual(
      JSON.parse(await readFile(join(outDir, KIT_FILES.signingKey), 'utf8')),
      kit.signingKeyJwk,
    );
    assert.deepEqual(JSON.parse(await readFile(join(outDir, KIT_FILES.jwks), 'utf8')), kit.jwks);
    assert.equal((await readFile(join(outDir, KIT_FILES.ssa), 'utf8')).trim(), kit.ssa);
    const details = JSON.parse(await readFile(join(outDir, KIT_FILES.details), 'utf8'));
    assert.equal(details.orgId, kit.orgId);
    assert.equal(details.softwareId, kit.softwareId);
    assert.deepEqual(details.redirectUris, ACME.redirectUris);

    await assert.rejects(
      directory.onboard({ ...ACME, outDir }),
      (error: unknown) => error instanceof DirectoryInputError && error.field === 'outDir',
    );
    assert.equal(
      await readFile(join(outDir, KIT_FILES.ssa), 'utf8'),
      `${kit.ssa}\n`,
      'the first kit is untouched',
    );
  });

  test('reopening reuses the CA certificate and the SSA key', async () => {
    const earlier = await directory.onboard(ACME);
    const reopenedKeys = createKeyProvider({ keystoreDir: join(root, 'keys') });
    try {
      const reopened = await SandboxDirectory.open({
        dir: join(root, 'directory'),
        keys: reopenedKeys,
      });
      assert.equal(reopened.caCertPem, directory.caCertPem);
      assert.deepEqual(reopened.jwks(), directory.jwks());
      await verifySsa(earlier, reopened);
      assertTransportCertificate(await reopened.onboard(ACME), directory.caCertPem);
    } finally {
      await reopenedKeys.close();
    }
  });

  test('replaces a ca.pem that belongs to another key', async () => {
    const dir = join(root, 'directory-foreign-ca');
    const foreignKeys = createKeyProvider({ keystoreDir: join(root, 'foreign-keys') });
    try {
      const foreignCa = await createCertificateAuthority({
        commonName: 'Someone Else',
        signer: await foreignKeys.getOrCreate('foreign-ca', 'ES256'),
        validityDays: 30 * 12,
      });
      await SandboxDirectory.open({ dir, keys });
      await writeFile(join(dir, 'ca.pem'), foreignCa);
      const reopened = await SandboxDirectory.open({ dir, keys });
      assert.notEqual(reopened.caCertPem, foreignCa);
      assert.equal(await readFile(join(dir, 'ca.pem'), 'utf8'), reopened.caCertPem);
      assert.ok(
        new X509Certificate(reopened.caCertPem).publicKey.equals(
          new X509Certificate(directory.caCertPem).publicKey,
        ),
      );
      assertTransportCertificate(await reopened.onboard(ACME), reopened.caCertPem);
    } finally {
      await foreignKeys.close();
    }
  });
});

describe('SandboxDirectory with PKCS#11 keys (SoftHSM)', () => {
  let token: SoftHsmToken;
  let root: string;
  let keys: KeyProvider;

  before(async () => {
    token = await initSoftHsmToken();
    root = await mkdtemp(join(tmpdir(), 'directory-p11-test-'));
    keys = createKeyProvider({ keystoreDir: join(root, 'unused'), pkcs11: token });
  });

  after(async () => {
    await keys.close();
    await token.cleanup();
    await rm(root, { recursive: true, force: true });
  });

  test('signs SSAs and certificates inside the token', async () => {
    assert.equal(keys.kind, 'pkcs11');
    const directory = await SandboxDirectory.open({ dir: join(root, 'directory'), keys });
    const kit = await directory.onboard(ACME);
    const claims = await verifySsa(kit, directory);
    assert.equal(claims.software_id, kit.softwareId);
    assertTransportCertificate(kit, directory.caCertPem);
    const reopened = await SandboxDirectory.open({ dir: join(root, 'directory'), keys });
    assert.equal(reopened.caCertPem, directory.caCertPem);
  });
});

describe('directory CLI', () => {
  let dataDir: string;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'directory-cli-test-'));
    // What `npm start` leaves in DATA_DIR: the directory and its keys.
    const keys = createKeyProvider({ keystoreDir: join(dataDir, 'keys') });
    await SandboxDirectory.open({ dir: join(dataDir, 'directory'), keys });
    await keys.close();
  });

  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Runs the CLI as `npm run directory` does, with only the settings this test chooses. */
  async function runCli(
    args: string[],
    dir = dataDir,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dir,
      ISSUER: 'https://bank.example',
      TPP_BASE_URL: 'https://tpp.bank.example',
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'certs/directory-cli.ts', ...args], {
      cwd: REPO_ROOT,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, 'close')) as [number | null];
    return { code, stdout, stderr };
  }

  test('onboard writes a kit whose SSA verifies against the printed JWKS', async () => {
    const outDir = join(dataDir, 'kit');
    const onboarded = await runCli([
      'onboard',
      '--name',
      'Acme Budgeting',
      '--redirect-uri',
      'https://acme.example/cb',
      '--redirect-uri',
      'https://acme.example/cb2',
      '--roles',
      'AISP,CBPII',
      '--out',
      outDir,
    ]);
    assert.equal(onboarded.code, 0, onboarded.stderr);
    assert.match(onboarded.stdout, new RegExp(`${outDir}`));
    assert.match(onboarded.stdout, /https:\/\/tpp\.bank\.example\/reg/);
    assert.equal(await fileMode(join(outDir, KIT_FILES.transportKey)), 0o600);
    assert.equal(await fileMode(join(outDir, KIT_FILES.signingKey)), 0o600);

    const details = JSON.parse(await readFile(join(outDir, KIT_FILES.details), 'utf8'));
    assert.equal(details.issuer, 'https://bank.example');
    assert.equal(details.registrationEndpoint, 'https://tpp.bank.example/reg');

    const printed = await runCli(['jwks']);
    assert.equal(printed.code, 0, printed.stderr);
    const jwks = JSON.parse(printed.stdout) as { keys: JWK[] };
    const ssa = (await readFile(join(outDir, KIT_FILES.ssa), 'utf8')).trim();
    assert.equal(decodeProtectedHeader(ssa).kid, jwks.keys[0]!.kid);
    const { payload } = await jwtVerify(ssa, createLocalJWKSet(jwks), { issuer: DIRECTORY_ISSUER });
    assert.equal(payload.software_id, details.softwareId);
    assert.deepEqual(payload.software_roles, ['AISP', 'CBPII']);
    assert.deepEqual(payload.software_redirect_uris, [
      'https://acme.example/cb',
      'https://acme.example/cb2',
    ]);

    const ca = new X509Certificate(await readFile(join(dataDir, 'directory', 'ca.pem')));
    assert.ok(
      new X509Certificate(await readFile(join(outDir, KIT_FILES.transportCert))).verify(
        ca.publicKey,
      ),
    );
    assert.ok(createPublicKey(await readFile(join(outDir, KIT_FILES.transportKey))));
  });

  test("receiver-cert adds a server certificate of the directory CA for the kit's event receiver, once", async () => {
    const outDir = join(dataDir, 'receiver-kit');
    const onboarded = await runCli([
      'onboard',
      '--name',
      'Receiving Ltd',
      '--redirect-uri',
      'https://receiving.example/cb',
      '--out',
      outDir,
    ]);
    assert.equal(onboarded.code, 0, onboarded.stderr);
    const issued = await runCli([
      'receiver-cert',
      '--kit',
      outDir,
      '--host',
      'localhost',
      '--host',
      '127.0.0.1',
    ]);
    assert.equal(issued.code, 0, issued.stderr);
    const certificate = new X509Certificate(await readFile(join(outDir, 'receiver.pem')));
    assert.ok(
      certificate.verify(
        new X509Certificate(await readFile(join(dataDir, 'directory', 'ca.pem'))).publicKey,
      ),
    );
    assert.deepEqual(certificate.keyUsage, ['1.3.6.1.5.5.7.3.1'], 'a TLS server certificate');
    assert.equal(certificate.checkHost('localhost'), 'localhost');
    assert.equal(certificate.checkIP('127.0.0.1'), '127.0.0.1');
    assert.match(certificate.subject, /O=Receiving Ltd/);
    assert.ok(
      certificate.checkPrivateKey(createPrivateKey(await readFile(join(outDir, 'receiver.key')))),
    );
    assert.equal(await fileMode(join(outDir, 'receiver.key')), 0o600);

    const again = await runCli(['receiver-cert', '--kit', outDir]);
    assert.equal(again.code, 1, 'an existing certificate is never replaced');
    assert.match(again.stderr, /receiver\.key/);
  });

  test('a kit written inside a git repository stays out of its commits', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'directory-cli-repo-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
      git('init', '-q');
      await writeFile(join(repo, 'app.ts'), 'export {};\n');
      const { code, stderr } = await runCli([
        'onboard',
        '--name',
        'Repo Ltd',
        '--redirect-uri',
        'https://repo.example/cb',
        '--out',
        join(repo, 'keys-here'),
      ]);
      assert.equal(code, 0, stderr);
      git('add', '.');
      assert.deepEqual(
        git('diff', '--cached', '--name-only').trim().split('\n'),
        ['app.ts'],
        'git add . took the app, not the kit',
      );
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });

  test('a DATA_DIR the platform has not started in is refused: no second directory CA', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'directory-cli-fresh-'));
    try {
      const { code, stdout, stderr } = await runCli(
        ['onboard', '--name', 'Elsewhere Ltd', '--redirect-uri', 'https://elsewhere.example/cb'],
        fresh,
      );
      assert.equal(code, 2, stderr);
      assert.equal(stdout, '');
      assert.match(
        stderr,
        new RegExp(`no sandbox directory in ${fresh}: start the platform first`),
      );
      assert.deepEqual(await readdir(fresh), [], 'nothing is created there');
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

  test('bad arguments exit 2 with a one-line message', async () => {
    const cases: Array<[string[], RegExp]> = [
      [
        ['onboard', '--name', 'Acme', '--redirect-uri', 'http://acme.example/cb'],
        /--redirect-uri: .* must use https/,
      ],
      [['onboard', '--redirect-uri', 'https://acme.example/cb'], /--name is required/],
      [['onboard', '--frobnicate'], /Unknown option '--frobnicate'/],
      [['launch'], /unknown command "launch"/],
      [['receiver-cert'], /--kit is required/],
      [['jwks', '--host', 'localhost'], /--host applies to receiver-cert only/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await runCli(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.equal(stderr.trim().split('\n').length, 1, `one line: ${stderr}`);
    }
  });
});
