package dev.hmrc.runtime.web;

import dev.hmrc.runtime.JsEngine;
import dev.hmrc.runtime.Linker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * WPT's URL test data ({@code src/test/resources/wpt/url}: urltestdata.json, the origins in it,
 * urltestdata-javascript-only.json, setters_tests.json, toascii.json, IdnaTestV2.json) through
 * {@code URL}, the way WPT's url-constructor, url-origin, url-setters, toascii and IdnaTestV2
 * tests use it, in both modes: every case passes.
 */
class WptUrlTest {

    private static JsEngine engine;

    @BeforeAll
    static void engine() {
        engine = JsEngine.create();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void everyCaseOfWptsUrlDataPasses(Linker linker) throws URISyntaxException {
        Path folder = Path.of(WptUrlTest.class.getResource("/wpt/url/run-url-tests.mjs").toURI()).getParent();
        WptRun run = WptRun.run(folder, "./run-url-tests.mjs", linker, engine);
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("urltestdata.json (URL constructor)", 891);
        expected.put("urltestdata.json (origin)", 411);
        expected.put("urltestdata-javascript-only.json", 1);
        expected.put("setters_tests.json", 278);
        expected.put("toascii.json", 87);
        expected.put("IdnaTestV2.json", 2670);
        assertEquals(expected, run.passed(), run.output());
        run.failures().forEach((suite, failed) -> assertEquals(List.of(), failed, suite));
    }
}
