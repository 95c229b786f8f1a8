import type { RouterContext } from '@koa/router';
import type { ResourceMiddleware, ResourceState } from './state.ts';

/** Only in types: what a step promises to have put on the state when it calls the next one. */
declare const provides: unique symbol;

/**
 * A middleware of an endpoint's pipeline that puts `Provides` on the state for the ones after it.
 */
export type Step<Provides extends object> = ResourceMiddleware & { readonly [provides]: Provides };

/** Declares what a middleware puts on the state; it must set exactly that before calling `next`. */
export function step<Provides extends object>(middleware: ResourceMiddleware): Step<Provides> {
  return middleware as Step<Provides>;
}

type Provision<M> = M extends { readonly [provides]: infer P } ? P : never;
type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (
  value: infer I,
) => void
  ? I
  : never;

/** The state a handler sees after the steps: the guard's findings and every step's values. */
export type StateAfter<Steps extends readonly ResourceMiddleware[]> = ResourceState &
  Intersection<Provision<Steps[number]>>;

export type EndpointContext<Steps extends readonly ResourceMiddleware[]> = RouterContext<
  StateAfter<Steps>
>;

/**
 * An endpoint as its declared pipeline (response signing, the guard, header and body checks, the
 * signature check) then the handler, which only acts on what the steps put on the state, typed
 * by them: a handler that reads a value no step of its list provides does not compile.
 */
export function endpoint<const Steps extends readonly ResourceMiddleware[]>(
  steps: readonly [...Steps],
  handler: (ctx: EndpointContext<Steps>) => Promise<void>,
): ResourceMiddleware[] {
  return [...steps, handler as unknown as ResourceMiddleware];
}
