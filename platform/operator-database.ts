import { join } from 'node:path';
import type { Config } from './config.ts';
import { EMBEDDED_PLATFORM_DATABASE, runningClusterUrl } from './embedded-postgres.ts';

/**
 * The database an operators' command works on: DATABASE_URL, or the embedded one of the platform
 * running on DATA_DIR and EMBEDDED_PG_PORT.
 */
export async function operatorDatabaseUrl(config: Config): Promise<string> {
  return (
    config.databaseUrl ??
    runningClusterUrl(
      join(config.dataDir, 'pg'),
      config.embeddedPostgresPort,
      EMBEDDED_PLATFORM_DATABASE,
    )
  );
}
