package dev.hmrc.runtime.web;

/**
 * The common case of the basic URL parser (URL Standard 4.4) without its state machine: an
 * ASCII URL of a special scheme, or a relative reference against the href of one, scanned once
 * and written out as runs of the input. It gives the href the state machine followed by the
 * serializer gives ({@code UrlFastPathPropertyTest} checks that for generated inputs), or null
 * when the input needs the state machine: a non-special scheme, leading or trailing C0 controls
 * and spaces, tabs or newlines, code points outside ASCII, backslashes, more or fewer slashes
 * than {@code scheme://}, an IPv6 host, more than one {@code @}, a Windows drive letter, a
 * {@code file:} host, a scheme-relative reference, and every input the parser fails on.
 *
 * <p>What it does itself: lower-cases the scheme; percent-encodes ASCII code points with the
 * userinfo, path, special-query and fragment percent-encode sets; drops a default or empty
 * port and canonicalises the others; resolves {@code .} and {@code ..} segments (including
 * their {@code %2e} forms) as the path state does; hands a host that is not a plain lower-case
 * domain (upper case, an IPv4 address, {@code %}, {@code xn--}) to the standard's host parser.
 */
final class UrlFastPath {

    private UrlFastPath() {
    }

    /** A position for "not at any code point": the end of input, as the state machine's EOF. */
    private static final char EOF = '\uFFFF';

    /**
     * {@return the href of {@code input} parsed against {@code baseHref} (a serialized URL, or
     * null for no base), or null when the state machine has to parse it}
     */
    static String parse(String input, String baseHref) {
        int n = input.length();
        if (n > 0 && (input.charAt(0) <= ' ' || input.charAt(n - 1) <= ' ')) {
            return null;                                                              // 1.2: leading or trailing C0 control or space
        }
        int colon = schemeEnd(input);
        if (colon < 0) {
            return baseHref == null ? null : relative(input, baseHref);               // no scheme state
        }
        String scheme = specialScheme(input, colon);
        if (scheme == null || !input.startsWith("//", colon + 1)) {
            return null;                                                              // not special, or not "scheme://"
        }
        StringBuilder out = new StringBuilder(n + 8).append(scheme).append("://");
        if (scheme.equals("file")) {                                                       // file state, file slash state, file host state
            if (!input.startsWith("/", colon + 3) || isSlash(charAt(input, colon + 4))) {
                return null;                                                          // a file host, or more slashes
            }
            return pathQueryAndFragment(input, colon + 4, out, out.length(), true);
        }
        int authorityStart = colon + 3;                                               // special authority ignore slashes state
        if (isSlash(charAt(input, authorityStart))) {
            return null;
        }
        int authorityEnd = authorityStart;                                            // authority state: up to / ? # (\ falls back)
        int atSign = -1;
        for (; authorityEnd < n; authorityEnd++) {
            char c = input.charAt(authorityEnd);
            if (c == '/' || c == '?' || c == '#') {
                break;
            } else if (c == '@') {
                if (atSign >= 0) {
                    return null;                                                      // a second @ becomes %40 in the userinfo
                }
                atSign = authorityEnd;
            } else if (c == '\\' || c == '[' || c <= ' ' || c >= 0x7F) {
                return null;                                                      // tabs and newlines are removed, other code points the state machine handles
            }
        }
        int hostStart = authorityStart;
        if (atSign >= 0) {
            if (!appendCredentials(input, authorityStart, atSign, out)) {
                return null;
            }
            hostStart = atSign + 1;
        }
        int hostEnd = input.indexOf(':', hostStart);                                  // host state: up to the port's ':'
        if (hostEnd < 0 || hostEnd > authorityEnd) {
            hostEnd = authorityEnd;
        }
        if (hostEnd == hostStart || !appendHost(input, hostStart, hostEnd, out)) {
            return null;                                                              // an empty host is a failure
        }
        if (hostEnd < authorityEnd && !appendPort(input, hostEnd + 1, authorityEnd, UrlParser.specialPort(scheme), out)) {
            return null;
        }
        int pathFrom = authorityEnd < n && input.charAt(authorityEnd) == '/' ? authorityEnd + 1 : authorityEnd; // path start state
        return pathQueryAndFragment(input, pathFrom, out, out.length(), false);
    }

    /** A reference without a scheme against {@code baseHref}: the relative and file states of the parser. */
    private static String relative(String input, String baseHref) {
        int baseColon = baseHref.indexOf(':');
        String scheme = specialScheme(baseHref, baseColon);
        if (scheme == null) {
            return null;
        }
        boolean file = scheme.equals("file");
        // A serialized special URL: "scheme://" authority path [?query] [#fragment], where no
        // '/' can be in the authority and no '?' or '#' in the path (they are percent-encoded).
        int pathStart = baseHref.indexOf('/', baseColon + 3);
        int fragmentStart = baseHref.indexOf('#', pathStart);
        int queryEnd = fragmentStart < 0 ? baseHref.length() : fragmentStart;
        int queryStart = baseHref.indexOf('?', pathStart);
        int pathEnd = queryStart >= 0 && queryStart < queryEnd ? queryStart : queryEnd;
        int firstSegmentEnd = baseHref.indexOf('/', pathStart + 1);
        if (firstSegmentEnd < 0 || firstSegmentEnd > pathEnd) {
            firstSegmentEnd = pathEnd;
        }
        if (file && isWindowsDriveLetter(baseHref, pathStart + 1, firstSegmentEnd - pathStart - 1)) {
            return null;                                                              // the drive letter rules of shorten and file slash
        }
        int n = input.length();
        if (n == 0) {                                                           // relative state 5 at EOF: base without its fragment
            return baseHref.substring(0, queryEnd);
        }
        char first = input.charAt(0);
        StringBuilder out = new StringBuilder(pathEnd + n + 8);
        if (first == '/') {                                                    // relative slash state 3 / file slash state 2
            if (isSlash(charAt(input, 1))) {
                return null;                                                          // a scheme-relative reference
            }
            out.append(baseHref, 0, pathStart);
            return pathQueryAndFragment(input, 1, out, pathStart, file);
        } else if (first == '\\') {
            return null;
        } else if (first == '?') {                                                    // relative state 5: base path, new query
            out.append(baseHref, 0, pathEnd);
            return queryAndFragment(input, 0, out);
        } else if (first == '#') {                                                    // relative state 5: base path and query, new fragment
            out.append(baseHref, 0, queryEnd);
            return queryAndFragment(input, 0, out);
        }
        if (file && n >= 2 && isAsciiAlpha(first) && (input.charAt(1) == ':' || input.charAt(1) == '|')
                && (n == 2 || "/\\?#".indexOf(input.charAt(2)) >= 0)) {
            return null;                                                              // file state 4: starts with a Windows drive letter
        }
        out.append(baseHref, 0, pathEnd);                                             // relative state 5: base path, shortened
        out.setLength(baseHref.lastIndexOf('/', pathEnd - 1));
        return pathQueryAndFragment(input, 0, out, pathStart, file);
    }

    /** The index of the ':' after a scheme at the start of {@code input} (scheme start and scheme states), or -1. */
    private static int schemeEnd(String input) {
        int n = input.length();
        if (n == 0 || !isAsciiAlpha(input.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < n; i++) {
            char c = input.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!(isAsciiAlpha(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return -1;
    }

    /** The special scheme {@code input.substring(0, colon)} is, ASCII case-insensitively, as a constant; null if none. */
    private static String specialScheme(String input, int colon) {
        for (String scheme : SPECIAL_SCHEMES) {
            if (colon == scheme.length() && input.regionMatches(true, 0, scheme, 0, colon)) {
                return scheme;
            }
        }
        return null;
    }

    private static final String[] SPECIAL_SCHEMES = {"https", "http", "file", "wss", "ws", "ftp"};

    /** The authority state's "@": the userinfo percent-encoded, split at its first ':'; false to fall back. */
    private static boolean appendCredentials(String input, int start, int end, StringBuilder out) {
        int userStart = out.length();
        int colonAt = -1;
        for (int i = start; i < end; i++) {
            char c = input.charAt(i);
            if (c == ':' && colonAt < 0) {
                colonAt = out.length();
                out.append(':');
            } else if (!appendEncoded(c, UrlParser.USERINFO_SET, out)) {
                return false;
            }
        }
        if (colonAt == out.length() - 1) {
            out.setLength(colonAt);                                                   // an empty password is not serialized
        }
        if (out.length() > userStart) {
            out.append('@');                                                          // serializer 2.1: credentials
        }
        return true;
    }

    /**
     * The host parser on {@code input[start, end)}: a plain lower-case domain as it is, anything
     * else (upper case, a number, {@code %}, {@code xn--}, other code points) through
     * {@link UrlParser#parseHost}; false when it fails.
     */
    private static boolean appendHost(String input, int start, int end, StringBuilder out) {
        boolean plain = input.charAt(end - 1) != '.';
        int labelStart = start;
        for (int i = start; i < end && plain; i++) {
            char c = input.charAt(i);
            if (c == '.') {
                plain = i > labelStart;                                               // no empty label
                labelStart = i + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                plain = false;
            } else if (i == labelStart && c == 'x' && input.startsWith("n--", i + 1)) {
                plain = false;                                                        // a Punycode label: the host parser checks it
            }
        }
        if (plain && input.charAt(labelStart) >= 'a' && input.charAt(labelStart) <= 'z') { // cannot end in a number
            out.append(input, start, end);
            return true;
        }
        try {
            out.append(UrlParser.parseHost(input.substring(start, end), false));
            return true;
        } catch (UrlParser.Failure failure) {
            return false;
        }
    }

    /** The port state on {@code input[start, end)}: digits only, at most 65535, the default dropped. */
    private static boolean appendPort(String input, int start, int end, int defaultPort, StringBuilder out) {
        if (start == end) {
            return true;                                                              // "host:" has no port
        }
        int port = 0;
        for (int i = start; i < end; i++) {
            char c = input.charAt(i);
            if (c < '0' || c > '9') {
                return false;                                                         // port state 3: failure
            }
            port = port * 10 + (c - '0');
            if (port > 65535) {
                return false;                                                         // port state 2.1.2: failure
            }
        }
        if (port != defaultPort) {
            out.append(':').append(port);
        }
        return true;
    }

    /**
     * The path state from {@code from} (the first code point of the first segment) to '?', '#'
     * or the end, onto {@code out}, whose path starts at {@code pathStart}; then the query and
     * fragment states.
     */
    private static String pathQueryAndFragment(String input, int from, StringBuilder out, int pathStart, boolean file) {
        int n = input.length();
        int at = from;
        while (true) {
            int end = at;
            boolean plain = true;
            for (; end < n; end++) {
                char c = input.charAt(end);
                if (c == '/' || c == '?' || c == '#') {
                    break;
                }
                if (c == '\\' || !isEncodable(c)) {
                    return null;
                }
                plain &= !UrlParser.PATH_SET[c];
            }
            char terminator = charAt(input, end);
            int length = end - at;
            if (isDoubleDotSegment(input, at, length)) {                              // 1.2
                int lastSlash = out.length() - 1;                                     // shorten the path: drop its last "/segment"
                while (lastSlash >= pathStart && out.charAt(lastSlash) != '/') {
                    lastSlash--;
                }
                if (lastSlash >= pathStart) {
                    out.setLength(lastSlash);
                }
                if (terminator != '/') {
                    out.append('/');
                }
            } else if (isSingleDotSegment(input, at, length)) {                       // 1.3
                if (terminator != '/') {
                    out.append('/');
                }
            } else {                                                                  // 1.4
                if (file && out.length() == pathStart && isWindowsDriveLetter(input, at, length)) {
                    return null;
                }
                out.append('/');
                if (plain) {
                    out.append(input, at, end);
                } else {
                    for (int i = at; i < end; i++) {
                        appendEncoded(input.charAt(i), UrlParser.PATH_SET, out);
                    }
                }
            }
            if (terminator != '/') {
                return queryAndFragment(input, end, out);
            }
            at = end + 1;
        }
    }

    /** The query state (special-query percent-encode set) from a '?' at {@code at}, and the fragment state from a '#'. */
    private static String queryAndFragment(String input, int at, StringBuilder out) {
        int n = input.length();
        if (at < n && input.charAt(at) == '?') {
            at = appendRun(input, at, '#', UrlParser.SPECIAL_QUERY_SET, out);
            if (at < 0) {
                return null;
            }
        }
        if (at < n && appendRun(input, at, EOF, UrlParser.FRAGMENT_SET, out) < 0) {   // at is the '#'
            return null;
        }
        return out.toString();
    }

    /**
     * Appends the delimiter at {@code at} and the code points after it up to {@code stop} (or
     * the end), percent-encoded with {@code set}; returns where it stopped, or -1 to fall back.
     */
    private static int appendRun(String input, int at, char stop, boolean[] set, StringBuilder out) {
        int n = input.length();
        int start = at + 1;
        int end = start;
        boolean plain = true;
        for (; end < n; end++) {
            char c = input.charAt(end);
            if (!isEncodable(c)) {
                return -1;
            }
            if (c == stop) {
                break;
            }
            plain &= !set[c];
        }
        out.append(input.charAt(at));
        if (plain) {
            out.append(input, start, end);
        } else {
            for (int i = start; i < end; i++) {
                appendEncoded(input.charAt(i), set, out);
            }
        }
        return end;
    }

    /** Whether this path handles {@code c}: printable ASCII and the space (tabs, newlines and other controls fall back). */
    private static boolean isEncodable(char c) {
        return c >= ' ' && c < 0x7F;
    }

    /** Appends ASCII {@code c}, percent-encoded if {@code set} has it; false for a code point this path does not handle. */
    private static boolean appendEncoded(char c, boolean[] set, StringBuilder out) {
        if (!isEncodable(c)) {
            return false;
        }
        if (set[c]) {
            out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
        } else {
            out.append(c);
        }
        return true;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : EOF;
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

    private static boolean isAsciiAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** "." or "%2e" (ASCII case-insensitive) at {@code s[at, at + length)}. */
    private static boolean isSingleDotSegment(String s, int at, int length) {
        return length == 1 ? s.charAt(at) == '.' : length == 3 && s.regionMatches(true, at, "%2e", 0, 3);
    }

    /** "..", ".%2e", "%2e." or "%2e%2e" (ASCII case-insensitive) at {@code s[at, at + length)}. */
    private static boolean isDoubleDotSegment(String s, int at, int length) {
        return switch (length) {
            case 2 -> s.charAt(at) == '.' && s.charAt(at + 1) == '.';
            case 4 -> s.regionMatches(true, at, ".%2e", 0, 4) || s.regionMatches(true, at, "%2e.", 0, 4);
            case 6 -> s.regionMatches(true, at, "%2e%2e", 0, 6);
            default -> false;
        };
    }

    /** A Windows drive letter (4.3: an ASCII alpha and ':' or '|') at {@code s[at, at + length)}. */
    private static boolean isWindowsDriveLetter(String s, int at, int length) {
        return length == 2 && isAsciiAlpha(s.charAt(at)) && (s.charAt(at + 1) == ':' || s.charAt(at + 1) == '|');
    }
}
