package dev.hmrc.sourcemaps;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random source maps for the properties: what to feed the builder and what decoding must give back. */
final class RandomMaps {
    private RandomMaps() {
    }

    /**
     * A map to build: sources (distinct), their contents (entries may be null),
     * names (distinct) and the mappings in generated order with strictly increasing
     * columns per line.
     */
    record Spec(List<String> sources, List<String> contents, List<String> names, List<Mapping> mappings) {
        SourceMap build(String file) {
            SourceMapBuilder builder = new SourceMapBuilder(file);
            for (int i = 0; i < sources.size(); i++) {
                builder.addSource(sources.get(i), contents.get(i));
            }
            for (String name : names) {
                builder.addName(name);
            }
            for (Mapping m : mappings) {
                if (m.source() == null) {
                    builder.addUnmapped(m.generatedLine(), m.generatedColumn());
                } else {
                    builder.addMapping(m.generatedLine(), m.generatedColumn(), sources.indexOf(m.source()),
                            m.originalLine(), m.originalColumn(), m.name() == null ? -1 : names.indexOf(m.name()));
                }
            }
            return builder.build();
        }

        int lineCount() {
            return mappings.isEmpty() ? 1 : mappings.get(mappings.size() - 1).generatedLine() + 1;
        }
    }

    /** One segment before positions are made monotone. */
    private record Draft(int lineStep, int columnStep, int kind, int source, int originalLine, int originalColumn,
                         int name) {
    }

    /** Path-like source names that Mozilla's path normalisation leaves alone. */
    static Arbitrary<String> sourcePaths() {
        Arbitrary<String> part = Arbitraries.strings()
                .withChars("abcxyz019_-é中Z")
                .ofMinLength(1).ofMaxLength(6)
                .map(s -> s.replace("Z", "\uD835\uDC9C")); // an astral letter
        return part.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("/", parts) + ".js");
    }

    /** Any names, including quotes, control characters, astral characters and lone surrogates. */
    static Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(6),
                Arbitraries.of("\"q\"", "back\\slash", "tab\t", "😀", "\uD83D", "x\u2028y", "</script>"));
    }

    static Arbitrary<Spec> specs(int maxValue, int maxSegments) {
        Arbitrary<List<String>> sources = sourcePaths().list().ofMinSize(1).ofMaxSize(4).uniqueElements();
        Arbitrary<List<String>> names = names().list().ofMaxSize(5).uniqueElements();
        Arbitrary<String> content = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.strings().all().ofMaxLength(20), Arbitraries.of("line1\nline2 😀\r\n"));
        int maxColumnStep = Math.max(1, maxValue / (maxSegments + 1));
        Arbitrary<Draft> drafts = Combinators.combine(
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, Arbitraries.just(0)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 3))),
                Arbitraries.integers().between(0, maxColumnStep),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, maxValue),
                Arbitraries.integers().between(0, maxValue),
                Arbitraries.integers().between(-1, 4)
        ).as(Draft::new);
        return Combinators.combine(sources, names, drafts.list().ofMaxSize(maxSegments))
                .flatAs((srcs, nms, ds) -> content.list().ofSize(srcs.size())
                        .map(contents -> toSpec(srcs, contents, nms, ds)));
    }

    private static Spec toSpec(List<String> sources, List<String> contents, List<String> names, List<Draft> drafts) {
        List<Mapping> mappings = new ArrayList<>(drafts.size());
        int line = 0;
        int column = -1;
        for (Draft d : drafts) {
            if (d.lineStep() > 0) {
                line += d.lineStep();
                column = d.columnStep();
            } else {
                column = column < 0 ? d.columnStep() : column + Math.max(1, d.columnStep());
            }
            if (d.kind() == 0) {
                mappings.add(Mapping.unmapped(line, column));
            } else {
                String source = sources.get(d.source() % sources.size());
                String name = d.name() < 0 || names.isEmpty() || d.kind() == 1 ? null
                        : names.get(d.name() % names.size());
                mappings.add(new Mapping(line, column, source, d.originalLine(), d.originalColumn(), name));
            }
        }
        return new Spec(sources, contents, names, mappings);
    }
}
