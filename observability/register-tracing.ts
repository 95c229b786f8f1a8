/**
 * `node --import tsx --import ./observability/register-tracing.ts platform/main.ts` (what
 * `npm start` runs): starts tracing, when the OTEL_* variables ask for it, before any module of
 * the platform is loaded, so the instrumentations see them load.
 */
import { startTracing } from './tracing.ts';

await startTracing(process.env);
