package dev.hmrc.benchmarks;

import dev.hmrc.benchmarks.HttpUnderUpdates.Kind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpUnderUpdatesTest {

    private static final String ROUTES = """
            import { json } from "hmr:http";
            import { bump, counts, reset } from "./store.mjs";

            export const version = 1;

            export function handle(request) {
              return json({ version });
            }

            import.meta.hot?.accept();
            """;

    @Test
    void everyTenthUpdateFailsInTurnAndTheLastNever() {
        List<Kind> plan = HttpUnderUpdates.plan(30, 10);
        assertEquals(30, plan.size());
        assertEquals(Kind.SYNTAX_ERROR, plan.get(9));
        assertEquals(Kind.THROWING_BODY, plan.get(19));
        assertEquals(Kind.VALID, plan.get(29), "the last update must leave a valid version running");
        assertEquals(1, plan.stream().filter(Kind::fails).filter(k -> k == Kind.SYNTAX_ERROR).count());
        assertEquals(2, plan.stream().filter(Kind::fails).count());

        List<Kind> small = HttpUnderUpdates.plan(20, 6);
        assertEquals(List.of(Kind.SYNTAX_ERROR, Kind.THROWING_BODY, Kind.LINK_ERROR),
                small.stream().filter(Kind::fails).toList());
        assertEquals(Kind.VALID, small.get(6), "a failing update is followed by a valid one");

        assertEquals(List.of(), HttpUnderUpdates.plan(5, 0).stream().filter(Kind::fails).toList());
    }

    @Test
    void aValidVersionChangesTheVersionLineAndKeepsTheRest() {
        String text = HttpUnderUpdates.routesSource(ROUTES, 7, Kind.VALID, new Random(1));
        assertTrue(text.contains("\nexport const version = 7;\n"), text);
        assertFalse(text.contains("version = 1;"), text);
        assertTrue(text.contains("function note7() {"), text);
        assertTrue(text.endsWith("import.meta.hot?.accept();\n"), text);
        assertTrue(text.contains("export function handle(request) {"), text);
    }

    @Test
    void eachFailingKindCarriesItsFault() {
        String syntax = HttpUnderUpdates.routesSource(ROUTES, 3, Kind.SYNTAX_ERROR, new Random(1));
        assertTrue(syntax.contains("const broken = ;\n"), syntax);
        String throwing = HttpUnderUpdates.routesSource(ROUTES, 4, Kind.THROWING_BODY, new Random(1));
        assertTrue(throwing.endsWith("import.meta.hot?.accept();\n\nthrow new Error(\"bad version 4\");\n"), throwing);
        String link = HttpUnderUpdates.routesSource(ROUTES, 5, Kind.LINK_ERROR, new Random(1));
        assertTrue(link.contains("from \"./store.mjs\";\nimport { missing } from \"./store.mjs\";\n"), link);
        for (String text : List.of(syntax, throwing, link)) {
            assertEquals(1, text.split("export const version = ", -1).length - 1, text);
        }
    }

    @Test
    void theSameSeedWritesTheSameVersions() {
        assertEquals(HttpUnderUpdates.routesSource(ROUTES, 9, Kind.VALID, new Random(42)),
                HttpUnderUpdates.routesSource(ROUTES, 9, Kind.VALID, new Random(42)));
    }

    @Test
    void theExampleHasTheLinesTheEditsReplace() throws IOException {
        Path routes = Path.of(System.getProperty("hmrc.repo", ".."), "examples/http-counter/routes.mjs");
        String text = Files.readString(routes);
        for (Kind kind : Kind.values()) {
            String edited = HttpUnderUpdates.routesSource(text, 2, kind, new Random(1));
            assertTrue(edited.contains("export const version = 2;"), kind.toString());
        }
    }

    @Test
    void outcomeLinesAreAsPlannedOnlyWhenSuccessMatchesValidity() {
        String loaded = "[hot] Loaded 1 new module, reevaluated 0 existing modules in 4.2 ms.";
        String syntax = "[hot] SyntaxError in /x/routes.mjs:5:16: Unexpected token (the previous version keeps running)";
        assertTrue(new HttpUnderUpdates.Update(1, 2, Kind.VALID, 0, 1, loaded).asPlanned());
        assertFalse(new HttpUnderUpdates.Update(1, 2, Kind.VALID, 0, 1, syntax).asPlanned());
        assertTrue(new HttpUnderUpdates.Update(1, 2, Kind.SYNTAX_ERROR, 0, 1, syntax).asPlanned());
        assertTrue(new HttpUnderUpdates.Update(1, 2, Kind.SYNTAX_ERROR, 0, 1, syntax).wordedAsPlanned());
        assertFalse(new HttpUnderUpdates.Update(1, 2, Kind.LINK_ERROR, 0, 1, syntax).wordedAsPlanned());
        assertFalse(new HttpUnderUpdates.Update(1, 2, Kind.THROWING_BODY, 0, 1, loaded).asPlanned());
        assertFalse(new HttpUnderUpdates.Update(1, 2, Kind.VALID, 0, -1, null).asPlanned());
        assertTrue(HttpUnderUpdates.isOutcome(loaded));
        assertFalse(HttpUnderUpdates.isOutcome("[hot] trace (ms): compile 1.0"));
        assertFalse(HttpUnderUpdates.isOutcome("  3 | const broken = ;"));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsKeepAliveAnswersBackToBack() throws IOException {
        InputStream in = bytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"hits\":12}"
                + "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 4\r\nConnection: close\r\n\r\nbusy");
        HttpUnderUpdates.Answer first = HttpUnderUpdates.readAnswer(in);
        assertEquals(200, first.status());
        assertEquals("{\"hits\":12}", first.text());
        assertFalse(first.close());
        HttpUnderUpdates.Answer second = HttpUnderUpdates.readAnswer(in);
        assertEquals(503, second.status());
        assertEquals("busy", second.text());
        assertTrue(second.close());
    }

    @Test
    void readsChunkedAnswers() throws IOException {
        InputStream in = bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n2;x=y\r\nef\r\n0\r\n\r\n");
        assertEquals("abcdef", HttpUnderUpdates.readAnswer(in).text());
    }

    @Test
    void truncatedOrMalformedAnswersAreErrors() {
        assertThrows(EOFException.class, () -> HttpUnderUpdates.readAnswer(bytes("")));
        assertThrows(EOFException.class, () -> HttpUnderUpdates.readAnswer(bytes("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort")));
        assertThrows(IOException.class, () -> HttpUnderUpdates.readAnswer(bytes("HTTP/1.0 200 OK\r\n\r\n")));
        assertThrows(IOException.class, () -> HttpUnderUpdates.readAnswer(bytes("HTTP/1.1 200 OK\r\n\r\n")),
                "a 200 with no length cannot be delimited on a keep-alive connection");
        assertThrows(IOException.class, () -> HttpUnderUpdates.readAnswer(bytes("HTTP/1.1 2x0 OK\r\n\r\n")));
    }

    @Test
    void requestsOverlappingAnUpdateWindow() {
        long[] starts = {100, 200, 300};
        long[] ends = {110, 250, 300};
        assertFalse(HttpUnderUpdates.overlapsAny(starts, ends, 0, 99), "before the first");
        assertTrue(HttpUnderUpdates.overlapsAny(starts, ends, 0, 100), "answered as the first began");
        assertTrue(HttpUnderUpdates.overlapsAny(starts, ends, 105, 106), "inside");
        assertTrue(HttpUnderUpdates.overlapsAny(starts, ends, 110, 150), "sent as the first ended");
        assertFalse(HttpUnderUpdates.overlapsAny(starts, ends, 111, 199), "between two");
        assertTrue(HttpUnderUpdates.overlapsAny(starts, ends, 150, 400), "spanning several");
        assertTrue(HttpUnderUpdates.overlapsAny(starts, ends, 300, 300), "an empty window");
        assertFalse(HttpUnderUpdates.overlapsAny(starts, ends, 301, 500), "after the last");
        assertFalse(HttpUnderUpdates.overlapsAny(new long[0], new long[0], 0, 10));
    }

    // ---- request mixes ----

    @Test
    void theCounterMixSendsTheRequestTheLoadTestAlwaysSent() throws IOException {
        RequestMix mix = RequestMix.load(RequestMix.DEFAULT);
        assertEquals(1, mix.cycle().size());
        assertEquals("GET /hit?name=load HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAccept: application/json\r\n\r\n",
                new String(mix.cycle().get(0).request(8080, null, false), StandardCharsets.ISO_8859_1),
                "the same bytes as before the harness took mixes, so its figures stay comparable");
        RequestMix.Checked hit = mix.check(mix.cycle().get(0), 200, Map.of(), "{\"name\":\"load\",\"hits\":41,\"version\":7}");
        assertTrue(hit.matches(), hit.mismatch());
        assertEquals(41, hit.count());
        assertEquals(7, hit.version());
        assertFalse(mix.check(mix.cycle().get(0), 200, Map.of(), "{\"name\":\"other\",\"hits\":41,\"version\":7}").matches());
        assertFalse(mix.check(mix.cycle().get(0), 500, Map.of(), "Internal Server Error").matches());
        RequestMix.Checked counts = mix.check(mix.finalSteps().get(0), 200, Map.of(),
                "{\"counts\":{\"other\":3,\"load\":1200},\"version\":201}");
        assertTrue(counts.matches(), counts.mismatch());
        assertEquals(1200, counts.count());
    }

    @Test
    void theHonoMixCarriesTheTodoIdThroughItsCycleAndReadsTheVersionHeader() throws IOException {
        RequestMix mix = RequestMix.load("hono-todo");
        assertEquals("x-app-version", mix.versionHeader());
        assertEquals(1, mix.seed().size());
        RequestMix.Step create = mix.cycle().get(0);
        RequestMix.Step patch = mix.cycle().get(1);
        assertTrue(create.capturesId());
        assertTrue(patch.usesId());
        RequestMix.Checked created = mix.check(create, 201, Map.of("x-app-version", "3"),
                "{\"id\":17,\"title\":\"load\",\"done\":false}");
        assertTrue(created.matches(), created.mismatch());
        assertEquals("17", created.id());
        assertEquals(17, created.count());
        assertEquals(3, created.version());
        String request = new String(patch.request(9000, created.id(), false), StandardCharsets.UTF_8);
        assertEquals("PATCH /todos/17 HTTP/1.1\r\nHost: 127.0.0.1:9000\r\nAccept: application/json\r\n"
                + "Content-Type: application/json\r\nContent-Length: 13\r\n\r\n{\"done\":true}", request);
        assertFalse(mix.check(create, 201, Map.of(), "{\"id\":17,\"title\":\"load\",\"done\":false}").matches(),
                "an answer that names no version cannot be checked against the timeline");
        assertFalse(mix.check(create, 200, Map.of("x-app-version", "3"), "{\"id\":17,\"title\":\"load\",\"done\":false}").matches());
        RequestMix.Step list = mix.cycle().get(2);
        assertTrue(mix.check(list, 200, Map.of("x-app-version", "1"),
                "[{\"id\":1,\"title\":\"kept\",\"done\":false},{\"id\":5,\"title\":\"load\",\"done\":true}]").matches());
        assertFalse(mix.check(list, 200, Map.of("x-app-version", "1"), "[{\"id\":5,\"title\":\"load\",\"done\":true}]").matches(),
                "the todo created before the load must be listed first");
        RequestMix.Step last = mix.finalSteps().get(0);
        assertTrue(mix.check(last, 200, Map.of(), "[{\"id\":1,\"title\":\"kept\",\"done\":false}]").matches());
        assertFalse(mix.check(last, 200, Map.of(), "[{\"id\":1,\"title\":\"kept\",\"done\":false},{\"id\":9,\"title\":\"load\",\"done\":true}]")
                .matches(), "every todo of the load was deleted again");
    }

    @Test
    void aMixIsCheckedWhenItIsRead() {
        assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("m", "cycle\tGET\t/x/{id}\t200\n"),
                "{id} before any step captures it");
        assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("m", "loop\tGET\t/x\t200\n"));
        assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("m", "cycle\tGET\t/x\tOK\n"));
        assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("m", "seed\tGET\t/x\t200\n"), "no cycle");
        assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("m", "@version x\ncycle\tGET\t/x\t200\n"));
        RequestMix mix = RequestMix.parse("m", "# a comment\n\ncycle\tGET\t/x\t204\t-\n");
        assertEquals(null, mix.cycle().get(0).shape());
        assertTrue(mix.check(mix.cycle().get(0), 204, Map.of(), "").mismatch().contains("names no version"));
    }

    @Test
    void answersKeepTheirHeaders() throws IOException {
        HttpUnderUpdates.Answer answer = HttpUnderUpdates.readAnswer(bytes(
                "HTTP/1.1 204 No Content\r\nX-App-Version: 12\r\nDate: x\r\n\r\n"));
        assertEquals(204, answer.status());
        assertEquals("12", answer.headers().get("x-app-version"));
    }
}
