import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, test } from 'node:test';
import { createServer, type Server } from 'node:net';
import { createLogger } from '../logging.ts';
import { ConfigError } from '../config.ts';
import { startListener } from '../http/listener.ts';

const logger = createLogger({ level: 'silent' });
let blocker: Server;
let takenPort: number;

before(async () => {
  blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  takenPort = (blocker.address() as { port: number }).port;
});
after(() => blocker.close());

test('a port already in use stops the boot with the variable that set it', async () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await assert.rejects(
    startListener({
      name: 'tpp',
      portVariable: 'TPP_PORT',
      port: takenPort,
      bindAddress: '127.0.0.1',
      tls: { key: privateKey.export({ format: 'pem', type: 'pkcs8' }) },
      requestClientCertificate: true,
      handler: () => undefined,
      logger,
    }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.variable, 'TPP_PORT');
      assert.match(error.message, new RegExp(`port ${takenPort} on 127.0.0.1 is already in use`));
      return true;
    },
  );
});
