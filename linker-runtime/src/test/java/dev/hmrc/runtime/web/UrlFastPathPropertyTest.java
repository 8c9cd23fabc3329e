package dev.hmrc.runtime.web;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * {@link UrlFastPath} against the state machine of {@link UrlParser}: for generated URL strings
 * (absolute and relative, against canonical bases of every kind, built from the pieces that
 * the parser treats specially: upper case, dot segments in their percent-encoded forms,
 * Windows drive letters, ports, userinfo, IPv4 and Punycode hosts, code points of every
 * percent-encode set, tabs, backslashes, non-ASCII and lone surrogates), whenever the fast
 * path gives an href it is the one the state machine gives, and it must take a good share of
 * the inputs, so that the comparison is not vacuous.
 */
class UrlFastPathPropertyTest {

    private static final List<String> BASES = Arrays.asList(null,
            "https://example.com/docs/guide/index.html?lang=en#intro", "https://user:pw@h.example:8080/a/b/",
            "http://h/", "ws://w/s?x#y", "ftp://f.example/pub/", "file:///home/u/a/b.mjs", "file:///C:/x/y",
            "file:///", "file://server/share/f", "mailto:x@y", "foo://host/p/q", "about:blank");

    /** Mostly {@code plain}, sometimes {@code tricky}: each piece of a URL is plain often enough for whole URLs to be. */
    private static Arbitrary<String> mostly(Arbitrary<String> plain, Arbitrary<String> tricky) {
        return Arbitraries.frequencyOf(Tuple.of(6, plain), Tuple.of(1, tricky));
    }

    @Provide
    Arbitrary<String> inputs() {
        Arbitrary<String> scheme = mostly(Arbitraries.of("http", "https", "ws", "wss", "ftp", "file"),
                Arbitraries.of("HTTP", "hTTps", "FILE", "foo", "mailto", ""));
        Arbitrary<String> afterScheme = mostly(Arbitraries.just("://"), Arbitraries.of(":", ":/", ":///", ":\\\\", "://\\", ":////"));
        Arbitrary<String> userinfo = mostly(Arbitraries.just(""), Arbitraries.oneOf(
                Arbitraries.strings().withChars("aZ09:%-._~!$ \"<>`{}^|;=/").ofMaxLength(6).map(s -> s + "@"),
                Arbitraries.of("user:pass@", "u@", ":@", "@", "a@b@", "a:b:c@")));
        Arbitrary<String> label = mostly(Arbitraries.of("example", "com", "h", "a-b", "localhost", "x1"),
                Arbitraries.of("EXAMPLE", "xn--nxasmq6b", "xn--a", "192", "168", "0x1f", "1", "09", "a_b", "a%41", "%zz", "",
                        "\u00e9", "a b", "a\tb", "[::1]", "255", "4294967296", "0"));
        Arbitrary<String> host = label.list().ofMinSize(1).ofMaxSize(4).map(labels -> String.join(".", labels));
        Arbitrary<String> port = mostly(Arbitraries.of("", "", ":8080"),
                Arbitraries.of(":", ":80", ":443", ":21", ":0080", ":65535", ":65536", ":x", ":99999999"));
        Arbitrary<String> segment = mostly(Arbitraries.of("a", "b", "index.html", "v1", "", "..", "."),
                Arbitraries.oneOf(Arbitraries.of("%2e", "%2E", ".%2e", "%2e.", "%2E%2e", "b c", "C:", "c|", "x\"y", "a?b", "a#b",
                                "%", "\\", "\t", "\u00e9", "\uD800", "{x}", "^", "`", "\u007f", "\u0001"),
                        Arbitraries.strings().withChars("ab.%2e/:|?#\\ \"<>`{}^'").ofMaxLength(5)));
        Arbitrary<String> path = Arbitraries.oneOf(
                segment.list().ofMaxSize(5).map(segments -> segments.isEmpty() ? "" : "/" + String.join("/", segments)),
                segment.list().ofMinSize(1).ofMaxSize(4).map(segments -> String.join("/", segments)));
        Arbitrary<String> text = mostly(Arbitraries.strings().withChars("az09=&+.-_~%").ofMaxLength(8),
                Arbitraries.strings().withChars("az09=&+ \"#<>'`{}^|%?/\\\t\u00e9").ofMaxLength(8));
        Arbitrary<String> query = Arbitraries.oneOf(Arbitraries.just(""), text.map(q -> "?" + q));
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.just(""), text.map(f -> "#" + f));
        Arbitrary<String> edge = mostly(Arbitraries.just(""), Arbitraries.of(" ", "\t", "\u0000"));
        Arbitrary<String> absolute = Combinators.combine(List.of(scheme, afterScheme, userinfo, host, port, path, query, fragment))
                .as(parts -> String.join("", parts));
        Arbitrary<String> relative = Combinators.combine(path, query, fragment).as((p, q, f) -> p + q + f);
        Arbitrary<String> schemeRelative = Combinators.combine(userinfo, host, port, path).as((u, h, p, s) -> "//" + u + h + p + s);
        return Combinators.combine(edge, Arbitraries.frequencyOf(Tuple.of(5, absolute), Tuple.of(4, relative), Tuple.of(1, schemeRelative)), edge)
                .as((lead, url, trail) -> lead + url + trail);
    }

    @Provide
    Arbitrary<String> bases() {
        return Arbitraries.of(BASES);
    }

    @Property(tries = 20_000)
    void theFastPathGivesTheStateMachinesHrefWheneverItGivesOne(@ForAll("inputs") String input, @ForAll("bases") String base) {
        String fast = UrlFastPath.parse(input, base);
        Statistics.label("fast path").collect(fast != null);
        if (fast != null) {
            assertEquals(UrlParser.parseWithStateMachine(input, base), fast, () -> "input " + quoted(input) + " against " + base);
        }
        Statistics.label("fast path").coverage(coverage -> coverage.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 100)
    void everyCanonicalBaseTakesTheFastPathForTheCommonReferences(@ForAll("bases") String base) {
        List<String> special = new ArrayList<>(List.of("https:", "http:", "ws:", "ftp:", "file:"));
        if (base == null || special.stream().noneMatch(base::startsWith) || base.startsWith("file:///C:") || base.startsWith("file://server")) {
            return;
        }
        for (String reference : List.of("", "x", "../y/z", "/abs?q", "?q", "#f", "./a/./b/../c")) {
            String fast = UrlFastPath.parse(reference, base);
            assertNotNull(fast, () -> quoted(reference) + " against " + base);
            assertEquals(UrlParser.parseWithStateMachine(reference, base), fast, () -> quoted(reference) + " against " + base);
        }
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
