package dev.hmrc.runtime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hmrc.runtime.hooks.ResolveHook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real npm packages (lodash-es, date-fns, three, rxjs; installed by {@code scripts/fetch-corpora.sh})
 * imported by bare specifier through {@code node_modules}: both linkers print the same output,
 * which is checked against values computed by hand (the rxjs script's also against node 20).
 */
class RealPackagesTest {

    private static Path nodeModules;

    @TempDir
    Path program;

    @BeforeAll
    static void fetchCorpora() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("scripts/fetch-corpora.sh"))) {
            root = root.getParent();
            assertTrue(root != null, "no scripts/fetch-corpora.sh above the working directory");
        }
        Process fetch = new ProcessBuilder("bash", root.resolve("scripts/fetch-corpora.sh").toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(fetch.waitFor(900, TimeUnit.SECONDS) && fetch.exitValue() == 0, "scripts/fetch-corpora.sh failed");
        nodeModules = root.resolve(".corpora/node_modules");
    }

    @Test
    void lodashDateFnsAndThreeRunTheSameInBothModes() throws IOException {
        Files.createSymbolicLink(program.resolve("node_modules"), nodeModules);
        Files.writeString(program.resolve("main.mjs"), """
                import { chunk, sortBy, camelCase } from 'lodash-es';
                import * as _ from 'lodash-es';
                import { format, addDays } from 'date-fns';
                import { Vector3 } from 'three';
                console.log(JSON.stringify(chunk([1, 2, 3, 4, 5], 2)), sortBy([3, 1, 2]).join(), camelCase('hot module'));
                console.log(typeof _.debounce, Object.prototype.toString.call(_));
                console.log(format(addDays(new Date(2020, 0, 30), 3), 'yyyy-MM-dd'));
                console.log(new Vector3(1, 2, 2).length());
                """);
        String expected = """
                [[1,2],[3,4],[5]] 1,2,3 hotModule
                function [object Module]
                2020-02-02
                3
                exit 0
                """;
        assertEquals(expected, ProgramRun.run(program, Linker.GRAALJS).transcript(), "GraalJS's loader");
        assertEquals(expected, ProgramRun.run(program, Linker.HMRC).transcript(), "hmrc's linker");
    }

    /**
     * rxjs 7's ES module builds (the {@code exports} default condition: {@code dist/esm5}) are
     * written for bundlers: their relative imports leave out the {@code .js} extension, which
     * Node's ESM resolution (and so hmrc's, and GraalJS's) does not add; Node itself runs the
     * CommonJS build. A resolve hook adds the extension, in both modes alike.
     */
    private static final ResolveHook RXJS_EXTENSIONS = (specifier, context, next) ->
            context.parentUrl() != null && context.parentUrl().contains("/node_modules/rxjs/")
                    && specifier.startsWith(".") && !specifier.endsWith(".js")
                    ? next.resolve(specifier + ".js", context)
                    : next.resolve(specifier, context);

    private String runWithRxjsHook(Linker linker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ModuleRuntime.builder(program).linker(linker).resolveHook(RXJS_EXTENSIONS)
                .out(out).err(err).runProgram(List.of("./main.mjs"));
        return new ProgramRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status)
                .transcript();
    }

    @Test
    void rxjsOperatorsSubjectsAndSchedulersRunTheSameInBothModes() throws IOException {
        // rxjs (which imports tslib by bare specifier), its rxjs/operators and rxjs/testing
        // subpaths, subjects, the async scheduler on the host's timers (in orders that do not
        // depend on how fast the engine runs) and the virtual-time TestScheduler.
        Files.createSymbolicLink(program.resolve("node_modules"), nodeModules);
        Files.writeString(program.resolve("main.mjs"), """
                import { of, from, range, Subject, BehaviorSubject, ReplaySubject, combineLatest, merge, concat, timer, interval,
                  firstValueFrom, lastValueFrom, EMPTY } from 'rxjs';
                import { map, filter, scan, reduce, take, mergeMap, switchMap, distinctUntilChanged, bufferCount, toArray,
                  catchError, startWith, pairwise, debounceTime, delay } from 'rxjs/operators';
                import { TestScheduler } from 'rxjs/testing';
                const log = [];
                of(1, 2, 3, 4, 5).pipe(filter((x) => x % 2 === 1), map((x) => x * 10), scan((a, x) => a + x, 0))
                  .subscribe((v) => log.push(v));
                console.log('scan', log.join());
                range(1, 10).pipe(bufferCount(3), map((b) => b.join('+'))).subscribe({ next: (v) => console.log('buffer', v), complete: () => console.log('buffer done') });
                const subject = new Subject();
                const seen = [];
                subject.pipe(distinctUntilChanged(), pairwise()).subscribe((p) => seen.push(p.join('>')));
                ['a', 'a', 'b', 'b', 'c', 'a'].forEach((x) => subject.next(x));
                subject.complete();
                console.log('pairs', seen.join(' '));
                const state = new BehaviorSubject(1);
                const replay = new ReplaySubject(2);
                [1, 2, 3].forEach((x) => replay.next(x));
                combineLatest([state, of('x', 'y')]).pipe(map(([n, s]) => s + n)).subscribe((v) => console.log('latest', v));
                state.next(2);
                replay.pipe(toArray()).subscribe((v) => console.log('replay', v.join()));
                replay.complete();
                from([1, 2, 3]).pipe(mergeMap((x) => of(x, x * x)), reduce((a, x) => a + x, 0)).subscribe((v) => console.log('mergeMap sum', v));
                concat(of('c1'), EMPTY, of('c2')).pipe(startWith('c0'), toArray()).subscribe((v) => console.log('concat', v.join()));
                of(1).pipe(map(() => { throw new RangeError('inside map'); }), catchError((e) => of(e.name + ': ' + e.message)))
                  .subscribe((v) => console.log('caught', v));
                console.log('first', await firstValueFrom(interval(5).pipe(map((i) => i * 3), filter((i) => i > 3))));
                console.log('last', (await lastValueFrom(concat(timer(3).pipe(map(() => 'later')), timer(1).pipe(map(() => 'sooner'))).pipe(toArray()))).join());
                const typed = new Subject();
                const debounced = lastValueFrom(typed.pipe(debounceTime(10), switchMap((q) => of(q.toUpperCase()).pipe(delay(2))), toArray()));
                typed.next('h'); typed.next('he'); typed.next('hel'); typed.complete();
                console.log('debounced', (await debounced).join());
                const scheduler = new TestScheduler((actual) => console.log('virtual time',
                  actual.map((n) => n.frame + ':' + (n.notification.kind === 'N' ? n.notification.value : n.notification.kind === 'C' ? '|' : '#')).join(' ')));
                scheduler.run(({ cold, expectObservable }) => {
                  expectObservable(cold('a-b-c---d|').pipe(debounceTime(2), map((x) => x.toUpperCase()))).toBe('');
                });
                """);
        // As node 20 prints it (which runs rxjs's CommonJS build).
        String expected = """
                scan 10,40,90
                buffer 1+2+3
                buffer 4+5+6
                buffer 7+8+9
                buffer 10
                buffer done
                pairs a>b b>c c>a
                latest x1
                latest y1
                latest y2
                replay 2,3
                mergeMap sum 20
                concat c0,c1,c2
                caught RangeError: inside map
                first 6
                last later,sooner
                debounced HEL
                virtual time 6:C 9:D 9:|
                exit 0
                """;
        assertEquals(expected, runWithRxjsHook(Linker.GRAALJS), "GraalJS's loader");
        assertEquals(expected, runWithRxjsHook(Linker.HMRC), "hmrc's linker");
    }

    /** The smoke programs of {@code src/test/resources/real-packages/}: one popular npm package each. */
    static Stream<Arguments> popularPackages() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(POPULAR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".mjs")).sorted().toList()) {
                for (Linker linker : Linker.values()) {
                    all.add(Arguments.of(file.getFileName().toString(), linker));
                }
            }
        }
        return all.stream();
    }

    private static final Path POPULAR = Path.of("src/test/resources/real-packages");
    private static final Map<String, String> NODE_OUTPUT = new ConcurrentHashMap<>();
    private static JsEngine sharedEngine;

    @AfterAll
    static void closeEngine() {
        if (sharedEngine != null) {
            sharedEngine.close();
        }
    }

    /**
     * A popular package (validation, dates, markdown, YAML, templating, ids, routers, state; the
     * list is in the README) imported by its ES-module entry and smoke-tested: node and both
     * linkers print the same.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("popularPackages")
    void aPopularPackagePrintsWhatNodePrints(String name, Linker linker) throws Exception {
        Files.createSymbolicLink(program.resolve("node_modules"), nodeModules);
        Files.copy(POPULAR.resolve(name), program.resolve("main.mjs"));
        String node = NODE_OUTPUT.computeIfAbsent(name, ignored -> runNode(program));
        if (sharedEngine == null) {
            sharedEngine = JsEngine.create();
        }
        ProgramRun run = ProgramRun.run(program, linker, sharedEngine);
        assertEquals(node, run.stdout() + "exit " + run.exitStatus() + "\n", name + " under " + linker + "\n" + run.stderr());
    }

    private static String runNode(Path folder) {
        try {
            Process node = new ProcessBuilder("node", "main.mjs").directory(folder.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = node.getInputStream().readAllBytes();
            assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node did not finish");
            return new String(out, StandardCharsets.UTF_8) + "exit " + node.exitValue() + "\n";
        } catch (IOException e) {
            throw new AssertionError("node (Node.js 18 or newer) must be on the PATH for this test", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * examples/hono-todo: a Hono app behind serve(), hot-edited while it serves: the next request
     * runs the new route, the todos in store.mjs and the socket are kept.
     */
    @Test
    void theHonoExampleKeepsItsTodosWhileItsAppIsEdited() throws Exception {
        Path example = nodeModules.getParent().getParent().resolve("examples/hono-todo");
        for (String file : List.of("app.mjs", "server.mjs", "store.mjs")) {
            Files.copy(example.resolve(file), program.resolve(file));
        }
        Files.createSymbolicLink(program.resolve("node_modules"), nodeModules);
        Files.writeString(program.resolve("main.mjs"), """
                import "./server.mjs";
                """);
        java.util.concurrent.LinkedBlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        try (ModuleRuntime runtime = ModuleRuntime.builder(program.toRealPath()).hot(HotOptions.parse("silent"))
                .hotListener(lines::add).arguments(List.of("0")).out(out).err(err).build()) {
            runtime.importModule("./main.mjs").get(120, TimeUnit.SECONDS);
            String listening = out.toString(StandardCharsets.UTF_8);
            assertTrue(listening.startsWith("hono-todo listening on http://127.0.0.1:"), listening + err);
            String base = listening.trim().substring("hono-todo listening on ".length()).replaceAll("/$", "");
            java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> send = (method, pathAndBody) -> {
                String[] parts = pathAndBody.split(" ", 2);
                try {
                    return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + parts[0]))
                            .header("content-type", "application/json")
                            .method(method, parts.length == 1 ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                    : java.net.http.HttpRequest.BodyPublishers.ofString(parts[1])).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            };
            assertEquals("{\"id\":1,\"title\":\"try hmrc\",\"done\":false}", send.apply("POST", "/todos {\"title\":\"try hmrc\"}").body());
            assertEquals(201, send.apply("POST", "/todos {\"title\":\"edit\"}").statusCode());
            java.net.http.HttpResponse<String> invalid = send.apply("POST", "/todos {}");
            assertEquals(400, invalid.statusCode());
            assertEquals("{\"error\":\"a todo needs a title\"}", invalid.body());
            assertEquals(404, send.apply("DELETE", "/todos/9").statusCode());
            assertEquals("1", send.apply("GET", "/todos").headers().firstValue("x-app-version").orElseThrow());

            Path app = program.resolve("app.mjs");
            Files.writeString(app, Files.readString(app).replace("export const version = 1;", "export const version = 2;")
                    .replace("app.get(\"/todos\", (c) => c.json(list()));",
                            "app.get(\"/todos\", (c) => c.json({ open: list().filter((t) => !t.done).length, todos: list() }));"));
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertTrue(line != null && line.startsWith("[hot] Loaded 1 new module"), line + err);
            assertEquals(200, send.apply("PATCH", "/todos/1 {\"done\":true}").statusCode());
            java.net.http.HttpResponse<String> after = send.apply("GET", "/todos");
            assertEquals("2", after.headers().firstValue("x-app-version").orElseThrow());
            assertEquals("{\"open\":1,\"todos\":[{\"id\":1,\"title\":\"try hmrc\",\"done\":true},"
                    + "{\"id\":2,\"title\":\"edit\",\"done\":false}]}", after.body(), "new route, todos kept");
            assertEquals("", err.toString(StandardCharsets.UTF_8));
        }
    }
}
