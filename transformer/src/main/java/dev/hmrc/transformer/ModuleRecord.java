package dev.hmrc.transformer;

import java.util.List;
import java.util.Map;

/**
 * What the runtime needs to link a transformed module, read without parsing JS.
 * See docs/module-format.md.
 *
 * @param requests          module requests in source order of first appearance
 * @param imports           import bindings; index k is holder slot k
 * @param localExports      exports of the module's own bindings (each has an accessor)
 * @param indirectExports   re-exports resolved through another module
 * @param starExports       request indexes of {@code export * from}
 * @param usesImportMeta    whether {@code import.meta} appears
 * @param usesDynamicImport whether {@code import()} appears
 * @param async             whether the module uses top-level await (execute is an async generator)
 */
public record ModuleRecord(List<ModuleRequest> requests, List<ImportBinding> imports,
                           List<LocalExport> localExports, List<IndirectExport> indirectExports,
                           List<Integer> starExports, boolean usesImportMeta, boolean usesDynamicImport,
                           boolean async) {

    /** The importName that stands for a whole namespace ({@code import * as ns}, {@code export * as ns}). */
    public static final String NAMESPACE = "*namespace*";

    /** A requested module: specifier plus import attributes (sorted by key). */
    public record ModuleRequest(String specifier, Map<String, String> attributes) {
    }

    /** {@code import { importName as localName } from requests[request]}. */
    public record ImportBinding(int request, String importName, String localName) {
    }

    /** {@code export { localName as exportName }}. */
    public record LocalExport(String exportName, String localName) {
    }

    /** {@code export { importName as exportName } from requests[request]}. */
    public record IndirectExport(String exportName, int request, String importName) {
    }
}
