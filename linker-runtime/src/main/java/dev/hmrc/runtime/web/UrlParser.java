package dev.hmrc.runtime.web;

import com.ibm.icu.text.IDNA;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The WHATWG URL Standard's basic URL parser (4.4), host parser (3.5), serializers and the
 * {@code URL} setters (6.1), as one state machine over code points with the spec's state
 * names and step numbers. Domain to ASCII runs UTS #46 on ICU4J's {@link IDNA}; everything
 * else is plain Java.
 *
 * <p>The JS half ({@code URL} in {@code web-platform.js}) keeps only the serialized URL (the
 * href) and finds the components in it; each setter hands the href back here, where it is
 * parsed again (it is canonical, so that parse is the identity) and changed.
 */
final class UrlParser {

    private UrlParser() {
    }

    /** The URL record (4.1): what the parser fills in. {@code port} -1 is null; {@code opaquePath} non-null means an opaque path. */
    static final class Url {
        private String scheme = "";
        /** Whether {@link #scheme} is special (kept with it: the parser asks at every code point). */
        private boolean special;
        String username = "";
        String password = "";
        String host;
        int port = -1;
        List<String> path = new ArrayList<>();
        String opaquePath;
        String query;
        String fragment;

        boolean special() {
            return special;
        }

        String scheme() {
            return scheme;
        }

        void scheme(String value) {
            scheme = value;
            special = specialPort(value) != NOT_SPECIAL;
        }

        boolean includesCredentials() {
            return !username.isEmpty() || !password.isEmpty();
        }

        boolean cannotHaveUsernamePasswordPort() {
            return host == null || host.isEmpty() || scheme.equals("file");
        }

        boolean hasOpaquePath() {
            return opaquePath != null;
        }

        /** 4.5 URL serializer. */
        String serialize() {
            StringBuilder out = new StringBuilder(scheme.length() + 32);
            out.append(scheme).append(':');                                           // 1
            if (host != null) {                                                       // 2
                out.append("//");
                if (includesCredentials()) {
                    out.append(username);
                    if (!password.isEmpty()) {
                        out.append(':').append(password);
                    }
                    out.append('@');
                }
                out.append(host);
                if (port >= 0) {
                    out.append(':').append(port);
                }
            }
            if (host == null && opaquePath == null && path.size() > 1 && path.get(0).isEmpty()) {
                out.append("/.");                                                     // 3
            }
            if (opaquePath != null) {                                                 // 4: URL path serializer
                out.append(opaquePath);
            } else {
                for (String segment : path) {
                    out.append('/').append(segment);
                }
            }
            if (query != null) {                                                      // 5
                out.append('?').append(query);
            }
            if (fragment != null) {                                                   // 6
                out.append('#').append(fragment);
            }
            return out.toString();
        }
    }

    /** The parser's states (4.4), plus NONE for "no state override". */
    enum State {
        NONE, SCHEME_START, SCHEME, NO_SCHEME, SPECIAL_RELATIVE_OR_AUTHORITY, PATH_OR_AUTHORITY, RELATIVE,
        RELATIVE_SLASH, SPECIAL_AUTHORITY_SLASHES, SPECIAL_AUTHORITY_IGNORE_SLASHES, AUTHORITY, HOST, HOSTNAME,
        PORT, FILE, FILE_SLASH, FILE_HOST, PATH_START, PATH, OPAQUE_PATH, QUERY, FRAGMENT
    }

    /** The parser returned failure (the URL constructor throws a TypeError; a setter changes nothing). */
    static final class Failure extends Exception {
        Failure() {
            super(null, null, false, false);
        }
    }

    private static final int NOT_SPECIAL = -2;

    /** The special schemes' default ports (-1: file, which has none); NOT_SPECIAL otherwise. */
    static int specialPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            case "ftp" -> 21;
            case "file" -> -1;
            default -> NOT_SPECIAL;
        };
    }

    /**
     * The API URL parser's href: {@code input} parsed against {@code base} (a URL string, parsed
     * first; null: no base), or null for failure. {@link UrlFastPath} takes the common inputs;
     * the state machine the others.
     */
    static String parseToHref(String input, String base) {
        String baseHref = null;
        if (base != null) {
            baseHref = parseToHref(base, null);
            if (baseHref == null) {
                return null;
            }
        }
        String href = UrlFastPath.parse(input, baseHref);
        return href != null ? href : parseWithStateMachine(input, baseHref);
    }

    /** The number of offsets in front of the href in {@link #withComponentOffsets}. */
    static final int RECORD_OFFSETS = 11;

    /**
     * The record the JS half of {@code URL} keeps: the offsets of the components of the
     * serialized URL {@code href} in it, each as two chars (high and low 16 bits), then the href.
     * In order: the scheme's ':', username start and end, password start and end, host start,
     * hostname end, port end (the host's end: past the hostname when there is no port), path
     * start, path end (the query's '?', if any), query end (the fragment's '#', if any). They
     * are found by one scan: in a serialized URL each component's delimiters are
     * percent-encoded inside the others.
     */
    static String withComponentOffsets(String href) {
        int length = href.length();
        int schemeEnd = href.indexOf(':');
        int at = schemeEnd + 1;
        int userStart = at, userEnd = at, passStart = at, passEnd = at, hostStart = at, hostEnd = at, portEnd = at;
        boolean hasHost = href.startsWith("//", at);
        if (hasHost) {
            at += 2;
            int end = at;
            int atSign = -1;                                                          // the last '@' of the authority
            for (char c; end < length && (c = href.charAt(end)) != '/' && c != '?' && c != '#'; end++) {
                if (c == '@') {
                    atSign = end;
                }
            }
            userStart = userEnd = passStart = passEnd = hostStart = at;
            if (atSign >= 0) {
                int colon = href.indexOf(':', at);
                if (colon >= 0 && colon < atSign) {
                    userEnd = colon;
                    passStart = colon + 1;
                } else {
                    userEnd = passStart = atSign;
                }
                passEnd = atSign;
                hostStart = atSign + 1;
            }
            hostEnd = end;
            if (hostStart < end && href.charAt(hostStart) == '[') {
                hostEnd = href.indexOf(']', hostStart) + 1;
            } else {
                int colon = href.indexOf(':', hostStart);
                if (colon >= 0 && colon < end) {
                    hostEnd = colon;
                }
            }
            portEnd = end;
            at = end;
        }
        int pathStart = at;
        if (!hasHost && href.startsWith("/./", at)) {
            pathStart += 2;                                                           // the serializer's "/." before an empty first segment
        }
        int fragmentStart = href.indexOf('#', pathStart);
        int queryEnd = fragmentStart < 0 ? length : fragmentStart;
        int queryStart = href.indexOf('?', pathStart);
        int pathEnd = queryStart >= 0 && queryStart < queryEnd ? queryStart : queryEnd;
        int[] offsets = {schemeEnd, userStart, userEnd, passStart, passEnd, hostStart, hostEnd, portEnd, pathStart, pathEnd, queryEnd};
        StringBuilder record = new StringBuilder(2 * RECORD_OFFSETS + length);     // Latin-1 throughout for an href under 256 chars
        for (int offset : offsets) {
            record.append((char) (offset >>> 16)).append((char) offset);
        }
        return record.append(href).toString();
    }

    /** {@link #parseToHref} by the state machine alone ({@code baseHref} a serialized URL): what the fast path must agree with. */
    static String parseWithStateMachine(String input, String baseHref) {
        try {
            Url base = baseHref == null ? null : parse(baseHref, null);
            return parse(input, base).serialize();
        } catch (Failure failure) {
            return null;
        }
    }

    /** The API URL parser (4.4 "URL parser" without blob URLs): parses {@code input} against {@code base}. */
    static Url parse(String input, Url base) throws Failure {
        Url url = new Url();
        basicParse(input, base, url, State.NONE);
        return url;
    }

    /**
     * The setters of the {@code URL} interface (6.1) on the URL that {@code href} serializes;
     * returns the changed URL's href ({@code href} itself when the setter changes nothing).
     */
    static String set(String href, String setter, String value) {
        Url url;
        try {
            url = parse(href, null);
        } catch (Failure cannotHappen) {
            return href;
        }
        try {
            switch (setter) {
                case "protocol" -> basicParse(value + ":", null, url, State.SCHEME_START);
                case "username" -> {
                    if (url.cannotHaveUsernamePasswordPort()) {
                        return href;
                    }
                    url.username = percentEncode(value, USERINFO_SET, false);
                }
                case "password" -> {
                    if (url.cannotHaveUsernamePasswordPort()) {
                        return href;
                    }
                    url.password = percentEncode(value, USERINFO_SET, false);
                }
                case "host" -> {
                    if (url.hasOpaquePath()) {
                        return href;
                    }
                    basicParse(value, null, url, State.HOST);
                }
                case "hostname" -> {
                    if (url.hasOpaquePath()) {
                        return href;
                    }
                    basicParse(value, null, url, State.HOSTNAME);
                }
                case "port" -> {
                    if (url.cannotHaveUsernamePasswordPort()) {
                        return href;
                    }
                    if (value.isEmpty()) {
                        url.port = -1;
                    } else {
                        basicParse(value, null, url, State.PORT);
                    }
                }
                case "pathname" -> {
                    if (url.hasOpaquePath()) {
                        return href;
                    }
                    url.path = new ArrayList<>();
                    basicParse(value, null, url, State.PATH_START);
                }
                case "search" -> {
                    if (value.isEmpty()) {
                        url.query = null;
                        stripTrailingSpacesFromOpaquePath(url);
                        return url.serialize();
                    }
                    String input = value.charAt(0) == '?' ? value.substring(1) : value;
                    url.query = "";
                    basicParse(input, null, url, State.QUERY);
                }
                case "hash" -> {
                    if (value.isEmpty()) {
                        url.fragment = null;
                        stripTrailingSpacesFromOpaquePath(url);
                        return url.serialize();
                    }
                    String input = value.charAt(0) == '#' ? value.substring(1) : value;
                    url.fragment = "";
                    basicParse(input, null, url, State.FRAGMENT);
                }
                default -> throw new IllegalArgumentException("no URL setter " + setter);
            }
        } catch (Failure failure) {
            // the parser changed the record in place up to where it failed (host = "h:bad" sets the host)
        }
        return url.serialize();
    }

    /** 6.1 "potentially strip trailing spaces from an opaque path". */
    private static void stripTrailingSpacesFromOpaquePath(Url url) {
        if (!url.hasOpaquePath() || url.fragment != null || url.query != null) {
            return;
        }
        int end = url.opaquePath.length();
        while (end > 0 && url.opaquePath.charAt(end - 1) == ' ') {
            end--;
        }
        url.opaquePath = url.opaquePath.substring(0, end);
    }

    // ---- 4.4 the basic URL parser

    private static final int EOF = -1;

    /** The input as code points (a lone surrogate becomes U+FFFD, as the USVString conversion does). */
    private static int[] codePoints(String input, boolean trimAndStrip) {
        int start = 0;
        int end = input.length();
        if (trimAndStrip) {
            // 1.2: leading and trailing C0 control or space
            while (start < end && input.charAt(start) <= 0x20) {
                start++;
            }
            while (end > start && input.charAt(end - 1) <= 0x20) {
                end--;
            }
        }
        int[] points = new int[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = input.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;                                                             // 3: ASCII tab or newline
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(input.charAt(i + 1))) {
                cp = Character.toCodePoint(c, input.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD;
            }
            points[n++] = cp;
        }
        return n == points.length ? points : java.util.Arrays.copyOf(points, n);
    }

    static void basicParse(String inputString, Url base, Url url, State stateOverride) throws Failure {
        boolean override = stateOverride != State.NONE;
        int[] input = codePoints(inputString, !override);                             // 1-3
        State state = override ? stateOverride : State.SCHEME_START;                  // 4
        StringBuilder buffer = new StringBuilder();                                   // 6
        boolean atSignSeen = false;                                                   // 7
        boolean insideBrackets = false;
        boolean passwordTokenSeen = false;
        int pointer = 0;                                                              // 8
        while (true) {                                                                // 9
            int c = pointer < input.length ? input[pointer] : EOF;
            switch (state) {
                case SCHEME_START -> {
                    if (isAsciiAlpha(c)) {                                            // 1
                        buffer.appendCodePoint(Character.toLowerCase(c));
                        state = State.SCHEME;
                    } else if (!override) {                                           // 2
                        state = State.NO_SCHEME;
                        pointer--;
                    } else {                                                          // 3
                        throw new Failure();
                    }
                }
                case SCHEME -> {
                    if (isAsciiAlphanumeric(c) || c == '+' || c == '-' || c == '.') {  // 1
                        buffer.appendCodePoint(Character.toLowerCase(c));
                    } else if (c == ':') {                                            // 2
                        String candidate = buffer.toString();
                        if (override) {                                               // 2.1
                            boolean candidateSpecial = specialPort(candidate) != NOT_SPECIAL;
                            if (url.special() != candidateSpecial) {
                                return;
                            }
                            if ((url.includesCredentials() || url.port >= 0) && candidate.equals("file")) {
                                return;
                            }
                            if (url.scheme.equals("file") && url.host != null && url.host.isEmpty()) {
                                return;
                            }
                        }
                        url.scheme(candidate);                                       // 2.2
                        if (override) {                                               // 2.3
                            if (url.port >= 0 && url.port == specialPort(url.scheme)) {
                                url.port = -1;
                            }
                            return;
                        }
                        buffer.setLength(0);                                          // 2.4
                        if (url.scheme.equals("file")) {                              // 2.5
                            state = State.FILE;
                        } else if (url.special() && base != null && base.scheme.equals(url.scheme)) {
                            state = State.SPECIAL_RELATIVE_OR_AUTHORITY;              // 2.6
                        } else if (url.special()) {                                   // 2.7
                            state = State.SPECIAL_AUTHORITY_SLASHES;
                        } else if (pointer + 1 < input.length && input[pointer + 1] == '/') {
                            state = State.PATH_OR_AUTHORITY;                          // 2.8
                            pointer++;
                        } else {                                                      // 2.9
                            url.opaquePath = "";
                            state = State.OPAQUE_PATH;
                        }
                    } else if (!override) {                                           // 3
                        buffer.setLength(0);
                        state = State.NO_SCHEME;
                        pointer = -1;
                    } else {                                                          // 4
                        throw new Failure();
                    }
                }
                case NO_SCHEME -> {
                    if (base == null || (base.hasOpaquePath() && c != '#')) {         // 1
                        throw new Failure();
                    } else if (base.hasOpaquePath() && c == '#') {                    // 2
                        url.scheme(base.scheme);
                        url.path = new ArrayList<>(base.path);
                        url.opaquePath = base.opaquePath;
                        url.query = base.query;
                        url.fragment = "";
                        state = State.FRAGMENT;
                    } else if (!base.scheme.equals("file")) {                         // 3
                        state = State.RELATIVE;
                        pointer--;
                    } else {                                                          // 4
                        state = State.FILE;
                        pointer--;
                    }
                }
                case SPECIAL_RELATIVE_OR_AUTHORITY -> {
                    if (c == '/' && pointer + 1 < input.length && input[pointer + 1] == '/') {
                        state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;               // 1
                        pointer++;
                    } else {                                                          // 2
                        state = State.RELATIVE;
                        pointer--;
                    }
                }
                case PATH_OR_AUTHORITY -> {
                    if (c == '/') {
                        state = State.AUTHORITY;
                    } else {
                        state = State.PATH;
                        pointer--;
                    }
                }
                case RELATIVE -> {
                    url.scheme(base.scheme);                                         // 2
                    if (c == '/') {                                                   // 3
                        state = State.RELATIVE_SLASH;
                    } else if (url.special() && c == '\\') {                          // 4
                        state = State.RELATIVE_SLASH;
                    } else {                                                          // 5
                        url.username = base.username;
                        url.password = base.password;
                        url.host = base.host;
                        url.port = base.port;
                        url.path = new ArrayList<>(base.path);
                        url.query = base.query;
                        if (c == '?') {
                            url.query = "";
                            state = State.QUERY;
                        } else if (c == '#') {
                            url.fragment = "";
                            state = State.FRAGMENT;
                        } else if (c != EOF) {
                            url.query = null;
                            shortenPath(url);
                            state = State.PATH;
                            pointer--;
                        }
                    }
                }
                case RELATIVE_SLASH -> {
                    if (url.special() && (c == '/' || c == '\\')) {                   // 1
                        state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    } else if (c == '/') {                                            // 2
                        state = State.AUTHORITY;
                    } else {                                                          // 3
                        url.username = base.username;
                        url.password = base.password;
                        url.host = base.host;
                        url.port = base.port;
                        state = State.PATH;
                        pointer--;
                    }
                }
                case SPECIAL_AUTHORITY_SLASHES -> {
                    state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    if (c == '/' && pointer + 1 < input.length && input[pointer + 1] == '/') {
                        pointer++;                                                    // 1
                    } else {
                        pointer--;                                                    // 2
                    }
                }
                case SPECIAL_AUTHORITY_IGNORE_SLASHES -> {
                    if (c != '/' && c != '\\') {                                      // 1
                        state = State.AUTHORITY;
                        pointer--;
                    }                                                                 // 2: a validation error
                }
                case AUTHORITY -> {
                    if (c == '@') {                                                   // 1
                        if (atSignSeen) {
                            buffer.insert(0, "%40");
                        }
                        atSignSeen = true;
                        StringBuilder username = new StringBuilder(url.username);
                        StringBuilder password = new StringBuilder(url.password);
                        String text = buffer.toString();
                        for (int i = 0; i < text.length(); ) {
                            int cp = text.codePointAt(i);
                            i += Character.charCount(cp);
                            if (cp == ':' && !passwordTokenSeen) {
                                passwordTokenSeen = true;
                                continue;
                            }
                            percentEncodeCodePoint(cp, USERINFO_SET, passwordTokenSeen ? password : username);
                        }
                        url.username = username.toString();
                        url.password = password.toString();
                        buffer.setLength(0);
                    } else if (c == EOF || c == '/' || c == '?' || c == '#' || (url.special() && c == '\\')) {
                        if (atSignSeen && buffer.isEmpty()) {                         // 2.1
                            throw new Failure();
                        }
                        pointer -= buffer.codePointCount(0, buffer.length()) + 1;     // 2.2
                        buffer.setLength(0);
                        state = State.HOST;
                    } else {
                        buffer.appendCodePoint(c);                                    // 3
                    }
                }
                case HOST, HOSTNAME -> {
                    if (override && url.scheme.equals("file")) {                      // 1
                        pointer--;
                        state = State.FILE_HOST;
                    } else if (c == ':' && !insideBrackets) {                         // 2
                        if (buffer.isEmpty()) {
                            throw new Failure();
                        }
                        if (stateOverride == State.HOSTNAME) {
                            throw new Failure();
                        }
                        url.host = parseHost(buffer.toString(), !url.special());
                        buffer.setLength(0);
                        state = State.PORT;
                    } else if (c == EOF || c == '/' || c == '?' || c == '#' || (url.special() && c == '\\')) {
                        pointer--;                                                    // 3
                        if (url.special() && buffer.isEmpty()) {
                            throw new Failure();
                        } else if (override && buffer.isEmpty() && (url.includesCredentials() || url.port >= 0)) {
                            throw new Failure();
                        }
                        url.host = parseHost(buffer.toString(), !url.special());
                        buffer.setLength(0);
                        state = State.PATH_START;
                        if (override) {
                            return;
                        }
                    } else {                                                          // 4
                        if (c == '[') {
                            insideBrackets = true;
                        } else if (c == ']') {
                            insideBrackets = false;
                        }
                        buffer.appendCodePoint(c);
                    }
                }
                case PORT -> {
                    if (isAsciiDigit(c)) {                                            // 1
                        buffer.appendCodePoint(c);
                    } else if (c == EOF || c == '/' || c == '?' || c == '#' || (url.special() && c == '\\') || override) {
                        if (!buffer.isEmpty()) {                                      // 2.1
                            int port = 0;
                            for (int i = 0; i < buffer.length(); i++) {
                                port = port * 10 + (buffer.charAt(i) - '0');
                                if (port > 65535) {
                                    throw new Failure();
                                }
                            }
                            url.port = port == specialPort(url.scheme) ? -1 : port;
                            buffer.setLength(0);
                            if (override) {
                                return;
                            }
                        }
                        if (override) {                                               // 2.2
                            throw new Failure();
                        }
                        state = State.PATH_START;                                     // 2.3
                        pointer--;
                    } else {                                                          // 3
                        throw new Failure();
                    }
                }
                case FILE -> {
                    url.scheme("file");                                              // 1
                    url.host = "";                                                    // 2
                    if (c == '/' || c == '\\') {                                      // 3
                        state = State.FILE_SLASH;
                    } else if (base != null && base.scheme.equals("file")) {          // 4
                        url.host = base.host;
                        url.path = new ArrayList<>(base.path);
                        url.query = base.query;
                        if (c == '?') {
                            url.query = "";
                            state = State.QUERY;
                        } else if (c == '#') {
                            url.fragment = "";
                            state = State.FRAGMENT;
                        } else if (c != EOF) {
                            url.query = null;
                            if (!startsWithWindowsDriveLetter(input, pointer)) {
                                shortenPath(url);
                            } else {
                                url.path = new ArrayList<>();
                            }
                            state = State.PATH;
                            pointer--;
                        }
                    } else {                                                          // 5
                        state = State.PATH;
                        pointer--;
                    }
                }
                case FILE_SLASH -> {
                    if (c == '/' || c == '\\') {                                      // 1
                        state = State.FILE_HOST;
                    } else {                                                          // 2
                        if (base != null && base.scheme.equals("file")) {
                            url.host = base.host;
                            if (!startsWithWindowsDriveLetter(input, pointer) && !base.path.isEmpty()
                                    && isNormalizedWindowsDriveLetter(base.path.get(0))) {
                                url.path.add(base.path.get(0));
                            }
                        }
                        state = State.PATH;
                        pointer--;
                    }
                }
                case FILE_HOST -> {
                    if (c == EOF || c == '/' || c == '\\' || c == '?' || c == '#') {  // 1
                        pointer--;
                        if (!override && isWindowsDriveLetter(buffer)) {              // 1.1
                            state = State.PATH;
                        } else if (buffer.isEmpty()) {                                // 1.2
                            url.host = "";
                            if (override) {
                                return;
                            }
                            state = State.PATH_START;
                        } else {                                                      // 1.3
                            String host = parseHost(buffer.toString(), !url.special());
                            if (host.equals("localhost")) {
                                host = "";
                            }
                            url.host = host;
                            if (override) {
                                return;
                            }
                            buffer.setLength(0);
                            state = State.PATH_START;
                        }
                    } else {
                        buffer.appendCodePoint(c);                                    // 2
                    }
                }
                case PATH_START -> {
                    if (url.special()) {                                              // 1
                        state = State.PATH;
                        if (c != '/' && c != '\\') {
                            pointer--;
                        }
                    } else if (!override && c == '?') {                               // 2
                        url.query = "";
                        state = State.QUERY;
                    } else if (!override && c == '#') {                               // 3
                        url.fragment = "";
                        state = State.FRAGMENT;
                    } else if (c != EOF) {                                            // 4
                        state = State.PATH;
                        if (c != '/') {
                            pointer--;
                        }
                    } else if (override && url.host == null) {                        // 5
                        url.path.add("");
                    }
                }
                case PATH -> {
                    boolean slash = c == '/' || (url.special() && c == '\\');
                    if (c == EOF || slash || (!override && (c == '?' || c == '#'))) {  // 1
                        String segment = buffer.toString();
                        if (isDoubleDotSegment(segment)) {                            // 1.2
                            shortenPath(url);
                            if (!slash) {
                                url.path.add("");
                            }
                        } else if (isSingleDotSegment(segment) && !slash) {           // 1.3
                            url.path.add("");
                        } else if (!isSingleDotSegment(segment)) {                    // 1.4
                            if (url.scheme.equals("file") && url.path.isEmpty() && isWindowsDriveLetter(buffer)) {
                                segment = segment.charAt(0) + ":";
                            }
                            url.path.add(segment);
                        }
                        buffer.setLength(0);                                          // 1.5
                        if (c == '?') {                                               // 1.6
                            url.query = "";
                            state = State.QUERY;
                        }
                        if (c == '#') {                                               // 1.7
                            url.fragment = "";
                            state = State.FRAGMENT;
                        }
                    } else {                                                          // 2
                        percentEncodeCodePoint(c, PATH_SET, buffer);
                    }
                }
                case OPAQUE_PATH -> {
                    if (c == '?') {                                                   // 1
                        url.query = "";
                        state = State.QUERY;
                    } else if (c == '#') {                                            // 2
                        url.fragment = "";
                        state = State.FRAGMENT;
                    } else if (c == ' ') {                                            // 3
                        int next = pointer + 1 < input.length ? input[pointer + 1] : EOF;
                        url.opaquePath += next == '?' || next == '#' ? "%20" : " ";
                    } else if (c != EOF) {                                            // 4
                        StringBuilder path = new StringBuilder(url.opaquePath);
                        percentEncodeCodePoint(c, C0_CONTROL_SET, path);
                        url.opaquePath = path.toString();
                    }
                }
                case QUERY -> {
                    if ((!override && c == '#') || c == EOF) {                        // 2
                        boolean[] set = url.special() ? SPECIAL_QUERY_SET : QUERY_SET;
                        url.query = url.query + percentEncode(buffer.toString(), set, false);
                        buffer.setLength(0);
                        if (c == '#') {
                            url.fragment = "";
                            state = State.FRAGMENT;
                        }
                    } else if (c != EOF) {                                            // 3
                        buffer.appendCodePoint(c);
                    }
                }
                case FRAGMENT -> {
                    if (c != EOF) {
                        StringBuilder fragment = new StringBuilder(url.fragment);
                        percentEncodeCodePoint(c, FRAGMENT_SET, fragment);
                        // the rest of the input is fragment too: encode it in one go
                        while (++pointer < input.length) {
                            percentEncodeCodePoint(input[pointer], FRAGMENT_SET, fragment);
                        }
                        url.fragment = fragment.toString();
                        return;
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
            if (pointer >= input.length) {                                            // 9: pointer at EOF after the run
                return;
            }
            pointer++;
        }
    }

    /** 4.2 "shorten a URL's path". */
    private static void shortenPath(Url url) {
        List<String> path = url.path;
        if (url.scheme.equals("file") && path.size() == 1 && isNormalizedWindowsDriveLetter(path.get(0))) {
            return;
        }
        if (!path.isEmpty()) {
            path.remove(path.size() - 1);
        }
    }

    private static boolean isSingleDotSegment(String s) {
        return s.equals(".") || s.equalsIgnoreCase("%2e");
    }

    private static boolean isDoubleDotSegment(String s) {
        return s.equals("..") || s.equalsIgnoreCase(".%2e") || s.equalsIgnoreCase("%2e.") || s.equalsIgnoreCase("%2e%2e");
    }

    private static boolean isWindowsDriveLetter(CharSequence s) {
        return s.length() == 2 && isAsciiAlpha(s.charAt(0)) && (s.charAt(1) == ':' || s.charAt(1) == '|');
    }

    private static boolean isNormalizedWindowsDriveLetter(String s) {
        return s.length() == 2 && isAsciiAlpha(s.charAt(0)) && s.charAt(1) == ':';
    }

    /** 4.3 "starts with a Windows drive letter", for the code points from {@code at}. */
    private static boolean startsWithWindowsDriveLetter(int[] input, int at) {
        int n = input.length - at;
        if (n < 2 || !isAsciiAlpha(input[at]) || (input[at + 1] != ':' && input[at + 1] != '|')) {
            return false;
        }
        if (n == 2) {
            return true;
        }
        int third = input[at + 2];
        return third == '/' || third == '\\' || third == '?' || third == '#';
    }

    // ---- 3.5 host parsing

    /** The host parser: the serialized host (a domain, an IPv4 or [IPv6] address, an opaque host, or ""). */
    static String parseHost(String input, boolean isOpaque) throws Failure {
        if (input.startsWith("[")) {                                                  // 1
            if (!input.endsWith("]")) {
                throw new Failure();
            }
            return "[" + serializeIpv6(parseIpv6(input.substring(1, input.length() - 1))) + "]";
        }
        if (isOpaque) {                                                               // 2: opaque-host parser
            for (int i = 0; i < input.length(); i++) {
                char c = input.charAt(i);
                if (isForbiddenHostCodePoint(c)) {
                    throw new Failure();
                }
            }
            return percentEncode(input, C0_CONTROL_SET, false);
        }
        String domain = input.indexOf('%') < 0 ? input                                // 4: UTF-8 decode without BOM
                : new String(percentDecode(input), StandardCharsets.UTF_8);
        if (!domain.isEmpty() && domain.charAt(0) == '\uFEFF') {
            domain = domain.substring(1);
        }
        String asciiDomain = domainToAscii(domain);                                   // 5
        if (endsInANumber(asciiDomain)) {                                             // 6
            return serializeIpv4(parseIpv4(asciiDomain));
        }
        return asciiDomain;                                                           // 7
    }

    private static final int IDNA_OPTIONS = IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.NONTRANSITIONAL_TO_ASCII;
    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA_OPTIONS);
    /** UTS #46 errors that the URL Standard's options (CheckHyphens and VerifyDnsLength false) do not check. */
    private static final Set<IDNA.Error> UNCHECKED = EnumSet.of(IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG,
            IDNA.Error.DOMAIN_NAME_TOO_LONG, IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4);

    /** 3.5 "domain to ASCII" with beStrict false. */
    static String domainToAscii(String domain) throws Failure {
        String result;
        if (isAscii(domain)) {
            // Step 1 for an ASCII domain: UTS #46 with the standard's options only lower-cases it
            // (xn-- labels included: the standard's current text does not check their Punycode).
            result = domain.toLowerCase(Locale.ROOT);
        } else {
            StringBuilder out = new StringBuilder();
            IDNA.Info info = new IDNA.Info();
            UTS46.nameToASCII(domain, out, info);                                     // 1
            Set<IDNA.Error> errors = EnumSet.noneOf(IDNA.Error.class);
            errors.addAll(info.getErrors());
            errors.removeAll(UNCHECKED);
            if (!errors.isEmpty()) {                                                  // 2
                throw new Failure();
            }
            result = out.toString();
        }
        if (result.isEmpty()) {                                                       // 3
            throw new Failure();
        }
        for (int i = 0; i < result.length(); i++) {                                   // 4
            if (isForbiddenDomainCodePoint(result.charAt(i))) {
                throw new Failure();
            }
        }
        return result;
    }

    private static boolean isAscii(String domain) {
        for (int i = 0; i < domain.length(); i++) {
            if (domain.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isForbiddenHostCodePoint(int c) {
        return switch (c) {
            case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|' -> true;
            default -> false;
        };
    }

    private static boolean isForbiddenDomainCodePoint(int c) {
        return isForbiddenHostCodePoint(c) || c <= 0x1F || c == '%' || c == 0x7F;
    }

    /** 3.5 "ends in a number checker". */
    private static boolean endsInANumber(String input) {
        if (input.isEmpty()) {                                                        // 1-2: a single empty part
            return false;
        }
        int end = input.charAt(input.length() - 1) == '.' ? input.length() - 1 : input.length(); // 2: drop an empty last part
        String last = input.substring(input.lastIndexOf('.', end - 1) + 1, end);      // 3
        boolean digits = !last.isEmpty();                                             // 4
        for (int i = 0; i < last.length() && digits; i++) {
            digits = isAsciiDigit(last.charAt(i));
        }
        return digits || parseIpv4Number(last) >= 0;                                  // 5
    }

    /** 3.5 "IPv4 parser": the address as a long. */
    private static long parseIpv4(String input) throws Failure {
        List<String> parts = new ArrayList<>(List.of(input.split("\\.", -1)));        // 1
        if (parts.get(parts.size() - 1).isEmpty() && parts.size() > 1) {             // 2
            parts.remove(parts.size() - 1);
        }
        if (parts.size() > 4) {                                                       // 3
            throw new Failure();
        }
        long[] numbers = new long[parts.size()];                                      // 4
        for (int i = 0; i < numbers.length; i++) {                                    // 5
            numbers[i] = parseIpv4Number(parts.get(i));
            if (numbers[i] < 0) {
                throw new Failure();
            }
        }
        for (int i = 0; i < numbers.length - 1; i++) {                                // 7
            if (numbers[i] > 255) {
                throw new Failure();
            }
        }
        long last = numbers[numbers.length - 1];
        if (last >= (1L << (8 * (5 - numbers.length)))) {                             // 8
            throw new Failure();
        }
        long ipv4 = last;                                                             // 9
        for (int i = 0; i < numbers.length - 1; i++) {                                // 10-11
            ipv4 += numbers[i] << (8 * (3 - i));
        }
        return ipv4;
    }

    /** 3.5 "IPv4 number parser": the number, or -1 for failure (a huge one is capped above 2^32). */
    private static long parseIpv4Number(String input) {
        if (input.isEmpty()) {                                                        // 1
            return -1;
        }
        int radix = 10;                                                               // 2
        int start = 0;
        if (input.length() >= 2 && input.charAt(0) == '0' && (input.charAt(1) == 'x' || input.charAt(1) == 'X')) {
            radix = 16;                                                               // 3
            start = 2;
        } else if (input.length() >= 2 && input.charAt(0) == '0') {                   // 4
            radix = 8;
            start = 1;
        }
        if (start == input.length()) {                                                // 5
            return 0;
        }
        long value = 0;
        for (int i = start; i < input.length(); i++) {                                // 6-7
            int digit = Character.digit(input.charAt(i), radix);
            if (digit < 0 || input.charAt(i) >= 0x80) {
                return -1;
            }
            value = Math.min(value * radix + digit, 1L << 40);
        }
        return value;
    }

    private static String serializeIpv4(long address) {
        return ((address >> 24) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "." + (address & 0xFF);
    }

    /** 3.5 "IPv6 parser": the eight pieces. */
    private static int[] parseIpv6(String inputString) throws Failure {
        int[] input = inputString.codePoints().toArray();
        int[] address = new int[8];                                                   // 1
        int pieceIndex = 0;                                                           // 2
        int compress = -1;                                                            // 3
        int pointer = 0;                                                              // 4
        java.util.function.IntUnaryOperator at = i -> i < input.length ? input[i] : EOF;
        if (at.applyAsInt(pointer) == ':') {                                          // 5
            if (at.applyAsInt(pointer + 1) != ':') {
                throw new Failure();
            }
            pointer += 2;
            pieceIndex++;
            compress = pieceIndex;
        }
        while (at.applyAsInt(pointer) != EOF) {                                       // 6
            if (pieceIndex == 8) {                                                    // 6.1
                throw new Failure();
            }
            if (at.applyAsInt(pointer) == ':') {                                      // 6.2
                if (compress != -1) {
                    throw new Failure();
                }
                pointer++;
                pieceIndex++;
                compress = pieceIndex;
                continue;
            }
            int value = 0;                                                            // 6.3
            int length = 0;
            while (length < 4 && isAsciiHexDigit(at.applyAsInt(pointer))) {           // 6.4
                value = value * 0x10 + Character.digit(at.applyAsInt(pointer), 16);
                pointer++;
                length++;
            }
            if (at.applyAsInt(pointer) == '.') {                                      // 6.5
                if (length == 0) {
                    throw new Failure();
                }
                pointer -= length;
                if (pieceIndex > 6) {
                    throw new Failure();
                }
                int numbersSeen = 0;
                while (at.applyAsInt(pointer) != EOF) {
                    int ipv4Piece = -1;
                    if (numbersSeen > 0) {
                        if (at.applyAsInt(pointer) == '.' && numbersSeen < 4) {
                            pointer++;
                        } else {
                            throw new Failure();
                        }
                    }
                    if (!isAsciiDigit(at.applyAsInt(pointer))) {
                        throw new Failure();
                    }
                    while (isAsciiDigit(at.applyAsInt(pointer))) {
                        int number = at.applyAsInt(pointer) - '0';
                        if (ipv4Piece == -1) {
                            ipv4Piece = number;
                        } else if (ipv4Piece == 0) {
                            throw new Failure();
                        } else {
                            ipv4Piece = ipv4Piece * 10 + number;
                        }
                        if (ipv4Piece > 255) {
                            throw new Failure();
                        }
                        pointer++;
                    }
                    address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
                    numbersSeen++;
                    if (numbersSeen == 2 || numbersSeen == 4) {
                        pieceIndex++;
                    }
                }
                if (numbersSeen != 4) {
                    throw new Failure();
                }
                break;
            } else if (at.applyAsInt(pointer) == ':') {                               // 6.6
                pointer++;
                if (at.applyAsInt(pointer) == EOF) {
                    throw new Failure();
                }
            } else if (at.applyAsInt(pointer) != EOF) {                               // 6.7
                throw new Failure();
            }
            address[pieceIndex] = value;                                              // 6.8
            pieceIndex++;                                                             // 6.9
        }
        if (compress != -1) {                                                         // 7
            int swaps = pieceIndex - compress;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0) {
                int t = address[pieceIndex];
                address[pieceIndex] = address[compress + swaps - 1];
                address[compress + swaps - 1] = t;
                pieceIndex--;
                swaps--;
            }
        } else if (pieceIndex != 8) {                                                 // 8
            throw new Failure();
        }
        return address;                                                               // 9
    }

    /** 3.6 IPv6 serializer. */
    private static String serializeIpv6(int[] address) {
        int compress = -1;                                                            // 2: the first longest run of 0s (length > 1)
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (address[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && address[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestLength = j - i;
                compress = i;
            }
            i = j;
        }
        StringBuilder output = new StringBuilder();
        boolean ignore0 = false;                                                      // 3
        for (int pieceIndex = 0; pieceIndex < 8; pieceIndex++) {                      // 4
            if (ignore0 && address[pieceIndex] == 0) {
                continue;
            }
            ignore0 = false;
            if (compress == pieceIndex) {
                output.append(pieceIndex == 0 ? "::" : ":");
                ignore0 = true;
                continue;
            }
            output.append(Integer.toHexString(address[pieceIndex]));
            if (pieceIndex != 7) {
                output.append(':');
            }
        }
        return output.toString();
    }

    // ---- 1.3 percent-encoded bytes. A set is a table over ASCII (true: encode); C0 controls,
    // U+007F and anything above it are in every set.

    private static boolean[] set(boolean[] base, String chars) {
        boolean[] table = base.clone();
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = true;
        }
        return table;
    }

    private static boolean[] c0ControlSet() {
        boolean[] table = new boolean[128];
        for (int c = 0; c < 0x20; c++) {
            table[c] = true;
        }
        table[0x7F] = true;
        return table;
    }

    static final boolean[] C0_CONTROL_SET = c0ControlSet();
    static final boolean[] FRAGMENT_SET = set(C0_CONTROL_SET, " \"<>`");
    static final boolean[] QUERY_SET = set(C0_CONTROL_SET, " \"#<>");
    static final boolean[] SPECIAL_QUERY_SET = set(QUERY_SET, "'");
    static final boolean[] PATH_SET = set(QUERY_SET, "?^`{}");
    static final boolean[] USERINFO_SET = set(PATH_SET, "/:;=@[\\]|");
    static final boolean[] COMPONENT_SET = set(USERINFO_SET, "$%&+,");
    static final boolean[] FORM_URLENCODED_SET = set(COMPONENT_SET, "!'()~");

    private static boolean inSet(int c, boolean[] set) {
        return c >= 0x80 || set[c];
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** UTF-8 percent-encodes one code point with {@code set} onto {@code out}. */
    static void percentEncodeCodePoint(int c, boolean[] set, StringBuilder out) {
        if (!inSet(c, set)) {
            out.append((char) c);
            return;
        }
        byte[] bytes = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    /** UTF-8 percent-encodes {@code input} with {@code set}; {@code spaceAsPlus} for the urlencoded serializer. */
    static String percentEncode(String input, boolean[] set, boolean spaceAsPlus) {
        StringBuilder out = null;
        for (int i = 0; i < input.length(); ) {
            int c = input.codePointAt(i);
            int width = Character.charCount(c);
            if (c >= 0xD800 && c <= 0xDFFF) {
                c = 0xFFFD;
            }
            boolean plus = spaceAsPlus && c == ' ';
            if (out == null && (plus || inSet(c, set))) {
                out = new StringBuilder(input.length() + 16).append(input, 0, i);
            }
            if (out != null) {
                if (plus) {
                    out.append('+');
                } else {
                    percentEncodeCodePoint(c, set, out);
                }
            }
            i += width;
        }
        return out == null ? input : out.toString();
    }

    /** 1.3 "percent-decode" of a string's UTF-8 bytes. */
    static byte[] percentDecode(String input) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '%' && i + 2 < bytes.length && isAsciiHexDigit(bytes[i + 1]) && isAsciiHexDigit(bytes[i + 2])) {
                out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiHexDigit(int c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiAlphanumeric(int c) {
        return isAsciiAlpha(c) || isAsciiDigit(c);
    }
}
