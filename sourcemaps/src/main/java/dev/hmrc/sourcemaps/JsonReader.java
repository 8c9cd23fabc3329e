package dev.hmrc.sourcemaps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259). Values come back as plain Java objects:
 * an object as an unmodifiable {@code Map<String, Object>} keeping key order (a
 * repeated key keeps its last value, as in JavaScript), an array as an
 * unmodifiable {@code List<Object>}, a string as {@code String}, a number as
 * {@code Double}, {@code true}/{@code false} as {@code Boolean} and {@code null}
 * as {@code null}. Errors are {@link IllegalArgumentException}s that say what was
 * expected and where (line, column, offset; all zero-based offset, one-based
 * line and column as editors show them).
 */
public final class JsonReader {
    private static final int MAX_DEPTH = 1000;

    private final String text;
    private int pos;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * Reads one JSON value that makes up all of {@code json} (surrounding whitespace allowed).
     *
     * @param json the text
     * @return a Map, List, String, Double, Boolean or null
     */
    public static Object parse(String json) {
        JsonReader reader = new JsonReader(json);
        reader.skipWhitespace();
        Object value = reader.readValue();
        reader.skipWhitespace();
        if (reader.pos < json.length()) {
            throw reader.error("unexpected " + reader.describeHere() + " after the JSON value");
        }
        return value;
    }

    /**
     * Reads {@code json} and requires it to be a JSON object.
     *
     * @param json the text
     * @return the object's members in text order
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String json) {
        Object value = parse(json);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("JSON: expected an object at the top level, got " + typeName(value));
        }
        return (Map<String, Object>) value;
    }

    /**
     * {@return the JSON type name of a value this reader returns, for error messages}
     *
     * @param value a value from {@link #parse}
     */
    public static String typeName(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String) {
            return "a string";
        } else if (value instanceof Double) {
            return "a number";
        } else if (value instanceof Boolean) {
            return "a boolean";
        } else if (value instanceof List) {
            return "an array";
        } else if (value instanceof Map) {
            return "an object";
        }
        return value.getClass().getSimpleName();
    }

    private Object readValue() {
        if (pos >= text.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return readObject();
            case '[':
                return readArray();
            case '"':
                return readString();
            case 't':
                expectWord("true");
                return Boolean.TRUE;
            case 'f':
                expectWord("false");
                return Boolean.FALSE;
            case 'n':
                expectWord("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                throw error("unexpected " + describeHere() + ", expected a value");
        }
    }

    private Map<String, Object> readObject() {
        enter();
        pos++; // '{'
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return Collections.unmodifiableMap(map);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("unexpected " + describeHere() + ", expected a string key");
            }
            String key = readString();
            skipWhitespace();
            if (peek() != ':') {
                throw error("unexpected " + describeHere() + ", expected ':'");
            }
            pos++;
            skipWhitespace();
            map.put(key, readValue());
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                depth--;
                return Collections.unmodifiableMap(map);
            }
            if (c != ',') {
                pos--;
                throw error("unexpected " + describeHere() + ", expected ',' or '}'");
            }
        }
    }

    private List<Object> readArray() {
        enter();
        pos++; // '['
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return Collections.unmodifiableList(list);
        }
        while (true) {
            skipWhitespace();
            list.add(readValue());
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                depth--;
                return Collections.unmodifiableList(list);
            }
            if (c != ',') {
                pos--;
                throw error("unexpected " + describeHere() + ", expected ',' or ']'");
            }
        }
    }

    private String readString() {
        int start = ++pos; // after '"'
        // fast path: no escapes
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                return text.substring(start, pos++);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            pos++;
        }
        StringBuilder out = new StringBuilder(pos - start + 16);
        out.append(text, start, pos);
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character U+" + hex4(c) + " in a string (must be escaped)");
            }
            if (c != '\\') {
                out.append(c);
                pos++;
                continue;
            }
            if (pos + 1 >= text.length()) {
                break;
            }
            char e = text.charAt(pos + 1);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int value = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = pos + 2 + i < text.length() ? Character.digit(text.charAt(pos + 2 + i), 16) : -1;
                        if (d < 0) {
                            throw error("invalid \\u escape (needs four hex digits)");
                        }
                        value = value * 16 + d;
                    }
                    out.append((char) value);
                    pos += 4;
                }
                default -> throw error("invalid escape '\\" + e + "' in a string");
            }
            pos += 2;
        }
        pos = start - 1;
        throw error("unterminated string");
    }

    private Double readNumber() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        char c = peek();
        if (c == '0') {
            pos++;
        } else if (c >= '1' && c <= '9') {
            skipDigits();
        } else {
            throw error("invalid number: expected a digit, got " + describeHere());
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("invalid number: expected a digit after '.', got " + describeHere());
            }
            skipDigits();
        }
        c = peek();
        if (c == 'e' || c == 'E') {
            pos++;
            c = peek();
            if (c == '+' || c == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("invalid number: expected a digit in the exponent, got " + describeHere());
            }
            skipDigits();
        }
        return Double.valueOf(Double.parseDouble(text.substring(start, pos)));
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void expectWord(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describeHere() + ", expected a value");
        }
        pos += word.length();
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    /** The current character, or 0 at the end (never a valid token start). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private String describeHere() {
        if (pos >= text.length()) {
            return "end of input";
        }
        char c = text.charAt(pos);
        return c < 0x20 || c > 0x7e ? "character U+" + hex4(c) : "'" + c + "'";
    }

    private IllegalArgumentException error(String message) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(pos, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new IllegalArgumentException("JSON: " + message + " at line " + line + ", column "
                + (end - lineStart + 1) + " (offset " + end + ")");
    }

    private static String hex4(char c) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(h.length()) + h;
    }
}
