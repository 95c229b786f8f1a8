import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listening } from './parts.ts';
import { pollUntil } from './poll.ts';

/** Debian's nginx; `npm test` installs it (scripts/test.ts) as it does chromium. */
export const NGINX = '/usr/sbin/nginx';

export interface GatewayOptions {
  /** Public ports: the browser host and the TPP host, as ISSUER and TPP_BASE_URL name them. */
  browserPort: number;
  tppPort: number;
  /** Upstream TLS ports (on 127.0.0.1) of the authorization server's two hosts and the resource servers' TPP hosts. */
  authz: { browser: number; tpp: number };
  resource: readonly number[];
  /** Server certificate and key nginx presents, the CA it verifies upstreams with, the CA of TPP certificates. */
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

/**
 * The production gateway of the README in front of the platform's parts: TLS terminated with the
 * client certificate verified (optional at the TLS layer, as the platform's TPP host does), the
 * verified certificate passed in the configured header (and a client's own header of that name
 * never passed on), OB APIs and /usage balanced over the resource servers, everything else to the
 * authorization server, upstreams over verified TLS. `X-Upstream` names the instance that answered.
 */
function gatewayConfig(options: GatewayOptions, dir: string): string {
  const upstreamTls = `
    proxy_ssl_trusted_certificate ${options.upstreamCaFile};
    proxy_ssl_verify on;
    proxy_ssl_name localhost;
    proxy_ssl_server_name on;
    proxy_ssl_protocols TLSv1.2 TLSv1.3;
    proxy_ssl_session_reuse on;
    proxy_bind ${options.proxyAddress};
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;`;
  const serverTls = `
    ssl_certificate ${options.serverCertFile};
    ssl_certificate_key ${options.serverKeyFile};
    ssl_protocols TLSv1.2 TLSv1.3;`;
  return `
${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 512; }
http {
  access_log ${join(dir, 'access.log')};
  client_body_temp_path ${join(dir, 'client_body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  upstream authz_browser { server 127.0.0.1:${options.authz.browser}; keepalive 8; }
  upstream authz_tpp { server 127.0.0.1:${options.authz.tpp}; keepalive 8; }
  upstream resource { ${options.resource.map((port) => `server 127.0.0.1:${port};`).join(' ')} keepalive 16; }

  server {
    listen 127.0.0.1:${options.browserPort} ssl;
    ${serverTls}
    ${upstreamTls}
    location / { proxy_pass https://authz_browser; }
  }

  server {
    listen 127.0.0.1:${options.tppPort} ssl;
    ${serverTls}
    ssl_client_certificate ${options.clientCaFile};
    ssl_verify_client optional;
    ${upstreamTls}
    # Set here, so a header of that name from the client is never passed on; empty when no
    # verified certificate was presented, and then not sent at all.
    proxy_set_header ${options.clientCertHeader} $ssl_client_escaped_cert;
    add_header X-Upstream $upstream_addr always;
    location /open-banking/ { proxy_pass https://resource; }
    location = /usage { proxy_pass https://resource; }
    location / { proxy_pass https://authz_tpp; }
  }
}
`;
}

/** Starts nginx in the foreground with that configuration and waits until both public ports accept connections. */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: npm test installs Debian's nginx (as root: apt-get install -y nginx)`);
  const dir = await mkdtemp(join(tmpdir(), 'obp-nginx-'));
  for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(dir, temp));
  const conf = join(dir, 'nginx.conf');
  await writeFile(conf, gatewayConfig(options, dir));
  let output = '';
  const nginx: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
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
      if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}):\n${await logs()}`);
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
