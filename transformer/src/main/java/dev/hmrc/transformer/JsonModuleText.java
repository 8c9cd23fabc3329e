package dev.hmrc.transformer;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a JSON module's text against the JSON grammar (as {@code JSON.parse} does)
 * and lists the edits that make it an equivalent JavaScript expression: an object
 * key {@code "__proto__"} becomes the computed key {@code ["__proto__"]}, because in
 * an object literal it would set the prototype instead of creating a property.
 */
final class JsonModuleText {
    private final String text;
    private final String sourceName;
    private final List<Edit> edits = new ArrayList<>();
    private int pos;

    private JsonModuleText(String text, String sourceName) {
        this.text = text;
        this.sourceName = sourceName;
    }

    static List<Edit> check(String json, String sourceName) throws ModuleSyntaxError {
        JsonModuleText reader = new JsonModuleText(json, sourceName);
        if (json.startsWith("\uFEFF")) {
            reader.edits.add(new Edit(0, 1, "", Edit.BLANK, null, -1, 0));
            reader.pos = 1;
        }
        reader.skipSpace();
        reader.value(0);
        reader.skipSpace();
        if (reader.pos < json.length()) {
            throw reader.error("Unexpected token after the JSON value");
        }
        return reader.edits;
    }

    private void value(int depth) throws ModuleSyntaxError {
        if (depth > 2000) {
            throw error("JSON nested too deeply");
        }
        if (pos >= text.length()) {
            throw error("Unexpected end of JSON input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{' -> {
                pos++;
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    return;
                }
                while (true) {
                    skipSpace();
                    if (peek() != '"') {
                        throw error("Expected a string key in JSON object");
                    }
                    int keyStart = pos;
                    boolean proto = string();
                    if (proto) {
                        edits.add(new Edit(keyStart, keyStart, "[", Edit.UNMAPPED, null, -1, edits.size()));
                        edits.add(new Edit(pos, pos, "]", Edit.UNMAPPED, null, -1, edits.size()));
                    }
                    skipSpace();
                    if (peek() != ':') {
                        throw error("Expected ':' after a key in JSON object");
                    }
                    pos++;
                    skipSpace();
                    value(depth + 1);
                    skipSpace();
                    if (peek() == ',') {
                        pos++;
                    } else if (peek() == '}') {
                        pos++;
                        return;
                    } else {
                        throw error("Expected ',' or '}' in JSON object");
                    }
                }
            }
            case '[' -> {
                pos++;
                skipSpace();
                if (peek() == ']') {
                    pos++;
                    return;
                }
                while (true) {
                    skipSpace();
                    value(depth + 1);
                    skipSpace();
                    if (peek() == ',') {
                        pos++;
                    } else if (peek() == ']') {
                        pos++;
                        return;
                    } else {
                        throw error("Expected ',' or ']' in JSON array");
                    }
                }
            }
            case '"' -> string();
            case 't' -> word("true");
            case 'f' -> word("false");
            case 'n' -> word("null");
            default -> number();
        }
    }

    private void word(String w) throws ModuleSyntaxError {
        if (!text.startsWith(w, pos)) {
            throw error("Unexpected token in JSON");
        }
        pos += w.length();
    }

    private void number() throws ModuleSyntaxError {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9') {
                pos++;
            }
        } else {
            pos = start;
            throw error("Unexpected token in JSON");
        }
        if (peek() == '.') {
            pos++;
            if (!(peek() >= '0' && peek() <= '9')) {
                throw error("Expected a digit after '.' in JSON number");
            }
            while (peek() >= '0' && peek() <= '9') {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!(peek() >= '0' && peek() <= '9')) {
                throw error("Expected a digit in JSON number exponent");
            }
            while (peek() >= '0' && peek() <= '9') {
                pos++;
            }
        }
    }

    /** Reads a string at {@code pos}; whether its value is {@code __proto__}. */
    private boolean string() throws ModuleSyntaxError {
        pos++;
        StringBuilder value = null;
        int start = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error("Unterminated string in JSON");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                if (value == null) {
                    return pos - 1 - start == 9 && text.startsWith("__proto__", start);
                }
                return value.toString().equals("__proto__");
            }
            if (c < 0x20) {
                throw error("Bad control character in string literal in JSON");
            }
            if (c == '\\') {
                if (value == null) {
                    value = new StringBuilder(text.substring(start, pos));
                }
                pos++;
                char e = peek();
                switch (e) {
                    case '"', '\\', '/' -> value.append(e);
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        int code = 0;
                        for (int k = 1; k <= 4; k++) {
                            int d = pos + k < text.length() ? Character.digit(text.charAt(pos + k), 16) : -1;
                            if (d < 0) {
                                throw error("Bad Unicode escape in JSON");
                            }
                            code = code * 16 + d;
                        }
                        value.append((char) code);
                        pos += 4;
                    }
                    default -> throw error("Bad escaped character in JSON");
                }
                pos++;
            } else {
                if (value != null) {
                    value.append(c);
                }
                pos++;
            }
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private ModuleSyntaxError error(String reason) {
        return new ModuleSyntaxError(sourceName, reason, text, pos);
    }
}
