// Types of `import.meta.hot` as hmrc's update engine implements it (Vite's API).
//
// Use: add this file to a TypeScript program, e.g. in tsconfig.json
//   "files": ["path/to/hmrc/types/hmr.d.ts", ...]   or   "types": [...] / "typeRoots"
// or at the top of one source file
//   /// <reference path="path/to/hmrc/types/hmr.d.ts" />
// Then `import.meta.hot` has the type `ImportMetaHot | undefined`: it is undefined when the
// program runs without `--import hmr/register`, and in files the ignore pattern excludes
// (node_modules by default), so guard it: `if (import.meta.hot) { ... }` or `import.meta.hot?.accept()`.

/** A module namespace object as the accept callbacks receive it (the new version's exports). */
export type ModuleNamespace = Record<string, any> & { [Symbol.toStringTag]: "Module" };

/** What a handler may return: the engine awaits a returned promise before it goes on. */
export type HotHandlerResult = void | Promise<void>;

/**
 * The object `dispose` and `prune` handlers fill; it becomes the next version's
 * `import.meta.hot.data`. Each update passes a fresh empty object: a version whose
 * predecessor registered no dispose handler starts with `{}`.
 */
export type HotData = Record<string, any>;

/** One module the update re-runs (`path` and `acceptedPath` are file: URLs). */
export interface HotUpdate {
    type: "js-update";
    path: string;
    acceptedPath: string;
    /** Milliseconds since the epoch when the update started. */
    timestamp: number;
}

/** Payload of `beforeUpdate` and `afterUpdate`. */
export interface HotUpdatePayload {
    type: "update";
    updates: HotUpdate[];
}

/** Payload of `beforeFullReload` (an `invalidate()` reaching the entry, or `reload=full`). */
export interface HotFullReloadPayload {
    type: "full-reload";
    /** Why, e.g. `"dep.mjs is not accepted"` or `"dep.mjs invalidated itself"`. */
    reason: string;
}

/** Payload of `beforePrune`: the modules no longer imported (file: URLs), before their handlers run. */
export interface HotPrunePayload {
    type: "prune";
    paths: string[];
}

/** Payload of `invalidate`: the module that called `import.meta.hot.invalidate(message)`. */
export interface HotInvalidatePayload {
    /** The module's file: URL. */
    path: string;
    /** The message given to `invalidate`, or null without one. */
    message: string | null;
}

/** Payload of `error`: a failed update (syntax, link or evaluation error, throwing handler). */
export interface HotErrorPayload {
    /** The `[hot]` line that reports it. */
    message: string;
    /** What was thrown (for a syntax error, a SyntaxError made from the message). */
    err: unknown;
}

/** The built-in events (each under the prefixes `hmr:`, `vite:` and `bun:`) and their payloads. */
export interface HotEventPayloads {
    beforeUpdate: HotUpdatePayload;
    afterUpdate: HotUpdatePayload;
    beforeFullReload: HotFullReloadPayload;
    beforePrune: HotPrunePayload;
    invalidate: HotInvalidatePayload;
    error: HotErrorPayload;
    /** A `[hot]` line; only with `hmr/register?silent`, where the lines go nowhere else. */
    message: string;
}

/** The prefixes every built-in event is emitted under, in this order. */
export type HotEventPrefix = "hmr:" | "vite:" | "bun:";

/** The name of a built-in event, e.g. `"hmr:afterUpdate"` or `"vite:beforePrune"`. */
export type HotEventName = `${HotEventPrefix}${keyof HotEventPayloads}`;

/**
 * The program's own events for `send` and `on`, by name; augment it to type them:
 * `declare module "path/to/hmr" { interface HotCustomEvents { "my:ping": { n: number } } }`.
 */
export interface HotCustomEvents {
}

/** The payload of event `E`: a built-in one's, a declared custom one's, or `any`. */
export type HotEventPayload<E extends string> =
    E extends `${HotEventPrefix}${infer Name}`
        ? Name extends keyof HotEventPayloads ? HotEventPayloads[Name]
        : E extends keyof HotCustomEvents ? HotCustomEvents[E] : any
    : E extends keyof HotCustomEvents ? HotCustomEvents[E] : any;

/** `import.meta.hot` of one module version. */
export interface ImportMetaHot {
    /** What the previous version's dispose handlers put in their `data` (an empty object for the first). */
    readonly data: HotData;

    /** This module accepts its own updates: a change re-runs it alone; its importers are not re-run. */
    accept(): void;
    /** Accepts its own updates; `callback` (of the old version) gets the new version's namespace. */
    accept(callback: (mod: ModuleNamespace) => HotHandlerResult): void;
    /**
     * Accepts updates of the dependency `dependency` (a specifier as this module imports it):
     * this module does not re-run; `callback` gets the dependency's new namespace.
     */
    accept(dependency: string, callback?: (mod: ModuleNamespace) => HotHandlerResult): void;
    /**
     * Accepts updates of several dependencies: `callback` gets one entry per specifier, in the
     * order given, the new namespace for each one this update changed and `undefined` for the rest.
     */
    accept(dependencies: readonly string[],
           callback?: (mods: Array<ModuleNamespace | undefined>) => HotHandlerResult): void;

    /**
     * Runs before this version is replaced (dependencies' handlers first) or removed; fill
     * `data` to hand state to the next version. A thrown error or rejected promise stops the update.
     */
    dispose(callback: (data: HotData) => HotHandlerResult): void;
    /** Runs when this module is no longer imported by anything (after its dispose handlers). */
    prune(callback: (data: HotData) => HotHandlerResult): void;

    /** This module never updates in place: a change of it, or one that reaches it, is refused. */
    decline(): void;
    /**
     * Hands the update on to this module's importers, as if it did not accept itself; reaching
     * the entry, the whole program runs again in the same JVM.
     */
    invalidate(message?: string): void;

    /** Listens to an event: a built-in one (`hmr:`, `vite:` or `bun:` + name) or one `send` emits. */
    on<E extends string>(event: E, callback: (payload: HotEventPayload<E>) => HotHandlerResult): void;
    /** Removes a listener this module added with `on` (the same function). */
    off<E extends string>(event: E, callback: (payload: HotEventPayload<E>) => HotHandlerResult): void;
    /** Emits `event` to the program's listeners (a local event; there is no server). */
    send<E extends string>(event: E, data?: HotEventPayload<E>): void;
}

declare global {
    interface ImportMeta {
        /** Hot updates of this module; undefined without `--import hmr/register` and in ignored files. */
        readonly hot?: ImportMetaHot;
        /** dynohot's name for `import.meta.hot` (the same object). */
        readonly dynoHot?: ImportMetaHot;
    }
}
