import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listening } from './parts.ts';
import { pollUntil } from './poll.ts';

/** Debian's nginx; `npm test` installs it (scripts/test.ts) as it does chromium. */
const NGINX = '/usr/sbin/nginx';

export interface GatewayOptions {
  /** Public ports: the browser host and the TPP host, as ISSUER and TPP_BASE_URL name them. */
  browserPort: number;
  tppPort: number;
  /**
   * Upstream TLS ports (on 127.0.0.1) of the authorization server's two hosts and the resource
   * servers' TPP hosts.
   */
  authz: { browser: number; tpp: number };
  resource: readonly number[];
  /**
   * PEM files: the server certificate and key nginx presents, the CA it verifies upstreams with,
   * the CA of TPP certificates.
   */
  serverCertFile: string;
  serverKeyFile: string;
  upstreamCaFile: string;
  clientCaFile: string;
  /** The header the platform reads the client certificate from (CLIENT_CERT_HEADER). */
  clientCertHeader: string;
  /** The source address nginx connects to upstreams from (the platform's TRUSTED_PROXIES). */
  proxyAddress: string;
}

export interface Gateway {
  /** Error log and access log, for a failure message. */
  logs(): Promise<string>;
  stop(): Promise<void>;
}

const TEMPLATE = new URL('../../deploy/nginx/gateway.conf.template', import.meta.url);

/**
 * The production gateway (deploy/nginx/gateway.conf.template, as docker-compose.yml uses it)
 * rendered for these ports and files, inside a main configuration of the test's own: foreground,
 * logs and temporary files in `dir`, and `X-Upstream` naming the instance that answered.
 */
async function gatewayConfig(options: GatewayOptions, dir: string): Promise<string> {
  const tlsDir = join(dir, 'tls');
  await mkdir(tlsDir);
  for (const [name, file] of Object.entries({
    'server.pem': options.serverCertFile,
    'server-key.pem': options.serverKeyFile,
    'internal-ca.pem': options.upstreamCaFile,
    'tpp-ca.pem': options.clientCaFile,
  })) {
    await copyFile(file, join(tlsDir, name));
  }
  const servers = (ports: readonly number[]) =>
    ports.map((port) => `server 127.0.0.1:${port};`).join(' ');
  const values: Record<string, string> = {
    AUTHZ_BROWSER_UPSTREAMS: servers([options.authz.browser]),
    AUTHZ_TPP_UPSTREAMS: servers([options.authz.tpp]),
    RESOURCE_UPSTREAMS: servers(options.resource),
    TLS_DIR: tlsDir,
    UPSTREAM_TLS_NAME: 'localhost',
    PROXY_ADDRESS: options.proxyAddress,
    BROWSER_LISTEN: `127.0.0.1:${options.browserPort}`,
    BROWSER_SERVER_NAME: 'localhost',
    TPP_LISTEN: `127.0.0.1:${options.tppPort}`,
    TPP_SERVER_NAME: 'localhost',
    CLIENT_CERT_HEADER: options.clientCertHeader,
  };
  const gateway = (await readFile(TEMPLATE, 'utf8')).replace(
    /\$\{([A-Z_]+)\}/g,
    (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`gateway.conf.template: no value for \${${name}}`);
      return value;
    },
  );
  return `
${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 512; }
http {
  access_log ${join(dir, 'access.log')};
  # For the test only (the template's servers add no header of their own, so they inherit it):
  # which instance answered. Production does not tell clients its internal addresses.
  add_header X-Upstream $upstream_addr always;
  client_body_temp_path ${join(dir, 'client_body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
${gateway}
}
`;
}

/**
 * Starts nginx in the foreground with that configuration and waits until both public ports accept
 * connections.
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  if (!existsSync(NGINX))
    throw new Error(
      `${NGINX} is missing: npm test installs Debian's nginx (as root: apt-get install -y nginx)`,
    );
  const dir = await mkdtemp(join(tmpdir(), 'obp-nginx-'));
  for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    await mkdir(join(dir, temp));
  const conf = join(dir, 'nginx.conf');
  await writeFile(conf, await gatewayConfig(options, dir));
  let output = '';
  const nginx: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir, '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nginx.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  nginx.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => nginx.once('exit', () => resolve()));
  const logs = async () => {
    const read = (name: string) => readFile(join(dir, name), 'utf8').catch(() => '');
    return `${output}\n--- error.log\n${await read('error.log')}\n--- access.log\n${await read('access.log')}`;
  };
  const stop = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) {
      nginx.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const up = await pollUntil(
    async () => {
      if (nginx.exitCode !== null)
        throw new Error(`nginx exited (${nginx.exitCode}):\n${await logs()}`);
      return (await listening(options.browserPort)) && (await listening(options.tppPort));
    },
    { timeoutMs: 10_000, intervalMs: 50 },
  );
  if (!up) {
    const log = await logs();
    await stop();
    throw new Error(`nginx did not listen:\n${log}`);
  }
  return { logs, stop };
}
