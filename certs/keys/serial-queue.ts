/**
 * Runs async tasks one at a time, in call order. A PKCS#11 session allows one cryptographic
 * operation at a time (a second C_SignInit before C_Sign returns fails with CKR_OPERATION_ACTIVE),
 * so every use of the provider's session goes through one of these.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    // The next task waits for this one to settle, whether it succeeded or not.
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has settled. */
  async drain(): Promise<void> {
    await this.#tail;
  }
}
