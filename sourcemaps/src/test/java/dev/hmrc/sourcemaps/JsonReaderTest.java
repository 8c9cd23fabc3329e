package dev.hmrc.sourcemaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {

    @Test
    void readsAllValueKinds() {
        Object value = JsonReader.parse(" {\"s\":\"x\",\"n\":-1.5e2,\"t\":true,\"f\":false,\"z\":null,"
                + "\"a\":[1,[],{}],\"o\":{\"k\":0}} ");
        Map<?, ?> map = (Map<?, ?>) value;
        assertEquals(List.of("s", "n", "t", "f", "z", "a", "o"), new ArrayList<>(map.keySet()), "key order kept");
        assertEquals("x", map.get("s"));
        assertEquals(-150.0, map.get("n"));
        assertEquals(Boolean.TRUE, map.get("t"));
        assertEquals(Boolean.FALSE, map.get("f"));
        assertTrue(map.containsKey("z"));
        assertNull(map.get("z"));
        assertEquals(Arrays.asList(1.0, List.of(), Map.of()), map.get("a"));
        assertEquals(Map.of("k", 0.0), map.get("o"));
    }

    @Test
    void readsEscapesIncludingSurrogatePairsAndLoneSurrogates() {
        assertEquals("\"\\/\b\f\n\r\t\u00e9😀\uD83D", JsonReader.parse(
                "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\\uD83D\""));
        assertEquals("plain é 😀", JsonReader.parse("\"plain é 😀\""));
    }

    @Test
    void aRepeatedKeyKeepsTheLastValue() {
        assertEquals(Map.of("a", 2.0), JsonReader.parse("{\"a\":1,\"a\":2}"));
    }

    @Test
    void resultsAreUnmodifiable() {
        List<?> list = (List<?>) JsonReader.parse("[1]");
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":1,}|unexpected '}', expected a string key at line 1, column 8 (offset 7)",
            "[1 2]|unexpected '2', expected ',' or ']' at line 1, column 4 (offset 3)",
            "{\"a\" 1}|expected ':'",
            "\"abc|unterminated string at line 1, column 1",
            "01|unexpected '1' after the JSON value",
            "1.|expected a digit after '.'",
            "-|expected a digit, got end of input",
            "1e|expected a digit in the exponent",
            "+1|unexpected '+', expected a value",
            "tru|expected a value",
            "\"\\x\"|invalid escape '\\x'",
            "\"\\u12G4\"|invalid \\u escape",
            "|unexpected end of input, expected a value",
            "[1]x|unexpected 'x' after the JSON value"
    })
    void rejectsMalformedJsonSayingWhereAndWhat(String json, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonReader.parse(json == null ? "" : json));
        assertTrue(e.getMessage().startsWith("JSON: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void reportsLineAndColumnOnLaterLines() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonReader.parse("{\n  \"a\": [1,\n  \tx]\n}"));
        assertEquals("JSON: unexpected 'x', expected a value at line 3, column 4 (offset 16)", e.getMessage());
    }

    @Test
    void rejectsRawControlCharactersInStrings() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("\"a\nb\""));
        assertTrue(e.getMessage().contains("control character U+000A"), e.getMessage());
    }

    @Test
    void limitsNesting() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.parse(deep));
        assertTrue(e.getMessage().contains("nesting deeper than 1000"), e.getMessage());
        assertEquals(1, ((List<?>) JsonReader.parse("[".repeat(1000).substring(1) + "[]" + "]".repeat(999))).size());
    }

    @Test
    void parseObjectRequiresAnObject() {
        assertEquals(Map.of(), JsonReader.parseObject("{}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.parseObject("[]"));
        assertEquals("JSON: expected an object at the top level, got an array", e.getMessage());
    }

    @Test
    void namesTypes() {
        assertEquals("null", JsonReader.typeName(null));
        assertEquals("a string", JsonReader.typeName("x"));
        assertEquals("a number", JsonReader.typeName(1.0));
        assertEquals("a boolean", JsonReader.typeName(true));
        assertEquals("an array", JsonReader.typeName(List.of()));
        assertEquals("an object", JsonReader.typeName(Map.of()));
    }
}
