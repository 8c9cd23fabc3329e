package dev.hmrc.transformer;

import dev.hmrc.sourcemaps.JsonReader;
import dev.hmrc.sourcemaps.JsonText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * @param namespaceMembers  statically known members read through a namespace import ({@code ns.x},
 *                          {@code ns["x"]}); entry j is holder slot {@code imports.size() + j}
 * @param phasedRequests    with an {@code import defer} (staging) only, else empty: [[RequestedModules]]
 *                          with their phases, in source order (a request both deferred and eager is
 *                          listed twice, where each first appears); evaluation follows this list, a
 *                          deferred entry adding only the module's asynchronous dependencies
 */
public record ModuleRecord(List<ModuleRequest> requests, List<ImportBinding> imports,
                           List<LocalExport> localExports, List<IndirectExport> indirectExports,
                           List<Integer> starExports, boolean usesImportMeta, boolean usesDynamicImport,
                           boolean async, List<NamespaceMember> namespaceMembers, List<PhasedRequest> phasedRequests) {

    /** The importName that stands for a whole namespace ({@code import * as ns}, {@code export * as ns}). */
    public static final String NAMESPACE = "*namespace*";
    /** The importName of {@code import defer * as ns}: the binding is the module's deferred namespace. */
    public static final String DEFERRED_NAMESPACE = "*deferred-namespace*";

    /** Copies the lists so that a record is immutable. */
    public ModuleRecord {
        requests = List.copyOf(requests);
        imports = List.copyOf(imports);
        localExports = List.copyOf(localExports);
        indirectExports = List.copyOf(indirectExports);
        starExports = List.copyOf(starExports);
        namespaceMembers = List.copyOf(namespaceMembers);
        phasedRequests = List.copyOf(phasedRequests);
    }

    /** A record without deferred requests. */
    public ModuleRecord(List<ModuleRequest> requests, List<ImportBinding> imports,
                        List<LocalExport> localExports, List<IndirectExport> indirectExports,
                        List<Integer> starExports, boolean usesImportMeta, boolean usesDynamicImport,
                        boolean async, List<NamespaceMember> namespaceMembers) {
        this(requests, imports, localExports, indirectExports, starExports, usesImportMeta, usesDynamicImport,
                async, namespaceMembers, List.of());
    }

    /** A record without namespace member reads. */
    public ModuleRecord(List<ModuleRequest> requests, List<ImportBinding> imports,
                        List<LocalExport> localExports, List<IndirectExport> indirectExports,
                        List<Integer> starExports, boolean usesImportMeta, boolean usesDynamicImport,
                        boolean async) {
        this(requests, imports, localExports, indirectExports, starExports, usesImportMeta, usesDynamicImport,
                async, List.of());
    }

    /** The number of holder slots: one per import binding, then one per namespace member read. */
    public int holderSize() {
        return imports.size() + namespaceMembers.size();
    }

    /** {@return the record as the compact JSON written after {@code //# hmrc-record=} (one line, fields in declaration order)} */
    public String toJson() {
        StringBuilder out = new StringBuilder(128 + 64 * (requests.size() + imports.size() + localExports.size()));
        out.append("{\"requests\":[");
        for (int i = 0; i < requests.size(); i++) {
            ModuleRequest r = requests.get(i);
            out.append(i > 0 ? ",{" : "{").append("\"specifier\":");
            quoteJson(out, r.specifier());
            out.append(",\"attributes\":{");
            int n = 0;
            for (Map.Entry<String, String> e : r.attributes().entrySet()) {
                if (n++ > 0) {
                    out.append(',');
                }
                quoteJson(out, e.getKey());
                out.append(':');
                quoteJson(out, e.getValue());
            }
            out.append("}}");
        }
        out.append("],\"imports\":[");
        for (int i = 0; i < imports.size(); i++) {
            ImportBinding b = imports.get(i);
            out.append(i > 0 ? ",{" : "{").append("\"request\":").append(b.request()).append(",\"importName\":");
            quoteJson(out, b.importName());
            out.append(",\"localName\":");
            quoteJson(out, b.localName());
            out.append('}');
        }
        out.append("],\"localExports\":[");
        for (int i = 0; i < localExports.size(); i++) {
            LocalExport e = localExports.get(i);
            out.append(i > 0 ? ",{" : "{").append("\"exportName\":");
            quoteJson(out, e.exportName());
            out.append(",\"localName\":");
            quoteJson(out, e.localName());
            out.append('}');
        }
        out.append("],\"indirectExports\":[");
        for (int i = 0; i < indirectExports.size(); i++) {
            IndirectExport e = indirectExports.get(i);
            out.append(i > 0 ? ",{" : "{").append("\"exportName\":");
            quoteJson(out, e.exportName());
            out.append(",\"request\":").append(e.request()).append(",\"importName\":");
            quoteJson(out, e.importName());
            out.append('}');
        }
        out.append("],\"starExports\":[");
        for (int i = 0; i < starExports.size(); i++) {
            out.append(i > 0 ? "," : "").append(starExports.get(i));
        }
        out.append("],\"usesImportMeta\":").append(usesImportMeta)
                .append(",\"usesDynamicImport\":").append(usesDynamicImport)
                .append(",\"async\":").append(async);
        if (!namespaceMembers.isEmpty()) {
            out.append(",\"namespaceMembers\":[");
            for (int i = 0; i < namespaceMembers.size(); i++) {
                NamespaceMember m = namespaceMembers.get(i);
                out.append(i > 0 ? ",{" : "{").append("\"import\":").append(m.importIndex()).append(",\"name\":");
                quoteJson(out, m.name());
                out.append('}');
            }
            out.append(']');
        }
        if (!phasedRequests.isEmpty()) {
            out.append(",\"phasedRequests\":[");
            for (int i = 0; i < phasedRequests.size(); i++) {
                PhasedRequest r = phasedRequests.get(i);
                out.append(i > 0 ? ",{" : "{").append("\"request\":").append(r.request())
                        .append(",\"defer\":").append(r.defer()).append('}');
            }
            out.append(']');
        }
        out.append('}');
        return out.toString();
    }

    /**
     * {@link JsonText#quote} with a shortcut for the usual name or specifier that needs no escape: one
     * append of the whole string instead of one per char. Same text either way.
     */
    static void quoteJson(StringBuilder out, String s) {
        if (s != null) {
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                    break;
                }
                i++;
            }
            if (i == n) {
                out.append('"').append(s).append('"');
                return;
            }
        }
        JsonText.quote(out, s);
    }

    /**
     * Reads what {@link #toJson()} writes (with the sourcemaps module's strict JSON reader).
     * Unknown fields are ignored; missing lists are empty.
     *
     * @param json the record's JSON
     * @return the record
     * @throws IllegalArgumentException if {@code json} is not a JSON object of that shape
     */
    public static ModuleRecord fromJson(String json) {
        Map<String, Object> root = asObject(JsonReader.parse(json), "record");
        List<ModuleRequest> requests = new ArrayList<>();
        for (Object o : asList(root.get("requests"))) {
            Map<String, Object> r = asObject(o, "request");
            Map<String, String> attributes = new TreeMap<>();
            Object attrs = r.get("attributes");
            if (attrs != null) {
                for (Map.Entry<String, Object> e : asObject(attrs, "attributes").entrySet()) {
                    attributes.put(e.getKey(), asString(e.getValue(), "attribute value"));
                }
            }
            requests.add(new ModuleRequest(asString(r.get("specifier"), "specifier"), attributes));
        }
        List<ImportBinding> imports = new ArrayList<>();
        for (Object o : asList(root.get("imports"))) {
            Map<String, Object> r = asObject(o, "import");
            imports.add(new ImportBinding(asInt(r.get("request")), asString(r.get("importName"), "importName"),
                    asString(r.get("localName"), "localName")));
        }
        List<LocalExport> localExports = new ArrayList<>();
        for (Object o : asList(root.get("localExports"))) {
            Map<String, Object> r = asObject(o, "local export");
            localExports.add(new LocalExport(asString(r.get("exportName"), "exportName"),
                    asString(r.get("localName"), "localName")));
        }
        List<IndirectExport> indirectExports = new ArrayList<>();
        for (Object o : asList(root.get("indirectExports"))) {
            Map<String, Object> r = asObject(o, "indirect export");
            indirectExports.add(new IndirectExport(asString(r.get("exportName"), "exportName"),
                    asInt(r.get("request")), asString(r.get("importName"), "importName")));
        }
        List<Integer> starExports = new ArrayList<>();
        for (Object o : asList(root.get("starExports"))) {
            starExports.add(asInt(o));
        }
        List<NamespaceMember> namespaceMembers = new ArrayList<>();
        for (Object o : asList(root.get("namespaceMembers"))) {
            Map<String, Object> r = asObject(o, "namespace member");
            namespaceMembers.add(new NamespaceMember(asInt(r.get("import")), asString(r.get("name"), "name")));
        }
        List<PhasedRequest> phasedRequests = new ArrayList<>();
        for (Object o : asList(root.get("phasedRequests"))) {
            Map<String, Object> r = asObject(o, "phased request");
            phasedRequests.add(new PhasedRequest(asInt(r.get("request")), Boolean.TRUE.equals(r.get("defer"))));
        }
        return new ModuleRecord(requests, imports, localExports, indirectExports, starExports,
                Boolean.TRUE.equals(root.get("usesImportMeta")), Boolean.TRUE.equals(root.get("usesDynamicImport")),
                Boolean.TRUE.equals(root.get("async")), namespaceMembers, phasedRequests);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object o, String what) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("module record: expected an object for " + what);
    }

    private static List<?> asList(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("module record: expected an array");
    }

    private static String asString(Object o, String what) {
        if (o instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("module record: expected a string for " + what);
    }

    private static int asInt(Object o) {
        if (o instanceof Double d && d == Math.rint(d) && d >= 0 && d <= Integer.MAX_VALUE) {
            return d.intValue();
        }
        throw new IllegalArgumentException("module record: expected a non-negative integer, got " + o);
    }

    /**
     * A requested module: specifier plus import attributes (sorted by key).
     *
     * @param specifier the specifier as written
     * @param attributes the import attributes
     */
    public record ModuleRequest(String specifier, Map<String, String> attributes) {
        /** Keeps the attributes sorted by key and immutable. */
        public ModuleRequest {
            attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
        }
    }

    /**
     * {@code import { importName as localName } from requests[request]}.
     *
     * @param request index into {@code requests}
     * @param importName the name imported ({@code *} for a namespace import)
     * @param localName the local binding
     */
    public record ImportBinding(int request, String importName, String localName) {
    }

    /**
     * {@code export { localName as exportName }}.
     *
     * @param exportName the name exported
     * @param localName the module's own binding
     */
    public record LocalExport(String exportName, String localName) {
    }

    /**
     * {@code export { importName as exportName } from requests[request]}.
     *
     * @param exportName the name exported
     * @param request index into {@code requests}
     * @param importName the name imported from it
     */
    public record IndirectExport(String exportName, int request, String importName) {
    }

    /**
     * A read of member {@code name} of the namespace import {@code imports[importIndex]}
     * ({@code ns.name} or {@code ns["name"]}), linked like a named import of {@code name} except that
     * a name the namespace does not have reads {@code undefined}.
     */
    public record NamespaceMember(int importIndex, String name) {
    }

    /**
     * One entry of [[RequestedModules]] with its [[Phase]] ({@code import defer}, staging).
     *
     * @param request index into {@code requests}
     * @param defer   whether the phase is defer ({@code import defer * as ns}) rather than evaluation
     */
    public record PhasedRequest(int request, boolean defer) {
    }
}
