/**
 * ES module semantics over transformed modules: {@link dev.hmrc.runtime.link.ModuleLoader}
 * (host hooks: resolve, read, transform, start the module's generator, {@code import()},
 * {@code import.meta}), {@link dev.hmrc.runtime.link.ModuleLinker} (ECMA-262 Link, Evaluate
 * with async modules, ResolveExport, GetExportedNames, GetModuleNamespace, with the spec's
 * step numbers in comments) and {@link dev.hmrc.runtime.link.ModuleInstance} (each module's
 * mutable state); {@link dev.hmrc.runtime.link.OriginalStack} maps the stack frames of
 * uncaught errors back to the original files through each module's source map;
 * {@link dev.hmrc.runtime.link.ModuleSources} reads and transforms module files (one at a time, or
 * ahead of the loader on a small pool while a graph loads) through the on-disk
 * {@link dev.hmrc.runtime.link.TransformCache}. The JS half lives in {@code runtime-support.js} ({@link dev.hmrc.runtime.link.RuntimeSupport}).
 */
package dev.hmrc.runtime.link;
