package dev.hmrc.sourcemaps;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code sourceMappingURL} comment of a JavaScript file: finding, removing and
 * writing it, and decoding {@code data:} URLs that hold a map inline.
 *
 * <p>Finding follows the Source Map standard's "extract a source map URL from
 * JavaScript without parsing": only the trailing run of comments and whitespace
 * counts. Lines are read one at a time (line terminators are those of ECMAScript);
 * on each, a {@code //} or one-line {@code /* *}{@code /} comment whose text is
 * {@code #} or {@code @}, optional whitespace, {@code sourceMappingURL=}, a URL
 * without whitespace and optional whitespace, names a URL; any code after it (on
 * that line or a later one) cancels it. The last URL that is not cancelled wins.
 * The scan starts from the end of the file and stops at the first line with code.
 */
public final class SourceMapComments {
    private static final String PREFIX = "sourceMappingURL=";
    private static final String INLINE_PREFIX = "//# sourceMappingURL=data:application/json;charset=utf-8;base64,";

    private SourceMapComments() {
    }

    /**
     * {@return the URL of the file's {@code sourceMappingURL} comment, if it has one (may be an empty string)}
     *
     * @param code the code
     */
    public static Optional<String> findUrl(String code) {
        int[] found = find(code);
        return found == null ? Optional.empty() : Optional.of(code.substring(found[2], found[3]));
    }

    /**
     * The code without its {@code sourceMappingURL} comment (the comment's text is
     * removed, its line and line terminator stay, so line numbers do not change);
     * the code itself when it has none.
     *
     * @param code the code
     * @return the code without the comment's text
     */
    public static String stripUrlComment(String code) {
        int[] found = find(code);
        if (found == null) {
            return code;
        }
        return new StringBuilder(code.length()).append(code, 0, found[0]).append(code, found[1], code.length())
                .toString();
    }

    /**
     * {@return a {@code //# sourceMappingURL=data:application/json;charset=utf-8;base64,...} comment holding the map}
     *
     * @param map the map
     */
    public static String inlineComment(SourceMap map) {
        byte[] json = map.toJson().getBytes(StandardCharsets.UTF_8);
        return INLINE_PREFIX + Base64.getEncoder().encodeToString(json);
    }

    /**
     * A {@code //# sourceMappingURL=url} comment. Whitespace in {@code url} (which
     * would end the URL) is percent-encoded.
     *
     * @param url the map's URL
     * @return the comment
     */
    public static String fileComment(String url) {
        StringBuilder out = new StringBuilder(url.length() + 21).append("//# ").append(PREFIX);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (isWhitespace(c) || isLineTerminator(c)) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 15, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@return whether {@code url} is a {@code data:} URL (scheme compared without case)}
     *
     * @param url the URL
     */
    public static boolean isDataUrl(String url) {
        return url.regionMatches(true, 0, "data:", 0, 5);
    }

    /**
     * The source map a {@code data:} URL holds: base64 or percent-encoded, with or
     * without a {@code charset} (UTF-8 when absent). Empty when {@code url} is not a
     * data URL or its media type is not JSON ({@code application/json},
     * {@code text/json} or any {@code +json} type).
     *
     * @param url a URL from {@link #findUrl}
     * @return the map, or empty when the URL is not a JSON data URL
     * @throws IllegalArgumentException when the URL is a JSON data URL but its data
     *                                  cannot be decoded or is not a valid source map
     */
    public static Optional<SourceMap> decodeDataUrl(String url) {
        if (!isDataUrl(url)) {
            return Optional.empty();
        }
        int comma = url.indexOf(',');
        if (comma < 0) {
            throw new IllegalArgumentException("data URL: no ',' before the data");
        }
        String meta = url.substring(5, comma);
        boolean base64 = false;
        Charset charset = StandardCharsets.UTF_8;
        int end = meta.indexOf(';');
        String mediaType = (end < 0 ? meta : meta.substring(0, end)).trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !mediaType.equals("text/json") && !mediaType.endsWith("+json")) {
            return Optional.empty();
        }
        while (end >= 0) {
            int start = end + 1;
            end = meta.indexOf(';', start);
            String parameter = (end < 0 ? meta.substring(start) : meta.substring(start, end)).trim();
            if (parameter.equalsIgnoreCase("base64") && end < 0) {
                base64 = true;
            } else if (parameter.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = parameter.substring(8).trim();
                if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                try {
                    charset = Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("data URL: unsupported charset " + name, e);
                }
            }
        }
        byte[] bytes = percentDecode(url, comma + 1);
        if (base64) {
            try {
                bytes = Base64.getDecoder().decode(withoutAsciiWhitespace(bytes));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("data URL: invalid base64 data: " + e.getMessage(), e);
            }
        }
        String json = new String(bytes, charset);
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        try {
            return Optional.of(SourceMap.parse(json));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("data URL: " + e.getMessage(), e);
        }
    }

    private static byte[] withoutAsciiWhitespace(byte[] bytes) {
        int n = 0;
        byte[] out = bytes.clone();
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                out[n++] = b;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The data part as bytes: {@code %XX} decoded, other characters as UTF-8. */
    private static byte[] percentDecode(String url, int from) {
        if (url.indexOf('%', from) < 0) {
            return url.substring(from).getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(url.length() - from);
        int plainStart = from;
        for (int i = from; i < url.length(); i++) {
            if (url.charAt(i) == '%' && i + 2 < url.length()) {
                int hi = Character.digit(url.charAt(i + 1), 16);
                int lo = Character.digit(url.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.writeBytes(url.substring(plainStart, i).getBytes(StandardCharsets.UTF_8));
                    out.write(hi * 16 + lo);
                    i += 2;
                    plainStart = i + 1;
                }
            }
        }
        out.writeBytes(url.substring(plainStart).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * Finds the comment: {start, end, urlStart, urlEnd} as offsets into code, or
     * null. Walks lines from the end while they hold only comments and whitespace.
     */
    private static int[] find(String code) {
        int lineEnd = code.length();
        while (true) {
            int lineStart = lineEnd;
            while (lineStart > 0 && !isLineTerminator(code.charAt(lineStart - 1))) {
                lineStart--;
            }
            int[] found = null;
            boolean hasCode = false;
            int pos = lineStart;
            while (pos < lineEnd) {
                char c = code.charAt(pos);
                if (isWhitespace(c)) {
                    pos++;
                    continue;
                }
                if (c == '/' && pos + 1 < lineEnd) {
                    char next = code.charAt(pos + 1);
                    if (next == '/') {
                        int[] url = matchUrl(code, pos + 2, lineEnd);
                        if (url != null) {
                            found = new int[] {pos, lineEnd, url[0], url[1]};
                        }
                        pos = lineEnd;
                        continue;
                    }
                    if (next == '*') {
                        int close = pos + 2;
                        while (close + 1 < lineEnd && (code.charAt(close) != '*' || code.charAt(close + 1) != '/')) {
                            close++;
                        }
                        if (close + 1 >= lineEnd) {
                            pos = lineEnd; // unclosed on this line: not code, no URL
                            continue;
                        }
                        int[] url = matchUrl(code, pos + 2, close);
                        if (url != null) {
                            found = new int[] {pos, close + 2, url[0], url[1]};
                        }
                        pos = close + 2;
                        continue;
                    }
                }
                hasCode = true;
                found = null;
                pos++;
            }
            if (found != null) {
                return found;
            }
            if (hasCode || lineStart == 0) {
                return null;
            }
            lineEnd = lineStart - 1;
            if (lineEnd > 0 && code.charAt(lineEnd) == '\n' && code.charAt(lineEnd - 1) == '\r') {
                lineEnd--;
            }
        }
    }

    /** Matches {@code [#@] ws* sourceMappingURL= url ws*} on [from, to); returns the URL range or null. */
    private static int[] matchUrl(String code, int from, int to) {
        if (from >= to || (code.charAt(from) != '#' && code.charAt(from) != '@')) {
            return null;
        }
        int pos = from + 1;
        while (pos < to && isWhitespace(code.charAt(pos))) {
            pos++;
        }
        if (to - pos < PREFIX.length() || !code.startsWith(PREFIX, pos)) {
            return null;
        }
        int urlStart = pos + PREFIX.length();
        int urlEnd = urlStart;
        while (urlEnd < to && !isWhitespace(code.charAt(urlEnd))) {
            urlEnd++;
        }
        for (int i = urlEnd; i < to; i++) {
            if (!isWhitespace(code.charAt(i))) {
                return null;
            }
        }
        return new int[] {urlStart, urlEnd};
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** ECMAScript WhiteSpace: TAB, VT, FF, ZWNBSP and the Unicode space separators. */
    private static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
        }
        return c == '\u00A0' || c == '\uFEFF' || (c > 0x7f && Character.getType(c) == Character.SPACE_SEPARATOR);
    }
}
