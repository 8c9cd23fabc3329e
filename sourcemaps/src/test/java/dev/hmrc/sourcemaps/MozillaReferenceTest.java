package dev.hmrc.sourcemaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Reference checks against Mozilla's {@code source-map} 0.6.1 under Node: maps our
 * builder writes decode there to the same mappings, {@code originalPositionFor}
 * answers the same, and composition matches {@code applySourceMap}. Each try sends
 * a batch of maps to one Node process.
 */
class MozillaReferenceTest {
    /** Mozilla's VLQ decoder overflows past 2^30; stay well inside. */
    private static final int MOZILLA_MAX = 1 << 28;

    @BeforeContainer
    static void requireNode() {
        MozillaReference.ensureAvailable();
    }

    @Provide
    Arbitrary<List<RandomMaps.Spec>> batches() {
        return RandomMaps.specs(MOZILLA_MAX, 60).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<RandomMaps.Spec>> denseBatches() {
        return RandomMaps.specs(20, 50).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 25)
    void mozillaDecodesOurMapsToTheSameMappings(@ForAll("batches") List<RandomMaps.Spec> batch) {
        List<String> tasks = new ArrayList<>();
        for (RandomMaps.Spec spec : batch) {
            tasks.add(MozillaReference.mappingsTask(spec.build("out.js").toJson()));
        }
        List<Object> results = MozillaReference.run(tasks);
        for (int i = 0; i < batch.size(); i++) {
            RandomMaps.Spec spec = batch.get(i);
            DecodedSourceMap ours = DecodedSourceMap.decode(SourceMap.parse(spec.build("out.js").toJson()));
            List<Mapping> theirs = MozillaReference.toMappings(results.get(i));
            assertEquals(spec.mappings(), theirs, "Mozilla's decoding of map " + i);
            assertEquals(theirs, ours.mappings(), "our decoding of map " + i);
        }
    }

    @Property(tries = 20)
    void originalPositionForMatchesMozilla(@ForAll("denseBatches") List<RandomMaps.Spec> batch, @ForAll long seed) {
        Random random = new Random(seed);
        List<String> tasks = new ArrayList<>();
        List<List<int[]>> queries = new ArrayList<>();
        for (RandomMaps.Spec spec : batch) {
            String json = spec.build(null).toJson();
            List<int[]> q = new ArrayList<>();
            for (Mapping m : spec.mappings()) { // exactly on, just before and just after each segment
                q.add(new int[] {m.generatedLine(), m.generatedColumn()});
                q.add(new int[] {m.generatedLine(), m.generatedColumn() + 1});
                if (m.generatedColumn() > 0) {
                    q.add(new int[] {m.generatedLine(), m.generatedColumn() - 1});
                }
            }
            for (int k = 0; k < 40; k++) {
                q.add(new int[] {random.nextInt(spec.lineCount() + 2), random.nextInt(300)});
            }
            queries.add(q);
            tasks.add(MozillaReference.mappingsTask(json));
            tasks.add(MozillaReference.lookupTask(json, q));
        }
        List<Object> results = MozillaReference.run(tasks);
        for (int i = 0; i < batch.size(); i++) {
            DecodedSourceMap ours = DecodedSourceMap.decode(SourceMap.parse(batch.get(i).build(null).toJson()));
            List<Mapping> eachMapping = MozillaReference.toMappings(results.get(2 * i));
            List<?> answers = (List<?>) results.get(2 * i + 1);
            for (int k = 0; k < answers.size(); k++) {
                int line = queries.get(i).get(k)[0];
                int column = queries.get(i).get(k)[1];
                Optional<Mapping> mine = ours.originalPositionFor(line, column);
                String where = "map " + i + ", originalPositionFor(" + line + ", " + column + ")";
                assertEquals(answerOf(answers.get(k)), mine.map(MozillaReferenceTest::answer).orElse(null),
                        where + " vs Mozilla's originalPositionFor");
                assertEquals(RoundTripPropertyTest.scanOriginal(eachMapping, line, column), mine,
                        where + " vs a scan of Mozilla's eachMapping");
            }
        }
    }

    @Property(tries = 15)
    void compositionMatchesApplySourceMap(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("composable") Pair> batch) {
        List<String> tasks = new ArrayList<>();
        for (Pair pair : batch) {
            tasks.add(MozillaReference.composeTask(pair.outer().toJson(), pair.inner().toJson(), "mid.js"));
        }
        List<Object> results = MozillaReference.run(tasks);
        for (int i = 0; i < batch.size(); i++) {
            compareComposition(batch.get(i).outer(), batch.get(i).inner(), results.get(i), "pair " + i);
        }
    }

    record Pair(SourceMap outer, SourceMap inner) {
    }

    @Provide
    Arbitrary<Pair> composable() {
        Arbitrary<SourceMap> inner = RandomMaps.specs(12, 40).map(spec -> spec.build("mid.js"));
        Arbitrary<SourceMap> outer = RandomMaps.specs(12, 40).map(spec -> {
            // the outer map's single source is the intermediate file
            List<Mapping> remapped = spec.mappings().stream()
                    .map(m -> m.source() == null ? m : new Mapping(m.generatedLine(), m.generatedColumn(), "mid.js",
                            m.originalLine() % 6, m.originalColumn() % 40, m.name()))
                    .toList();
            return new RandomMaps.Spec(List.of("mid.js"), Arrays.asList((String) null), spec.names(), remapped)
                    .build("out.js");
        });
        return net.jqwik.api.Combinators.combine(outer, inner).as(Pair::new);
    }

    @Example
    void composingATypeScriptChainMatchesApplySourceMap() {
        // inner: app.ts -> app.js
        SourceMapBuilder inner = new SourceMapBuilder("app.js");
        int ts = inner.addSource("app.ts", "const greet = (who: string) => `hi ${who}`;\nconsole.log(greet('x'));\n");
        int greet = inner.addName("greet");
        int who = inner.addName("who");
        inner.addMapping(0, 0, ts, 0, 0, -1);
        inner.addMapping(0, 6, ts, 0, 6, greet);
        inner.addMapping(0, 14, ts, 0, 15, who);
        inner.addMapping(0, 19, ts, 0, 31, -1);
        inner.addUnmapped(0, 30);
        inner.addMapping(1, 0, ts, 1, 0, -1);
        inner.addMapping(1, 12, ts, 1, 12, greet);
        // outer: app.hot.js -> app.js (the same lines, shifted columns, some between inner segments)
        SourceMapBuilder outer = new SourceMapBuilder("app.hot.js");
        int js = outer.addSource("app.js", null);
        int local = outer.addName("greet$1");
        outer.addMapping(0, 40, js, 0, 0, -1);
        outer.addMapping(0, 46, js, 0, 6, local);
        outer.addMapping(0, 52, js, 0, 9, -1);   // between inner segments: takes 0:6
        outer.addMapping(0, 60, js, 0, 14, -1);
        outer.addMapping(0, 70, js, 0, 33, -1);  // after the inner unmapped segment: dropped
        outer.addUnmapped(0, 80);
        outer.addMapping(1, 0, js, 1, 0, -1);
        outer.addMapping(1, 20, js, 1, 12, local);
        outer.addMapping(2, 0, js, 5, 0, -1);    // no inner line 5: dropped
        SourceMap composed = SourceMapComposer.compose(outer.build(), inner.build());
        assertEquals(List.of(
                new Mapping(0, 40, "app.ts", 0, 0, null),
                new Mapping(0, 46, "app.ts", 0, 6, "greet"),
                new Mapping(0, 52, "app.ts", 0, 6, "greet"),
                new Mapping(0, 60, "app.ts", 0, 15, "who"),
                Mapping.unmapped(0, 80),
                new Mapping(1, 0, "app.ts", 1, 0, null),
                new Mapping(1, 20, "app.ts", 1, 12, "greet")), DecodedSourceMap.decode(composed).mappings());
        Object result = MozillaReference.run(List.of(MozillaReference.composeTask(outer.build().toJson(),
                inner.build().toJson(), "app.js"))).get(0);
        compareComposition(outer.build(), inner.build(), result, "TypeScript chain");
    }

    @Example
    void composingWithASourceRootAndOuterNamesMatchesApplySourceMap() {
        SourceMapBuilder innerBuilder = new SourceMapBuilder("bundle.js");
        int a = innerBuilder.addSource("a.ts", "let a = 1;");
        int b = innerBuilder.addSource("b.ts", "let b = 2;");
        innerBuilder.addMapping(0, 0, a, 0, 0, -1);
        innerBuilder.addMapping(0, 11, b, 0, 0, -1);
        innerBuilder.addMapping(1, 4, b, 3, 2, innerBuilder.addName("bee"));
        SourceMap built = innerBuilder.build();
        SourceMap inner = new SourceMap(built.file(), "/project/src", built.sources(), built.sourcesContent(),
                built.names(), built.mappings());
        SourceMapBuilder outerBuilder = new SourceMapBuilder("bundle.hot.js");
        int js = outerBuilder.addSource("bundle.js", null);
        int x = outerBuilder.addName("x");
        outerBuilder.addMapping(0, 2, js, 0, 3, x);    // inner 0:0 (a.ts) has no name: keeps x
        outerBuilder.addMapping(0, 20, js, 0, 12, x);  // inner 0:11 (b.ts)
        outerBuilder.addMapping(1, 0, js, 1, 2, x);    // before the first inner segment on line 1: dropped
        outerBuilder.addMapping(1, 8, js, 1, 9, x);    // inner 1:4 has name bee
        SourceMap outer = outerBuilder.build();
        SourceMap composed = SourceMapComposer.compose(outer, inner);
        assertEquals(List.of("/project/src/a.ts", "/project/src/b.ts"), composed.sources());
        assertEquals(List.of("let a = 1;", "let b = 2;"), composed.sourcesContent());
        assertEquals(List.of(
                new Mapping(0, 2, "/project/src/a.ts", 0, 0, "x"),
                new Mapping(0, 20, "/project/src/b.ts", 0, 0, "x"),
                new Mapping(1, 8, "/project/src/b.ts", 3, 2, "bee")), DecodedSourceMap.decode(composed).mappings());
        Object result = MozillaReference.run(List.of(MozillaReference.composeTask(outer.toJson(), inner.toJson(),
                "bundle.js"))).get(0);
        compareComposition(outer, inner, result, "sourceRoot example");
    }

    /** Ours must equal Mozilla's result minus the segments it leaves pointing at the intermediate file. */
    private static void compareComposition(SourceMap outer, SourceMap inner, Object mozilla, String what) {
        String intermediate = outer.sources().get(0);
        SourceMap ours = SourceMapComposer.compose(outer, inner);
        Map<?, ?> result = (Map<?, ?>) mozilla;
        List<Mapping> theirs = MozillaReference.toMappings(result.get("mappings")).stream()
                .filter(m -> !intermediate.equals(m.source()))
                .toList();
        assertEquals(theirs, DecodedSourceMap.decode(ours).mappings(), what + ": composed mappings");
        Map<String, String> ourContents = new HashMap<>();
        for (int s = 0; s < ours.sources().size(); s++) {
            ourContents.put(ours.sources().get(s), ours.sourcesContent() == null ? null : ours.sourcesContent().get(s));
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) result.get("contents")).entrySet()) {
            if (!intermediate.equals(e.getKey())) {
                assertEquals(e.getValue(), ourContents.get((String) e.getKey()), what + ": content of " + e.getKey());
            }
        }
    }

    private static List<Object> answer(Mapping m) {
        return Arrays.asList(m.source(), (double) m.originalLine(), (double) m.originalColumn(), m.name());
    }

    private static Object answerOf(Object mozilla) {
        return mozilla == null ? null : new ArrayList<>((List<?>) mozilla);
    }
}
