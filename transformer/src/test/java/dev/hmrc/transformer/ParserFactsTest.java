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
 * What the transform takes from the parser instead of walking the tree: the regular expression literal
 * spans {@link ModuleParser} records while parsing must be exactly the spans of the tree's regex literals.
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
}
