import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { partsFixture } from '../support/parts.ts';
import { freePort } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { variablesRead } from '../support/variables-read.ts';

/**
 * The Dockerfile and docker-compose.yml, which no Docker engine here can run, held to the code:
 * every variable they give the platform is one platform/config.ts (or secrets.ts) reads and
 * accepts, the image runs as a non-root user with a HEALTHCHECK on the ready probe, and the
 * Dockerfile's own build and start commands, run here on a copy of the tree, compile it and boot
 * it without TypeScript.
 */

const ROOT = new URL('../..', import.meta.url).pathname;
const execFileAsync = promisify(execFile);

/**
 * Variables a platform service may set that the platform itself does not read, and who reads them.
 */
const READ_BY_OTHERS: Record<string, string> = {
  NODE_ENV: 'Node.js libraries (Koa, oidc-provider): production mode',
};

interface Instruction {
  keyword: string;
  args: string;
}

/**
 * The Dockerfile's stages, each a list of instructions (continuation lines joined, comments
 * dropped).
 */
async function dockerfileStages(): Promise<Instruction[][]> {
  const text = (await readFile(join(ROOT, 'Dockerfile'), 'utf8')).replace(/\\\n/g, ' ');
  const stages: Instruction[][] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const [, keyword, args] = /^(\S+)\s+(.*)$/.exec(line)!;
    if (keyword!.toUpperCase() === 'FROM') stages.push([]);
    stages.at(-1)!.push({ keyword: keyword!.toUpperCase(), args: args!.trim() });
  }
  return stages;
}

/** `ENV A=1 B=2` instructions of a stage as one map. */
function envOf(stage: Instruction[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { args } of stage.filter((i) => i.keyword === 'ENV')) {
    for (const [, name, value] of args.matchAll(/([A-Z0-9_]+)=(\S+)/g)) env[name!] = value!;
  }
  return env;
}

const execForm = (instruction: Instruction | undefined): string[] =>
  JSON.parse(instruction?.args.replace(/^CMD\s+/, '') ?? '[]') as string[];

/**
 * Compose's `${NAME:?message}` interpolations, replaced by a value of the right shape for a check.
 */
function interpolated(value: string): string {
  const examples: Record<string, string> = {
    DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    COOKIE_KEYS: 'k'.repeat(44),
    BROWSER_HOST: 'auth.bank.example',
    TPP_HOST: 'api.bank.example',
  };
  return value.replace(
    /\$\{([A-Z0-9_]+)[^}]*\}/g,
    (_, name: string) => examples[name] ?? `example-${name.toLowerCase()}`,
  );
}

interface ComposeService {
  build?: string;
  image?: string;
  entrypoint?: string[];
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  deploy?: { replicas?: number };
}

async function compose(): Promise<{ text: string; services: Record<string, ComposeService> }> {
  const text = await readFile(join(ROOT, 'docker-compose.yml'), 'utf8');
  return {
    text,
    services: (parse(text, { merge: true }) as { services: Record<string, ComposeService> })
      .services,
  };
}

describe('Dockerfile', () => {
  const fixture = partsFixture({ hsm: false });

  test('the image runs as a non-root user, with a HEALTHCHECK on the ready probe, production dependencies only', async () => {
    const stages = await dockerfileStages();
    const final = stages.at(-1)!;
    const user = final.filter((i) => i.keyword === 'USER').at(-1);
    assert.ok(user, 'the final stage names a USER');
    assert.ok(!['root', '0'].includes(user.args.split(':')[0]!), `USER ${user.args}`);
    assert.ok(
      final.some(
        (i) => i.keyword === 'RUN' && i.args.includes(`useradd`) && i.args.includes(user.args),
      ),
      'the user is made in the image',
    );

    const healthcheck = final.find((i) => i.keyword === 'HEALTHCHECK');
    assert.deepEqual(
      execForm(
        healthcheck && { ...healthcheck, args: healthcheck.args.replace(/^(--\S+\s+)*/, '') },
      ),
      ['node', 'platform/healthcheck.js'],
    );
    assert.match(await readFile(join(ROOT, 'platform/healthcheck.ts'), 'utf8'), /\/health\/ready/);

    const copied = final.filter((i) => i.keyword === 'COPY' && i.args.includes('node_modules'));
    assert.equal(copied.length, 1);
    const from = /--from=(\S+)/.exec(copied[0]!.args)![1];
    const dependencies = stages.find((stage) =>
      new RegExp(`\\bAS ${from}$`, 'i').test(stage[0]!.args),
    )!;
    assert.ok(
      dependencies.some((i) => i.keyword === 'RUN' && /\bnpm ci --omit=dev\b/.test(i.args)),
      'node_modules of `npm ci --omit=dev`',
    );

    const entrypoint = execForm(final.find((i) => i.keyword === 'ENTRYPOINT'));
    assert.ok(
      !entrypoint.some((arg) => /tsx|\.ts$/.test(arg)),
      `no TypeScript at run time: ${entrypoint.join(' ')}`,
    );
  });

  test('every variable the image sets is a platform setting it accepts', async () => {
    const env = envOf((await dockerfileStages()).at(-1)!);
    const read = await variablesRead(env);
    assert.deepEqual(
      Object.keys(env).filter((name) => !read.has(name) && !(name in READ_BY_OTHERS)),
      [],
    );
  });

  test("the Dockerfile's build compiles the tree, and its entrypoint boots it with no TypeScript; its HEALTHCHECK follows readiness", async () => {
    const stages = await dockerfileStages();
    const final = stages.at(-1)!;
    const build = stages.find((stage) => /\bAS build$/i.test(stage[0]!.args))!;
    const compile = build.find((i) => i.keyword === 'RUN' && i.args.includes('npm run build'))!;
    // The tree as `COPY . .` sends it: .dockerignore's entries left out.
    const ignored = (await readFile(join(ROOT, '.dockerignore'), 'utf8'))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const suffixes = ignored.filter((l) => l.startsWith('**/*')).map((l) => l.slice(4));
    const app = await mkdtemp(join(tmpdir(), 'obp-image-'));
    try {
      await cp(ROOT, app, {
        recursive: true,
        filter: (source) => {
          const path = relative(ROOT, source);
          return (
            path === '' ||
            (!ignored.includes(path.split('/')[0]!) &&
              !suffixes.some((suffix) => path.endsWith(suffix)))
          );
        },
      });
      await symlink(join(ROOT, 'node_modules'), join(app, 'node_modules'));
      await execFileAsync('sh', ['-c', compile.args], { cwd: app, maxBuffer: 16 * 1024 * 1024 });
      const { stdout: sources } = await execFileAsync(
        'find',
        ['.', '-name', '*.ts', '-not', '-path', './node_modules/*'],
        { cwd: app },
      );
      assert.equal(sources.trim(), '', 'no TypeScript left in the image');
      // The dependencies stage's node_modules (here the checkout's, which the build removed).
      await symlink(join(ROOT, 'node_modules'), join(app, 'node_modules'));

      // The entrypoint as the image runs it, every part in one process, on a database the
      // TypeScript tree migrated: the compiled tree finds it at head.
      const [node, ...args] = execForm(final.find((i) => i.keyword === 'ENTRYPOINT'));
      assert.equal(node, 'node');
      const ports = {
        BROWSER_PORT: String(await freePort()),
        TPP_PORT: String(await freePort()),
        METRICS_PORT: String(await freePort()),
      };
      const env = {
        PATH: process.env.PATH!,
        HOME: process.env.HOME!,
        ...envOf(final),
        ...fixture.env(),
        ...ports,
        BIND_ADDRESS: '127.0.0.1',
        LOG_LEVEL: 'warn',
      };
      const platform = spawn(process.execPath, args, {
        cwd: app,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      platform.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      platform.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => platform.once('exit', resolve));
      try {
        const ready = await pollUntil(
          () => {
            if (platform.exitCode !== null)
              throw new Error(`the compiled platform exited (${platform.exitCode}):\n${output}`);
            return output.includes('platform ready');
          },
          { timeoutMs: 60_000, intervalMs: 100 },
        );
        assert.ok(ready, output);
        const healthcheck = (metricsPort: string) =>
          execFileAsync(process.execPath, ['platform/healthcheck.js'], {
            cwd: app,
            env: { ...env, METRICS_PORT: metricsPort },
          }).then(
            () => 0,
            (error: { code: number }) => error.code,
          );
        assert.equal(await healthcheck(ports.METRICS_PORT), 0, 'healthy when ready');
        assert.equal(
          await healthcheck(String(await freePort())),
          1,
          'unhealthy when the probe does not answer',
        );
        const names: string[] = await fixture.database().knex('knex_migrations').pluck('name');
        assert.ok(
          names.length > 0 && names.every((name) => name.endsWith('.ts')),
          names.join(', '),
        );
      } finally {
        platform.kill('SIGTERM');
      }
      assert.equal(await exited, 0, output);
    } finally {
      await rm(app, { recursive: true, force: true });
    }
  });
});

describe('docker-compose.yml', () => {
  test('no default passwords: every variable the operator passes is required (NAME:?), none has a default', async () => {
    const { text } = await compose();
    const interpolations = [...text.matchAll(/\$\{([A-Z0-9_]+)([^}]*)\}/g)];
    assert.ok(interpolations.length > 0);
    for (const [whole, , rest] of interpolations)
      assert.match(rest!, /^:\?/, `${whole} must be required`);
  });

  test('the production topology: PostgreSQL, a SoftHSM token volume, two app instances, the worker, nginx with mTLS', async () => {
    const { services } = await compose();
    assert.match(services.postgres!.image!, /^postgres:/);
    const platformServices = Object.entries(services).filter(
      ([, service]) => service.build === '.' && !service.entrypoint,
    );
    const byParts = Object.fromEntries(
      platformServices.map(([name, service]) => [service.command?.join(' '), { name, service }]),
    );
    assert.equal(
      byParts['--only authz,resource']?.service.deploy?.replicas,
      2,
      'two app instances',
    );
    assert.ok(byParts['--only worker'], 'a worker');
    // The token directory of the image's SoftHSM configuration is a volume every platform service
    // and the token's initialisation share.
    const tokenDir = /directories\.tokendir = (\S+?)\\n/.exec(
      await readFile(join(ROOT, 'Dockerfile'), 'utf8'),
    )![1]!;
    for (const [name, service] of [
      ...platformServices,
      ['hsm-init', services['hsm-init']!] as const,
    ]) {
      assert.ok(
        service.volumes?.some((volume) => volume === `softhsm-tokens:${tokenDir}`),
        `${name} mounts the token volume`,
      );
    }
    const nginx = services.nginx!;
    assert.match(nginx.image!, /^nginx:/);
    assert.ok(
      nginx.volumes?.some((volume) =>
        volume.startsWith('./deploy/nginx/gateway.conf.template:/etc/nginx/templates/'),
      ),
    );
    const template = await readFile(join(ROOT, 'deploy/nginx/gateway.conf.template'), 'utf8');
    assert.match(template, /ssl_verify_client optional;/);
    assert.match(template, /proxy_set_header \$\{CLIENT_CERT_HEADER\} \$ssl_client_escaped_cert;/);
    // nginx's variables are exactly the template's, and it passes the header and comes from the
    // address the platform trusts.
    const templated = new Set([...template.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]!));
    assert.deepEqual(Object.keys(nginx.environment!).sort(), [...templated].sort());
    for (const [, service] of platformServices) {
      assert.equal(service.environment!.TRUSTED_PROXIES, nginx.environment!.PROXY_ADDRESS);
      assert.equal(service.environment!.CLIENT_CERT_HEADER, nginx.environment!.CLIENT_CERT_HEADER);
    }
  });

  test("every variable a platform service sets is a setting of platform/config.ts it accepts; the token's initialisation uses all of its own", async () => {
    const { services } = await compose();
    const imageEnv = envOf((await dockerfileStages()).at(-1)!);
    for (const [name, service] of Object.entries(services)) {
      if (service.build !== '.') continue;
      const env = Object.fromEntries(
        Object.entries(service.environment ?? {}).map(([key, value]) => [
          key,
          interpolated(String(value)),
        ]),
      );
      if (service.entrypoint) {
        const script = service.entrypoint.join(' ');
        assert.deepEqual(
          Object.keys(env).filter((key) => !script.includes(`$$${key}`)),
          [],
          `${name}: variables its entrypoint does not use`,
        );
        continue;
      }
      const read = await variablesRead({ ...imageEnv, ...env });
      assert.deepEqual(
        Object.keys(env).filter((key) => !read.has(key) && !(key in READ_BY_OTHERS)),
        [],
        `${name}: variables the platform does not read`,
      );
    }
  });
});
