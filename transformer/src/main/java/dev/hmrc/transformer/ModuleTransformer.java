package dev.hmrc.transformer;

import com.oracle.js.parser.ir.FunctionNode;
import com.oracle.js.parser.ir.ExportNode;
import com.oracle.js.parser.ir.ImportNode;
import com.oracle.js.parser.ir.Module;
import dev.hmrc.sourcemaps.SourceMap;
import dev.hmrc.sourcemaps.SourceMapBuilder;
import dev.hmrc.transformer.typescript.TypeStripper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an ES module into the re-executable form of docs/module-format.md, with an
 * exact source map and the module record. Thread-safe and reusable: it holds only
 * its options.
 *
 * <p>Passes: parse (GraalJS parser) → scope pass ({@link ModuleAnalysis}) and
 * import/export statements ({@link ModuleStatements}) collect edits → edits sorted
 * once → one rewrite pass ({@link Rewriter}) writes text and mappings together.
 */
public final class ModuleTransformer {
    private static final String NAMESPACE_IMPORT_NAME = "*namespace*";

    private final TransformOptions options;
    private final JsLanguage language;

    /** A transformer with {@link TransformOptions#defaults()} for {@link JsLanguage#STABLE}. */
    public ModuleTransformer() {
        this(TransformOptions.defaults());
    }

    /**
     * A transformer with {@code options} (null: the defaults) for {@link JsLanguage#STABLE}.
     *
     * @param options the options
     */
    public ModuleTransformer(TransformOptions options) {
        this(options, JsLanguage.STABLE);
    }

    /**
     * A transformer with {@code options} (null: the defaults) whose parser accepts {@code language}.
     *
     * @param options  the options
     * @param language the ECMAScript the modules are written in (the context's must be the same)
     */
    public ModuleTransformer(TransformOptions options, JsLanguage language) {
        this.options = options == null ? TransformOptions.defaults() : options;
        this.language = java.util.Objects.requireNonNull(language, "language");
    }

    /** {@return the ECMAScript this transformer's parser accepts} */
    public JsLanguage language() {
        return language;
    }

    /**
     * Parses {@code source} exactly as {@link #transform} does and does nothing else
     * (the benchmarks' baseline).
     *
     * @param source the module's text
     * @param sourceName the file's name for messages
     * @throws ModuleSyntaxError when the parser rejects the module
     */
    public static void parseOnly(String source, String sourceName) throws ModuleSyntaxError {
        ModuleParser.parse(source, sourceName);
    }

    /**
     * {@link #parseOnly(String, String)} in {@code language}.
     *
     * @param source     the module's text
     * @param sourceName the file's name for messages
     * @param language   the ECMAScript the parser accepts
     * @throws ModuleSyntaxError when the parser rejects the module
     */
    public static void parseOnly(String source, String sourceName, JsLanguage language) throws ModuleSyntaxError {
        ModuleParser.parse(source, sourceName, language);
    }

    /**
     * Whether a {@code .js} file that no {@code package.json} {@code type} decides is an ES module
     * by Node's syntax detection: it fails to parse as a CommonJS body (a sloppy script inside a
     * function) and parses as a module ({@code import}/{@code export}, {@code import.meta},
     * top-level {@code await}).
     *
     * @param source the file's text
     * @return true for an ES module, false for CommonJS
     */
    public static boolean hasModuleSyntax(String source) {
        return ModuleParser.hasModuleSyntax(source);
    }

    /**
     * The offsets of the {@code import} keywords of a CommonJS module's {@code import()} calls,
     * ascending, found by the parser (a string or comment holding {@code import(} is none); empty
     * when there is none or the text does not parse.
     *
     * @param source the file's text
     * @return the offsets in {@code source}
     */
    public static int[] commonJsImportCalls(String source) {
        return ModuleParser.commonJsImportCalls(source);
    }

    /**
     * Parses a CommonJS module's text as Node compiles it (a sloppy-mode function body, Annex B on).
     *
     * @param source the file's text
     * @param sourceName the file's name for messages
     * @throws ModuleSyntaxError when the parser rejects it
     */
    public static void parseCommonJs(String source, String sourceName) throws ModuleSyntaxError {
        ModuleParser.parseCommonJsBody(source, sourceName);
    }

    /**
     * Transforms one ES module. A {@code sourceName} ending in {@code .ts}, {@code .mts} or
     * {@code .cts} (not {@code .d.ts}) is TypeScript: its types are stripped first
     * ({@link TypeStripper}, every line and column kept), and the map's {@code sourcesContent}
     * is the TypeScript text.
     *
     * @param source the module's text
     * @param sourceName the file's name for messages and the map
     * @return the module code, map and record
     * @throws ModuleSyntaxError when the parser rejects the module, or its TypeScript cannot be stripped
     */
    public TransformResult transform(String source, String sourceName) throws ModuleSyntaxError {
        if (TypeStripper.isTypeScriptFile(sourceName)) {
            return transformTypeScript(source, sourceName);
        }
        return transformJavaScript(source, sourceName, source);
    }

    /**
     * Transforms one TypeScript module, whatever its name: {@link TypeStripper#strip}, then
     * {@link #transform} of the JavaScript, with the TypeScript text in the map.
     *
     * @param source the module's TypeScript text
     * @param sourceName the file's name for messages and the map
     * @return the module code, map and record
     * @throws ModuleSyntaxError when the TypeScript cannot be stripped or the JavaScript left does not parse
     *                           (positions are those of the TypeScript text, the code frame shows it)
     */
    public TransformResult transformTypeScript(String source, String sourceName) throws ModuleSyntaxError {
        String javaScript = TypeStripper.strip(source, sourceName);
        try {
            return transformJavaScript(javaScript, sourceName, source);
        } catch (ModuleSyntaxError inJavaScript) {
            throw inJavaScript.withSource(source);
        }
    }

    private TransformResult transformJavaScript(String source, String sourceName, String mapContent)
            throws ModuleSyntaxError {
        ModuleParser.Parsed parsed = ModuleParser.parse(source, sourceName, language);
        FunctionNode program = parsed.program();
        Module module = program.getModule();
        String prefix = HelperPrefix.choose(source);

        RecordBuilder record = new RecordBuilder(module);
        Map<String, Integer> importSlots = new HashMap<>();
        Set<String> namespaceImports = new HashSet<>();
        for (int k = 0; k < record.imports.size(); k++) {
            ModuleRecord.ImportBinding binding = record.imports.get(k);
            importSlots.put(binding.localName(), k);
            if (binding.importName().equals(NAMESPACE_IMPORT_NAME)) {
                namespaceImports.add(binding.localName());
            }
        }

        int shebangEnd = 0;
        if (source.startsWith("#!")) {
            shebangEnd = 2;
            while (shebangEnd < source.length() && source.charAt(shebangEnd) != '\n'
                    && source.charAt(shebangEnd) != '\r' && source.charAt(shebangEnd) != '\u2028'
                    && source.charAt(shebangEnd) != '\u2029') {
                shebangEnd++;
            }
        }
        // One scan of the text: the tokens to map, the line starts, and where the names of interest occur.
        char[] chars = source.toCharArray();
        int[] regexSpans = sortedSpans(parsed.regexSpans(), parsed.regexCount());
        List<String> names = new ArrayList<>(importSlots.size() + 2);
        names.addAll(importSlots.keySet());
        names.add("arguments");
        names.add("import");
        TokenScan scan = new TokenScan(source, chars, regexSpans, parsed.regexCount(), names).scan(shebangEnd);

        List<Edit> edits = new ArrayList<>();
        ModuleAnalysis analysis = new ModuleAnalysis(source, prefix, importSlots, namespaceImports, edits,
                scan.candidates, scan.candidateCount);
        for (ImportNode node : module.getImports()) {
            analysis.markReached(node);
        }
        for (ExportNode node : module.getExports()) {
            analysis.markReached(node);
        }
        program.accept(analysis);
        if (!analysis.reachedAllCandidates()) {
            edits.clear();
            analysis = new ModuleAnalysis(source, prefix, importSlots, namespaceImports, edits);
            program.accept(analysis);
        }
        analysis.finishNamespaceMembers();
        ModuleStatements statements = new ModuleStatements(source, prefix, edits, analysis);
        statements.addEdits(module);
        if (shebangEnd > 0) {
            edits.add(new Edit(0, shebangEnd, "//" + source.substring(2, shebangEnd), Edit.UNMAPPED, null, -1,
                    analysis.nextSequence()));
        }
        boolean mentionsMapUrl = InputMaps.mayHaveUrlComment(source);
        int[] urlComment = mentionsMapUrl ? InputMaps.commentRange(source) : null;
        if (urlComment != null) {
            edits.add(new Edit(urlComment[0], urlComment[1], "", Edit.BLANK, null, -1, analysis.nextSequence()));
        }
        parenthesiseDecorators(analysis, edits);
        Collections.sort(edits);
        dropDuplicates(edits);

        ModuleRecord moduleRecord = record.build(analysis.usesImportMeta, analysis.usesDynamicImport,
                program.isAsync(), List.copyOf(analysis.namespaceMembers.keySet()));
        String wrapperPrefix = wrapperPrefix(prefix, moduleRecord, importSlots, analysis.writtenImports,
                analysis.usesArguments, statements.anonymousDefaultFunction, analysis.usesNamespaceCall);
        String recordJson = moduleRecord.toJson();

        StringBuilder out = new StringBuilder(source.length() + wrapperPrefix.length() + edits.size() * 8
                + recordJson.length() + 64);
        out.append(wrapperPrefix);
        // About one mapping per token, a few bytes each: the source's length is a close upper guess.
        SourceMapBuilder map = new SourceMapBuilder(null, source.length());
        String mapSource = options.mapSourceName() != null ? options.mapSourceName() : sourceName;
        int sourceIndex = map.addSource(mapSource, options.includeSourcesContent() ? mapContent : null);
        new Rewriter(source, chars, scan, out, map, sourceIndex).rewrite(edits);
        appendSuffix(out, recordJson);
        SourceMap sourceMap = mentionsMapUrl ? InputMaps.compose(map.build(), source, options) : map.build();
        return new TransformResult(out.toString(), sourceMap, moduleRecord);
    }

    /**
     * Transforms a JSON module: one local export {@code default}, the JSON text kept on its lines.
     *
     * @param json the JSON text
     * @param sourceName the file's name for messages and the map
     * @return the module code, map and record
     * @throws ModuleSyntaxError when the text is not JSON
     */
    public TransformResult transformJson(String json, String sourceName) throws ModuleSyntaxError {
        List<Edit> edits = JsonModuleText.check(json, sourceName);
        String prefix = HelperPrefix.choose(json);
        ModuleRecord moduleRecord = new ModuleRecord(List.of(), List.of(),
                List.of(new ModuleRecord.LocalExport("default", "*default*")), List.of(), List.of(), false, false,
                false);
        String recordJson = moduleRecord.toJson();
        StringBuilder out = new StringBuilder(json.length() + 256 + recordJson.length());
        out.append(wrapperPrefix(prefix, moduleRecord, Map.of(), Set.of(), false, false, false))
                .append("const ").append(prefix).append("default=");
        SourceMapBuilder map = new SourceMapBuilder(null);
        String mapSource = options.mapSourceName() != null ? options.mapSourceName() : sourceName;
        int sourceIndex = map.addSource(mapSource, options.includeSourcesContent() ? json : null);
        char[] chars = json.toCharArray();
        TokenScan scan = new TokenScan(json, chars, new int[0], 0, null).scan(0);
        new Rewriter(json, chars, scan, out, map, sourceIndex).rewrite(edits);
        out.append(';');
        appendSuffix(out, recordJson);
        return new TransformResult(out.toString(), map.build(), moduleRecord);
    }

    private static void appendSuffix(StringBuilder out, String recordJson) {
        out.append("\n}}).execute\n//# hmrc-record=").append(recordJson).append('\n');
    }

    /**
     * Line 1 before the module's own text: the wrapper head, the helpers and the two yields.
     *
     * @param importSlots import local name → holder slot, as in {@code record}
     */
    private static String wrapperPrefix(String p, ModuleRecord record, Map<String, Integer> importSlots,
                                        Set<String> writtenImports, boolean usesArguments,
                                        boolean anonymousDefaultFunction, boolean usesNamespaceCall) {
        StringBuilder out = new StringBuilder(256);
        out.append("({").append(record.async() ? "async*" : "*").append("execute(").append(p).append("meta,")
                .append(p).append("import){\"use strict\";");
        // One slot per import binding, then one per namespace member read.
        int n = record.holderSize();
        if (n > 0) {
            out.append("let ");
            for (int k = 0; k < n; k++) {
                out.append(k > 0 ? "," : "").append(p).append('i').append(k);
            }
            out.append(';');
        }
        out.append("const ").append(p).append("relink=").append(p).append("h=>{");
        for (int k = 0; k < n; k++) {
            out.append(p).append('i').append(k).append('=').append(p).append("h[").append(k).append("];");
        }
        out.append("};");
        if (!writtenImports.isEmpty()) {
            out.append("const ").append(p).append("ro={__proto__:null");
            for (String name : writtenImports) {
                // The setter assigns to a const of the import's name: the engine's own TypeError
                // (on GraalJS the very message a native import assignment gives), no global needed.
                out.append(",get ").append(name).append("(){return ").append(p).append('i')
                        .append(importSlots.get(name)).append("()},set ").append(name)
                        .append("(_){const ").append(name).append("=0;").append(name).append("=_}");
            }
            out.append("};");
        }
        if (usesNamespaceCall) {
            // Function.prototype.call (an arrow function's inherited call): ns.x(a) calls x with this = ns.
            out.append("const ").append(p).append("call=(()=>{}).call;");
        }
        if (usesArguments) {
            // Indirect eval reads the global reference (strict code cannot shadow eval).
            out.append("const ").append(p).append("args=t=>(0,eval)(t?")
                    .append("\"typeof arguments==='undefined'?void 0:arguments\":\"arguments\");");
        }
        if (anonymousDefaultFunction) {
            // ({}).constructor is Object even when the module declares its own Object.
            out.append("({}).constructor.defineProperty(").append(p).append("default,\"name\",{value:\"default\"});");
        }
        out.append(p).append("relink(yield [").append(p).append("relink,{__proto__:null");
        for (ModuleRecord.LocalExport export : record.localExports()) {
            out.append(',');
            ModuleRecord.quoteJson(out, export.exportName());
            out.append(":()=>");
            String local = export.localName();
            Integer slot = importSlots.get(local);
            if (slot != null) {
                out.append(p).append('i').append(slot).append("()");
            } else if (local.equals("*default*")) {
                out.append(p).append("default");
            } else {
                out.append(local);
            }
        }
        out.append("}]);yield;");
        return out.toString();
    }

    /** Decorators are restricted expressions: one that now contains a call is wrapped in parentheses. */
    private static void parenthesiseDecorators(ModuleAnalysis analysis, List<Edit> edits) {
        if (analysis.decoratorSpans.isEmpty()) {
            return;
        }
        List<Edit> added = new ArrayList<>();
        for (int[] span : analysis.decoratorSpans) {
            for (Edit e : edits) {
                if (e.start() >= span[0] && e.end() <= span[1] && e.kind() == Edit.REPLACE) {
                    added.add(new Edit(span[0], span[0], "(", Edit.UNMAPPED, null, -1, -1_000_000 + analysis.nextSequence()));
                    added.add(new Edit(span[1], span[1], ")", Edit.UNMAPPED, null, -1, analysis.nextSequence()));
                    break;
                }
            }
        }
        edits.addAll(added);
    }

    /** The parser can hand out one identifier twice (desugared parameters); keep one edit per range. */
    private static void dropDuplicates(List<Edit> edits) {
        int w = 0;
        for (int r = 0; r < edits.size(); r++) {
            Edit e = edits.get(r);
            if (w > 0) {
                Edit last = edits.get(w - 1);
                if (last.start() == e.start() && last.end() == e.end() && e.start() != e.end()) {
                    continue;
                }
            }
            edits.set(w++, e);
        }
        edits.subList(w, edits.size()).clear();
    }

    private static int[] sortedSpans(int[] spans, int count) {
        long[] packed = new long[count];
        boolean sorted = true;
        for (int i = 0; i < count; i++) {
            packed[i] = ((long) spans[2 * i] << 32) | (spans[2 * i + 1] & 0xffffffffL);
            if (i > 0 && packed[i] < packed[i - 1]) {
                sorted = false;
            }
        }
        if (sorted) {
            return spans;
        }
        java.util.Arrays.sort(packed);
        int[] out = new int[count * 2];
        for (int i = 0; i < count; i++) {
            out[2 * i] = (int) (packed[i] >>> 32);
            out[2 * i + 1] = (int) packed[i];
        }
        return out;
    }

    /** Builds the {@link ModuleRecord} from the parser's module entries. */
    private static final class RecordBuilder {
        final List<ModuleRecord.ModuleRequest> requests = new ArrayList<>();
        final Map<ModuleRecord.ModuleRequest, Integer> requestIndex = new HashMap<>();
        /** The parser hands out the same request objects again: look them up by identity first. */
        final Map<Module.ModuleRequest, Integer> parserRequestIndex = new java.util.IdentityHashMap<>();
        final List<ModuleRecord.ImportBinding> imports = new ArrayList<>();
        final List<ModuleRecord.LocalExport> localExports = new ArrayList<>();
        final List<ModuleRecord.IndirectExport> indirectExports = new ArrayList<>();
        final List<Integer> starExports = new ArrayList<>();
        final List<ModuleRecord.PhasedRequest> phasedRequests = new ArrayList<>();

        RecordBuilder(Module module) {
            for (Module.ModuleRequest request : module.getRequestedModules()) {
                requestOf(request);
            }
            for (Module.ImportEntry entry : module.getImportEntries()) {
                String name = importName(entry.getImportName().toJavaStringUncached());
                if (entry.getModuleRequest().phase() == Module.ImportPhase.Defer && name.equals(NAMESPACE_IMPORT_NAME)) {
                    name = ModuleRecord.DEFERRED_NAMESPACE;
                }
                imports.add(new ModuleRecord.ImportBinding(requestOf(entry.getModuleRequest()), name,
                        entry.getLocalName().toJavaStringUncached()));
            }
            // import defer: [[RequestedModules]] with phases, each (request, phase) once, when any is deferred.
            List<ModuleRecord.PhasedRequest> phased = new ArrayList<>();
            boolean anyDeferred = false;
            for (Module.ModuleRequest request : module.getRequestedModules()) {
                boolean defer = request.phase() == Module.ImportPhase.Defer;
                ModuleRecord.PhasedRequest entry = new ModuleRecord.PhasedRequest(requestOf(request), defer);
                anyDeferred |= defer;
                if (!phased.contains(entry)) {
                    phased.add(entry);
                }
            }
            if (anyDeferred) {
                phasedRequests.addAll(phased);
            }
            for (Module.ExportEntry entry : module.getLocalExportEntries()) {
                localExports.add(new ModuleRecord.LocalExport(entry.getExportName().toJavaStringUncached(),
                        entry.getLocalName().toJavaStringUncached()));
            }
            for (Module.ExportEntry entry : module.getIndirectExportEntries()) {
                indirectExports.add(new ModuleRecord.IndirectExport(entry.getExportName().toJavaStringUncached(),
                        requestOf(entry.getModuleRequest()),
                        importName(entry.getImportName().toJavaStringUncached())));
            }
            for (Module.ExportEntry entry : module.getStarExportEntries()) {
                starExports.add(requestOf(entry.getModuleRequest()));
            }
        }

        private static String importName(String name) {
            return name.equals(Module.STAR_NAME.toJavaStringUncached()) || name.equals("?*") || name.equals("*") ? NAMESPACE_IMPORT_NAME : name;
        }

        private int requestOf(Module.ModuleRequest request) {
            Integer known = parserRequestIndex.get(request);
            if (known != null) {
                return known;
            }
            int index = requestIndexOf(request);
            parserRequestIndex.put(request, index);
            return index;
        }

        private int requestIndexOf(Module.ModuleRequest request) {
            Map<String, String> attributes = new TreeMap<>();
            request.attributes().forEach((k, v) -> attributes.put(k.toJavaStringUncached(), v.toJavaStringUncached()));
            ModuleRecord.ModuleRequest key = new ModuleRecord.ModuleRequest(
                    request.specifier().toJavaStringUncached(), attributes);
            Integer index = requestIndex.get(key);
            if (index == null) {
                index = requests.size();
                requests.add(key);
                requestIndex.put(key, index);
            }
            return index;
        }

        ModuleRecord build(boolean usesImportMeta, boolean usesDynamicImport, boolean async,
                           List<ModuleRecord.NamespaceMember> namespaceMembers) {
            return new ModuleRecord(requests, imports, localExports, indirectExports, starExports,
                    usesImportMeta, usesDynamicImport, async, namespaceMembers, phasedRequests);
        }
    }
}
