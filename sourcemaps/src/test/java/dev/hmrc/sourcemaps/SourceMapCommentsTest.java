package dev.hmrc.sourcemaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceMapCommentsTest {
    private static final SourceMap MAP = new SourceMap("out.js", null, List.of("a😀.js"), List.of("é\n"),
            List.of("n"), "AAAAA");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x();\\n//# sourceMappingURL=a.js.map|a.js.map",
            "x();\\n//@ sourceMappingURL=old.map|old.map",
            "x();\\n/*# sourceMappingURL=b.map */|b.map",
            "x();\\n//#sourceMappingURL=c.map|c.map",
            "x();\\n//# sourceMappingURL=d.map  \\n\\n  \\t\\n|d.map",
            "x();\\n//# sourceMappingURL=e.map\\n// license text\\n/* more */|e.map",
            "x();\\n//# sourceMappingURL=first.map\\n//# sourceMappingURL=last.map|last.map",
            "x(); //# sourceMappingURL=same-line.map|same-line.map",
            "x();\\r\\n//# sourceMappingURL=crlf.map\\r\\n|crlf.map",
            "x();\\u2028//# sourceMappingURL=ls.map|ls.map",
            "x();\\n/* a */ /*# sourceMappingURL=f.map */ // b|f.map",
            "//# sourceMappingURL=only.map|only.map",
            "x();\\n//# sourceMappingURL=|",
    })
    void findsTheTrailingUrl(String code, String url) {
        String text = unescape(code);
        assertEquals(Optional.of(url == null ? "" : url), SourceMapComments.findUrl(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x();",
            "//# sourceMappingURL=a.map\\nx();",
            "//# sourceMappingURL=a.map\\n*/",
            "x();\\n//# sourceMappingURL=a.map  extra",
            "x();\\n// # sourceMappingURL=a.map",
            "x();\\n//# sourceMappingUrl=a.map",
            "x();\\n/*# sourceMappingURL=a.map */ y();",
            "x();\\n/*\\n//# sourceMappingURL=a.map\\n*/",
            "'//# sourceMappingURL=in-a-string.map'; y()",
            "x();\\n//# sourceMappingURL=a.map\\n/",
    })
    void findsNothingWhenCodeFollowsOrTheCommentIsNotOne(String code) {
        assertEquals(Optional.empty(), SourceMapComments.findUrl(unescape(code)));
    }

    @Test
    void stripsTheCommentKeepingLines() {
        String code = "a();\n//# sourceMappingURL=x.map\n// keep\n";
        String stripped = SourceMapComments.stripUrlComment(code);
        assertEquals("a();\n\n// keep\n", stripped);
        assertEquals(code.split("\n", -1).length, stripped.split("\n", -1).length);
        assertEquals("a(); /* k */  \n", SourceMapComments.stripUrlComment("a(); /* k */ /*# sourceMappingURL=y */ \n"));
        assertEquals("a();", SourceMapComments.stripUrlComment("a();"));
        assertEquals(Optional.empty(), SourceMapComments.findUrl(stripped));
    }

    @Test
    void inlineCommentHoldsTheMapAsBase64Json() {
        String comment = SourceMapComments.inlineComment(MAP);
        String prefix = "//# sourceMappingURL=data:application/json;charset=utf-8;base64,";
        assertTrue(comment.startsWith(prefix), comment);
        assertEquals(MAP.toJson(), new String(Base64.getDecoder().decode(comment.substring(prefix.length())),
                StandardCharsets.UTF_8));
        String url = SourceMapComments.findUrl("f();\n" + comment + "\n").orElseThrow();
        assertEquals(Optional.of(MAP), SourceMapComments.decodeDataUrl(url));
    }

    @Test
    void fileCommentPercentEncodesWhitespace() {
        assertEquals("//# sourceMappingURL=app.js.map", SourceMapComments.fileComment("app.js.map"));
        assertEquals("//# sourceMappingURL=my%20app%0A.map", SourceMapComments.fileComment("my app\n.map"));
        assertEquals(Optional.of("my%20app.map"),
                SourceMapComments.findUrl("x\n" + SourceMapComments.fileComment("my app.map")));
    }

    @Test
    void decodesDataUrlsInTheirForms() {
        String json = MAP.toJson();
        String base64 = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        String percent = URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
        for (String url : List.of(
                "data:application/json;base64," + base64,
                "DATA:Application/JSON;charset=UTF-8;base64," + base64,
                "data:application/json;charset=utf-8," + percent,
                "data:application/json," + percent,
                "data:text/json," + json.replace("%", "%25"),
                "data:application/json;base64," + base64.substring(0, 20) + "\n " + base64.substring(20))) {
            assertEquals(Optional.of(MAP), SourceMapComments.decodeDataUrl(url), url);
        }
        String unpadded = base64.replaceAll("=+$", "");
        assertEquals(Optional.of(MAP), SourceMapComments.decodeDataUrl("data:application/source-map+json;base64,"
                + unpadded), "missing padding");
        String latin1 = "data:application/json;charset=ISO-8859-1;base64," + Base64.getEncoder().encodeToString(
                new SourceMap(null, null, List.of("é.js"), null, List.of(), "").toJson()
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("é.js"), SourceMapComments.decodeDataUrl(latin1).orElseThrow().sources());
    }

    @Test
    void dataUrlsThatAreNotJsonOrNotDataGiveNothing() {
        assertEquals(Optional.empty(), SourceMapComments.decodeDataUrl("app.js.map"));
        assertEquals(Optional.empty(), SourceMapComments.decodeDataUrl("data:text/plain;base64,e30="));
        assertEquals(Optional.empty(), SourceMapComments.decodeDataUrl("data:,{}"));
    }

    @Test
    void brokenJsonDataUrlsThrowSayingWhy() {
        assertEquals("data URL: no ',' before the data", assertThrows(IllegalArgumentException.class,
                () -> SourceMapComments.decodeDataUrl("data:application/json;base64")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SourceMapComments.decodeDataUrl("data:application/json;base64,e3!0")).getMessage()
                .startsWith("data URL: invalid base64 data"));
        assertEquals("data URL: JSON: unexpected end of input, expected a string key at line 1, column 2 (offset 1)",
                assertThrows(IllegalArgumentException.class,
                        () -> SourceMapComments.decodeDataUrl("data:application/json,%7B")).getMessage());
        assertEquals("data URL: version is missing (must be 3)", assertThrows(IllegalArgumentException.class,
                () -> SourceMapComments.decodeDataUrl("data:application/json,{}")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SourceMapComments.decodeDataUrl("data:application/json;charset=nope,{}")).getMessage()
                .startsWith("data URL: unsupported charset nope"));
    }

    @Test
    void recognisesDataUrls() {
        assertTrue(SourceMapComments.isDataUrl("data:application/json,{}"));
        assertTrue(SourceMapComments.isDataUrl("Data:x"));
        assertFalse(SourceMapComments.isDataUrl("app.js.map"));
        assertFalse(SourceMapComments.isDataUrl("dat"));
        assertFalse(SourceMapComments.isDataUrl("file:data:x"));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t").replace("\\u2028", "\u2028");
    }
}
