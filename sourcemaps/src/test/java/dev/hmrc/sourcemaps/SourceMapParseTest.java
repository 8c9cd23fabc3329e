package dev.hmrc.sourcemaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceMapParseTest {

    @Test
    void readsAllFields() {
        SourceMap map = SourceMap.parse("{\"version\":3,\"file\":\"out.js\",\"sourceRoot\":\"src\",\"sources\":[\"a.js\"],"
                + "\"sourcesContent\":[\"let a;\"],\"names\":[\"a\"],\"mappings\":\"AAAAA\",\"x_google_ignoreList\":[0]}");
        assertEquals(new SourceMap("out.js", "src", List.of("a.js"), List.of("let a;"), List.of("a"), "AAAAA"), map);
        assertEquals(List.of("src/a.js"), map.resolvedSources());
    }

    @Test
    void acceptsWhatToolsInTheWildWrite() {
        SourceMap map = SourceMap.parse(")]}'\n{\"version\":3,\"sources\":[\"a.js\",null],\"sourcesContent\":[\"x\"],"
                + "\"mappings\":\"AAAA;;ACAA,,C\"}");
        assertNull(map.file());
        assertEquals(List.of(), map.names(), "missing names read as empty");
        assertEquals(Arrays.asList("a.js", null), map.sources());
        assertEquals(Arrays.asList("x", null), map.sourcesContent(), "short sourcesContent padded with null");
        List<Mapping> mappings = DecodedSourceMap.decode(map).mappings();
        assertEquals(List.of(new Mapping(0, 0, "a.js", 0, 0, null), Mapping.unmapped(2, 0), Mapping.unmapped(2, 1)),
                mappings, "a segment of a null source has no original position; empty segments are skipped");
    }

    @Test
    void resolvesSourcesAgainstTheSourceRoot() {
        SourceMap map = new SourceMap(null, "http://x/src/", List.of("a.js", "/abs.js"), null, List.of(), "");
        assertEquals(List.of("http://x/src/a.js", "http://x/src//abs.js"), map.resolvedSources());
        assertEquals(List.of("lib/a.js", "lib/abs.js"),
                new SourceMap(null, "lib", List.of("a.js", "abs.js"), null, List.of(), "").resolvedSources());
        assertEquals(List.of("a.js"), new SourceMap(null, "", List.of("a.js"), null, List.of(), "").resolvedSources());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"sources\":[],\"mappings\":\"\"}|version is missing (must be 3)",
            "{\"version\":2,\"sources\":[],\"mappings\":\"\"}|version must be 3, got 2",
            "{\"version\":\"3\",\"sources\":[],\"mappings\":\"\"}|version must be 3, got \"3\"",
            "{\"version\":3,\"mappings\":\"\"}|sources is missing",
            "{\"version\":3,\"sources\":{},\"mappings\":\"\"}|sources must be an array, got an object",
            "{\"version\":3,\"sources\":[\"a\",1],\"mappings\":\"\"}|sources[1] must be a string or null, got a number",
            "{\"version\":3,\"sources\":[],\"names\":[null],\"mappings\":\"\"}|names[0] must be a string, got null",
            "{\"version\":3,\"sources\":[]}|mappings is missing",
            "{\"version\":3,\"sources\":[],\"mappings\":[]}|mappings must be a string, got an array",
            "{\"version\":3,\"file\":1,\"sources\":[],\"mappings\":\"\"}|file must be a string, got a number",
            "{\"version\":3,\"sources\":[],\"sourcesContent\":[\"a\"],\"mappings\":\"\"}|sourcesContent has 1 entries but sources only 0",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"AAAA,AAAA;A!AA\"}|mappings: invalid Base64 digit '!' at offset 11",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"AAAA,AA\"}|mappings: segment has 2 fields (must be 1, 4 or 5) at offset 5",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"AAA\"}|mappings: segment has 3 fields (must be 1, 4 or 5) at offset 0",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"AAAAAA\"}|mappings: segment has more than 5 fields at offset 0",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"AAAg\"}|mappings: value ends in the middle (continuation bit set on its last digit) at offset 4",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"Ag,A\"}|mappings: value ends in the middle (continuation bit set on its last digit) at offset 2",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"ggggggggB\"}|mappings: value does not fit in 32 bits at offset 7",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"ggggggE\"}|mappings: value does not fit in 32 bits at offset 6",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"AAAA,ACAA\"}|mappings: source index 1 out of range (1 sources) at offset 5",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"AAAAC\"}|mappings: name index 1 out of range (0 names) at offset 0",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"D\"}|mappings: generated column becomes negative (-1) at offset 0",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"AADA\"}|mappings: original line becomes negative (-1) at offset 0",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"AAA+/////D,AAAC\"}|mappings: original column exceeds 2^31-1 at offset 11",
            "{\"version\":3,\"sources\":[\"a\"],\"mappings\":\"A\u00e9\"}|mappings: invalid Base64 digit U+00E9 at offset 1",
            "[]|JSON: expected an object at the top level, got an array",
            "{\"version\":3,|JSON: unexpected end of input, expected a string key at line 1, column 14 (offset 13)"
    })
    void rejectsMalformedMapsSayingWhatIsWrong(String json, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceMap.parse(json));
        assertEquals(message, e.getMessage());
    }

    @Test
    void flattensIndexMaps() {
        String json = "{\"version\":3,\"file\":\"all.js\",\"sections\":["
                + "{\"offset\":{\"line\":0,\"column\":0},\"map\":{\"version\":3,\"sources\":[\"a.js\"],"
                + "\"sourcesContent\":[\"A\"],\"names\":[\"n\"],\"mappings\":\"AAAAA,CAAC;AACA\"}},"
                + "{\"offset\":{\"line\":1,\"column\":10},\"map\":{\"version\":3,\"sourceRoot\":\"lib\","
                + "\"sources\":[\"b.js\"],\"names\":[],\"mappings\":\"AAAA,E;EACA\"}}]}";
        SourceMap map = SourceMap.parse(json);
        assertEquals("all.js", map.file());
        assertEquals(List.of("a.js", "lib/b.js"), map.sources());
        assertEquals(Arrays.asList("A", null), map.sourcesContent());
        assertEquals(List.of(
                new Mapping(0, 0, "a.js", 0, 0, "n"),
                new Mapping(0, 1, "a.js", 0, 1, null),
                new Mapping(1, 0, "a.js", 1, 1, null),
                new Mapping(1, 10, "lib/b.js", 0, 0, null),
                Mapping.unmapped(1, 12),
                new Mapping(2, 2, "lib/b.js", 1, 0, null)), DecodedSourceMap.decode(map).mappings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[{\"offset\":{\"line\":0,\"column\":0},\"url\":\"a.map\"}]|sections[0]: sections with a url are not supported (inline the map)",
            "[{\"offset\":{\"line\":0},\"map\":{}}]|sections[0].offset.column must be a non-negative integer, got null",
            "[{\"offset\":{\"line\":1.5,\"column\":0},\"map\":{}}]|sections[0].offset.line must be a non-negative integer, got 1.5",
            "[{\"offset\":{\"line\":2,\"column\":0},\"map\":{\"version\":3,\"sources\":[],\"mappings\":\"\"}},{\"offset\":{\"line\":1,\"column\":0},\"map\":{}}]|sections[1].offset 1:0 comes before the previous section's 2:0",
            "[{\"offset\":{\"line\":0,\"column\":0},\"map\":{\"version\":3,\"sources\":[],\"mappings\":\"!\"}}]|sections[0].map: mappings: invalid Base64 digit '!' at offset 0",
            "[{\"offset\":{\"line\":0,\"column\":0},\"map\":{\"version\":3,\"sections\":[]}}]|sections[0].map: an index map may not nest another index map",
            "[{\"offset\":{\"line\":0,\"column\":0},\"map\":{\"version\":3,\"sources\":[],\"mappings\":\"A;A\"}},{\"offset\":{\"line\":0,\"column\":5},\"map\":{\"version\":3,\"sources\":[],\"mappings\":\"A\"}}]|sections[1]: mappings overlap the previous section (segment at 0:5)",
            "{}|sections must be an array, got an object"
    })
    void rejectsBadIndexMaps(String sections, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceMap.parse("{\"version\":3,\"sections\":" + sections + "}"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void toJsonWritesFieldsInFormatOrderAndEscapes() {
        SourceMap map = new SourceMap("o\"ut.js", null, List.of("a😀.js"), Arrays.asList((String) null),
                List.of("\uD800"), "AAAA");
        String json = map.toJson();
        assertEquals("{\"version\":3,\"file\":\"o\\\"ut.js\",\"sources\":[\"a😀.js\"],\"sourcesContent\":[null],"
                + "\"names\":[\"\\ud800\"],\"mappings\":\"AAAA\"}", json);
        assertEquals(map, SourceMap.parse(json));
    }
}
