/**
 * Runs a bounded delete (`remove(limit)` returns how many rows it deleted) until it deletes fewer
 * than a batch or `batchesMax` batches ran: short statements keep row locks and WAL bursts small,
 * and whatever a run leaves is taken by the next one. Returns the total deleted.
 */
export async function inBatches(
  remove: (limit: number) => Promise<number>,
  perBatch: number,
  batchesMax: number,
): Promise<number> {
  let deleted = 0;
  for (let batch = 0; batch < batchesMax; batch += 1) {
    const count = await remove(perBatch);
    deleted += count;
    if (count < perBatch) break;
  }
  return deleted;
}
