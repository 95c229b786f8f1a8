import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { createLogger } from '../../platform/logging.ts';
import { workerLogger } from '../worker.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line));
      callback();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination }) };
}

test("graphile-worker's log calls land on the platform logger with their level, scope and error", () => {
  const { lines, logger } = capture();
  const worker = workerLogger(logger).scope({ taskIdentifier: 'settle-payment', jobId: '7' });
  worker.error('Failed task 7', { error: new Error('database gone') });
  worker.warn('slow');
  worker.info('Completed task 7', {
    job: {
      id: '7',
      task_identifier: 'settle-payment',
      attempts: 1,
      max_attempts: 25,
      payload: { paymentId: 'p-1' },
    },
  });
  worker.debug('polling');

  assert.deepEqual(
    lines.map((line) => [line.level, line.msg]),
    [
      ['error', 'Failed task 7'],
      ['warn', 'slow'],
      ['info', 'Completed task 7'],
      ['debug', 'polling'],
    ],
  );
  for (const line of lines) {
    assert.equal(line.component, 'worker');
    assert.equal(line.taskIdentifier, 'settle-payment');
    assert.equal(line.jobId, '7');
  }
  assert.equal((lines[0]?.err as { message?: string } | undefined)?.message, 'database gone');
  assert.deepEqual(
    lines[2]?.job,
    { id: '7', task_identifier: 'settle-payment', attempts: 1, max_attempts: 25 },
    'no payload in the log',
  );
  assert.match(String((lines[0]?.err as { stack?: string } | undefined)?.stack), /database gone/);
});
