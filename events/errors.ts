/**
 * Errors a task throws on purpose. graphile-worker records the message on the job and retries it
 * with backoff, so a job failing for either reason stays visible in `graphile_worker.jobs`.
 */
export class EventsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The job's payload is not what its task takes: retrying cannot help, the enqueuer has a bug. */
export class InvalidJobPayloadError extends EventsError {
  constructor(task: string, problem: string) {
    super(`${task}: invalid job payload: ${problem}`);
  }
}

/** The data the job works on is in a state that must never occur; nothing was written. */
export class JobInvariantError extends EventsError {
  constructor(problem: string) {
    super(`job invariant violated: ${problem}`);
  }
}
