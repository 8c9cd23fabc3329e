package dev.hmrc.transformer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real package, transformed module by module and run through the test linker,
 * prints what it prints natively: lodash-es (about 640 modules, one flat folder).
 */
class CorpusExecutionTest {

    static Path corpora() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("scripts/fetch-corpora.sh"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("scripts/fetch-corpora.sh not found above " + Path.of("").toAbsolutePath());
        }
        Process fetch = new ProcessBuilder("bash", root.resolve("scripts/fetch-corpora.sh").toString())
                .redirectErrorStream(true).start();
        String log = new String(fetch.getInputStream().readAllBytes());
        assertEquals(0, fetch.waitFor(), "fetch-corpora.sh failed:\n" + log);
        return root.resolve(".corpora/node_modules");
    }

    @Test
    void lodashRunsLikeNative() throws Exception {
        Path lodash = corpora().resolve("lodash-es");
        Map<String, String> modules = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(lodash)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".js")).sorted().toList();
        }
        for (Path p : files) {
            modules.put(p.getFileName().toString(), Files.readString(p));
        }
        assertTrue(modules.size() > 600, "lodash-es has its modules: " + modules.size());
        modules.put("main.mjs", String.join("\n",
                "import _, {chunk, camelCase, sortBy, template, merge, memoize, isEqual, debounce} from './lodash.js';",
                "import * as fp from './lodash.default.js';",
                "console.log(JSON.stringify(chunk([1, 2, 3, 4, 5], 2)), camelCase('Foo Bar-baz'), sortBy([3, 1, 2]).join());",
                "console.log(template('hi <%= n %>!')({n: 'there'}), JSON.stringify(merge({a: {b: 1}}, {a: {c: 2}})));",
                "const m = memoize(x => x * 2); console.log(m(21), isEqual({a: [1]}, {a: [1]}), typeof debounce);",
                "console.log(_.VERSION, _.map([1, 2], x => x + 1).join(), typeof fp.default, Object.keys(_).length > 300);"));
        String natively = ModuleHarness.runNatively(modules, "main.mjs");
        String hot;
        try (ModuleHarness harness = new ModuleHarness(modules)) {
            hot = harness.run("main.mjs");
        }
        assertTrue(natively.startsWith("[[1,2],[3,4],[5]] fooBarBaz 1,2,3\n"), natively);
        assertEquals(natively, hot);
    }
}
