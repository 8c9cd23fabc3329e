package dev.hmrc.transformer;

import com.oracle.js.parser.Lexer;
import com.oracle.js.parser.ir.LexicalContext;
import com.oracle.js.parser.ir.LiteralNode;
import com.oracle.js.parser.ir.visitor.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shortcuts of the transform against the plain way: the regular expression literal spans {@link ModuleParser}
 * records while parsing must be exactly the spans of the tree's regex literals, and the scope pass that only
 * visits subtrees holding a candidate from the {@link TokenScan} must give the edits of the whole-tree walk
 * whenever it reports that it reached every candidate.
 */
class ParserFactsTest {

    /** The regex literal spans of the tree, in walk order (the old way of finding them). */
    private static List<String> treeSpans(String source) throws ModuleSyntaxError {
        List<String> spans = new ArrayList<>();
        ModuleParser.parse(source, "m.mjs").program().accept(new NodeVisitor<>(new LexicalContext()) {
            @Override
            public boolean enterLiteralNode(LiteralNode<?> node) {
                if (node.getValue() instanceof Lexer.RegexToken) {
                    spans.add(node.getStart() + "-" + node.getFinish());
                }
                return true;
            }
        });
        return spans.stream().sorted().toList();
    }

    private static List<String> recordedSpans(String source) throws ModuleSyntaxError {
        ModuleParser.Parsed parsed = ModuleParser.parse(source, "m.mjs");
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < parsed.regexCount(); i++) {
            spans.add(parsed.regexSpans()[2 * i] + "-" + parsed.regexSpans()[2 * i + 1]);
        }
        return spans.stream().sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "const a = [\n\t/^x\\.js$/,\n\t/y/\n];",
            "const r = /[/]\\//gu; // c",
            "const r = /a/g\n/* c */;",
            "x = y / 2 / z; w = /re/.test(s) ? /\\u{1F600}/u : /é+/i;",
            "const t = `${/a}/.source}` + `${`${/b/y}`}`;",
            "if (x) /re/.exec(s);\nfunction f() {}\n/g/.lastIndex = 0;",
            "label: { /x/; }",
            "const f = (a = /d/) => /e/\n;class C { static s = /f/; m() { return /g/\n} }",
            "const e = /[\\]/]+/dgimsuy;",
            "const v = /[\\p{L}--[a-z]]/v;",
    })
    void recordedRegexSpansAreTheTreeSpans(String source) throws Exception {
        List<String> tree = treeSpans(source);
        assertTrue(!tree.isEmpty(), "the sample has regex literals");
        assertEquals(tree, recordedSpans(source), source);
    }

    @Test
    void recordedRegexSpansAreTheTreeSpansOnTheCorpora() throws Exception {
        Path corpora = CorpusExecutionTest.corpora();
        int files = 0;
        int withRegex = 0;
        for (String folder : new String[] {"three/src", "lodash-es", "date-fns", "rxjs/dist/esm"}) {
            List<Path> paths;
            try (Stream<Path> s = Files.walk(corpora.resolve(folder))) {
                paths = s.filter(p -> p.toString().endsWith(".js") && !p.getFileName().toString().startsWith("cdn"))
                        .sorted().toList();
            }
            for (Path p : paths) {
                String source = Files.readString(p);
                List<String> tree = treeSpans(source);
                assertEquals(tree, recordedSpans(source), p.toString());
                files++;
                withRegex += tree.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(files > 2800 && withRegex > 50, files + " files, " + withRegex + " with regex literals");
    }

    /** The edits of the whole-tree scope pass and of the pruned one (null when it asks for the whole walk). */
    private static List<List<String>> bothWalks(String source) throws ModuleSyntaxError {
        // staging: some samples have decorators
        ModuleParser.Parsed parsed = ModuleParser.parse(source, "m.mjs", JsLanguage.STAGING);
        com.oracle.js.parser.ir.Module module = parsed.program().getModule();
        java.util.Map<String, Integer> slots = new java.util.HashMap<>();
        java.util.Set<String> namespaces = new java.util.HashSet<>();
        for (com.oracle.js.parser.ir.Module.ImportEntry entry : module.getImportEntries()) {
            slots.put(entry.getLocalName().toJavaStringUncached(), slots.size());
            String importName = entry.getImportName().toJavaStringUncached();
            if (importName.equals("*") || importName.equals("?*")
                    || importName.equals(com.oracle.js.parser.ir.Module.STAR_NAME.toJavaStringUncached())) {
                namespaces.add(entry.getLocalName().toJavaStringUncached());
            }
        }
        List<String> names = new ArrayList<>(slots.keySet());
        names.add("arguments");
        names.add("import");
        int[] spans = java.util.Arrays.copyOf(parsed.regexSpans(), parsed.regexCount() * 2);
        long[] packed = new long[parsed.regexCount()];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = ((long) spans[2 * i] << 32) | spans[2 * i + 1];
        }
        java.util.Arrays.sort(packed);
        for (int i = 0; i < packed.length; i++) {
            spans[2 * i] = (int) (packed[i] >>> 32);
            spans[2 * i + 1] = (int) packed[i];
        }
        TokenScan scan = new TokenScan(source, source.toCharArray(), spans, parsed.regexCount(), names).scan(0);
        List<Edit> whole = new ArrayList<>();
        ModuleAnalysis full = new ModuleAnalysis(source, "$$h", slots, namespaces, whole);
        parsed.program().accept(full);
        full.finishNamespaceMembers();
        List<Edit> pruned = new ArrayList<>();
        ModuleAnalysis part = new ModuleAnalysis(source, "$$h", slots, namespaces, pruned, scan.candidates, scan.candidateCount);
        module.getImports().forEach(part::markReached);
        module.getExports().forEach(part::markReached);
        parsed.program().accept(part);
        part.finishNamespaceMembers();
        List<String> a = new ArrayList<>(whole.stream().map(Edit::toString).toList());
        a.add("flags " + full.usesArguments + full.usesImportMeta + full.usesDynamicImport + full.writtenImports
                + editedDecorators(full, whole) + full.namespaceMembers + full.usesNamespaceCall);
        List<String> b = null;
        if (part.reachedAllCandidates()) {
            b = new ArrayList<>(pruned.stream().map(Edit::toString).toList());
            b.add("flags " + part.usesArguments + part.usesImportMeta + part.usesDynamicImport + part.writtenImports
                    + editedDecorators(part, pruned) + part.namespaceMembers + part.usesNamespaceCall);
        }
        return java.util.Arrays.asList(a, b);
    }

    /** The decorator spans that hold an edit (the ones the transform parenthesises), in order. */
    private static List<String> editedDecorators(ModuleAnalysis analysis, List<Edit> edits) {
        return analysis.decoratorSpans.stream()
                .filter(d -> edits.stream().anyMatch(e -> e.start() >= d[0] && e.end() <= d[1]))
                .map(d -> d[0] + "-" + d[1]).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // "whole:" samples may make the pruned pass ask for the whole walk (shadowing parameters, decorators)
            "whole:import {a, b as c} from './x.js'; import * as ns from './y.js';\nexport {a, c as d};\n"
                    + "function f(a) { return a + c; } const g = (b, c) => c(a); ns.a = a.b; ({a, c} = ns); a++;",
            "import d from './x.js'; class K extends d { static s = d; #d = d; m(x = d) { return new d.y(d); } }",
            "whole:import {x} from './x.js'; @x.deco class A { @x m() {} } export default x;",
            "import {v} from './x.js'; label: for (;;) { break label; } const o = {v, w: v, [v]: v, v() { return v; }};",
            "import {t} from './x.js'; const s = `${t}${`${t}`}` + t`${t}`; typeof t; delete o.t; t?.t?.(t);",
            "export const meta = import.meta.url; const m = await import('./z.js'); arguments; (() => arguments)();",
            "import {\u0061} from './x.js'; \u0061(); a(); function h() { return arguments[0] + a; }",
            "import {e} from './x.js'; try { e(); } catch (e) { e(); } finally { e(); } for (const e of [e]) {}",
            "import {p} from './x.js'; const {p: q = p, ...r} = p; [p2 = p] = [p]; export {p as default};",
    })
    void prunedScopePassGivesTheWholeWalksEdits(String sample) throws Exception {
        boolean mayFallBack = sample.startsWith("whole:");
        String source = mayFallBack ? sample.substring(6) : sample;
        List<List<String>> both = bothWalks(source);
        if (mayFallBack && both.get(1) == null) {
            return;
        }
        assertTrue(both.get(1) != null, "the pruned walk reached every candidate");
        assertEquals(both.get(0), both.get(1), source);
    }

    @Test
    void prunedScopePassGivesTheWholeWalksEditsOnTheCorpora() throws Exception {
        Path corpora = CorpusExecutionTest.corpora();
        int files = 0;
        int pruned = 0;
        for (String folder : new String[] {"three/src", "lodash-es", "date-fns", "rxjs/dist/esm"}) {
            List<Path> paths;
            try (Stream<Path> s = Files.walk(corpora.resolve(folder))) {
                paths = s.filter(p -> p.toString().endsWith(".js") && !p.getFileName().toString().startsWith("cdn"))
                        .sorted().toList();
            }
            for (Path p : paths) {
                List<List<String>> both = bothWalks(Files.readString(p));
                files++;
                if (both.get(1) != null) {
                    pruned++;
                    assertEquals(both.get(0), both.get(1), p.toString());
                }
            }
        }
        // The pruned walk must be the usual case, or it saves nothing.
        assertTrue(files > 2800 && pruned > files * 95 / 100, pruned + " of " + files + " files walked pruned");
    }
}
