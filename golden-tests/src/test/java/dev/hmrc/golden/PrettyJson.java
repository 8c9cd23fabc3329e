package dev.hmrc.golden;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-indents compact JSON so that expected files read well in a diff: two
 * spaces per level, one object member per line, arrays of plain values on one
 * line. Member order and string spelling are kept exactly as given.
 */
final class PrettyJson {

    private final String text;
    private int pos;

    private PrettyJson(String text) {
        this.text = text;
    }

    /** The JSON text pretty-printed, ending with a newline. */
    static String format(String json) {
        PrettyJson reader = new PrettyJson(json);
        Object value = reader.readValue();
        reader.skipSpace();
        if (reader.pos != json.length()) {
            throw new IllegalArgumentException("trailing text after JSON at offset " + reader.pos + ": " + json);
        }
        StringBuilder out = new StringBuilder();
        write(out, value, "");
        return out.append('\n').toString();
    }

    /** A scalar kept as its source spelling (number, string with quotes, true, false, null). */
    private record Scalar(String spelling) {
    }

    private Object readValue() {
        skipSpace();
        char c = text.charAt(pos);
        if (c == '{') {
            pos++;
            Map<String, Object> members = new LinkedHashMap<>();
            skipSpace();
            if (text.charAt(pos) == '}') {
                pos++;
                return members;
            }
            while (true) {
                skipSpace();
                String key = readString();
                skipSpace();
                expect(':');
                members.put(key, readValue());
                skipSpace();
                if (text.charAt(pos) == ',') {
                    pos++;
                } else {
                    expect('}');
                    return members;
                }
            }
        }
        if (c == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            skipSpace();
            if (text.charAt(pos) == ']') {
                pos++;
                return items;
            }
            while (true) {
                items.add(readValue());
                skipSpace();
                if (text.charAt(pos) == ',') {
                    pos++;
                } else {
                    expect(']');
                    return items;
                }
            }
        }
        if (c == '"') {
            return new Scalar(readString());
        }
        int start = pos;
        while (pos < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return new Scalar(text.substring(start, pos));
    }

    private String readString() {
        int start = pos;
        expect('"');
        while (text.charAt(pos) != '"') {
            pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        pos++;
        return text.substring(start, pos);
    }

    private void expect(char c) {
        if (text.charAt(pos) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at offset " + pos + " of " + text);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private static void write(StringBuilder out, Object value, String indent) {
        if (value instanceof Scalar scalar) {
            out.append(scalar.spelling());
        } else if (value instanceof Map<?, ?> members) {
            if (members.isEmpty()) {
                out.append("{}");
                return;
            }
            if (members.values().stream().allMatch(Scalar.class::isInstance) && members.size() <= 4) {
                out.append("{");
                String sep = "";
                for (Map.Entry<?, ?> member : members.entrySet()) {
                    out.append(sep).append(member.getKey()).append(": ");
                    write(out, member.getValue(), indent);
                    sep = ", ";
                }
                out.append("}");
                return;
            }
            out.append("{\n");
            String inner = indent + "  ";
            String sep = "";
            for (Map.Entry<?, ?> member : members.entrySet()) {
                out.append(sep).append(inner).append(member.getKey()).append(": ");
                write(out, member.getValue(), inner);
                sep = ",\n";
            }
            out.append('\n').append(indent).append('}');
        } else {
            List<?> items = (List<?>) value;
            if (items.isEmpty()) {
                out.append("[]");
                return;
            }
            if (items.stream().allMatch(Scalar.class::isInstance)) {
                out.append('[');
                String sep = "";
                for (Object item : items) {
                    out.append(sep);
                    write(out, item, indent);
                    sep = ", ";
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            String inner = indent + "  ";
            String sep = "";
            for (Object item : items) {
                out.append(sep).append(inner);
                write(out, item, inner);
                sep = ",\n";
            }
            out.append('\n').append(indent).append(']');
        }
    }
}
