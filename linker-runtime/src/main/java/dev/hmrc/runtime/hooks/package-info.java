/**
 * Loader hooks in the shape of Node's {@code module.registerHooks}: synchronous resolve and
 * load hooks, chained so that the last registered runs first and each may call the next one.
 * {@link dev.hmrc.runtime.hooks.LoaderHooks} is the chain (Java hooks given to
 * {@code ModuleRuntime.Builder} and JS hooks registered through {@code node:module});
 * {@link dev.hmrc.runtime.hooks.NodeModuleBuiltin} is the {@code node:module} built-in that
 * lets a preload module register JS hooks. Hooks run only under hmrc's linker.
 */
package dev.hmrc.runtime.hooks;
