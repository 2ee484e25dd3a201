/**
 * The API the preload exposes to the renderer as `window.kizuna`, derived from the contract
 * tables: `api.<namespace>.<method>(request)` for each method (no argument when its request is
 * empty), `api.<namespace>.onDidX(listener)` for each event. Every call returns an `IpcResult`;
 * every `on...` returns its unsubscribe function. Type-only imports: the preload bundles no zod.
 */
import type { z } from 'zod'
import type { EVENT_NAMES, EventNamespace, InvokeNamespace } from './channels'
import type { Contract, EventPayloads, IpcResult, Settings } from './contract'

type Call<E> = E extends { request: infer S extends z.ZodType; response: infer R }
  ? undefined extends z.input<S>
    ? () => Promise<IpcResult<R>>
    : (request: z.input<S>) => Promise<IpcResult<R>>
  : never

type Events<N extends EventNamespace> = {
  [E in (typeof EVENT_NAMES)[N][number] as `on${Capitalize<E>}`]: (listener: (payload: EventPayloads[`${N}:${E}` & keyof EventPayloads]) => void) => () => void
}

type Calls<N extends InvokeNamespace> = { [M in keyof Contract[N]]: Call<Contract[N][M]> }

export type KizunaApi = {
  [N in InvokeNamespace | EventNamespace]: (N extends InvokeNamespace ? Calls<N> : unknown) & (N extends EventNamespace ? Events<N> : unknown)
}

export type { Settings }
export const API_GLOBAL_NAME = 'kizuna'
