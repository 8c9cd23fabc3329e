package dev.hmrc.sourcemaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Builder → JSON → parse → decode gives back exactly what was built; lookups agree with a linear scan. */
class RoundTripPropertyTest {

    @Provide
    Arbitrary<RandomMaps.Spec> fullRange() {
        return RandomMaps.specs(Integer.MAX_VALUE, 80);
    }

    @Provide
    Arbitrary<RandomMaps.Spec> smallValues() {
        return RandomMaps.specs(12, 40);
    }

    @Property(tries = 400)
    void builtMapsParseAndDecodeToTheSameMappings(@ForAll("fullRange") RandomMaps.Spec spec) {
        SourceMap built = spec.build("out.js");
        String json = built.toJson();
        SourceMap parsed = SourceMap.parse(json);
        assertEquals(built, parsed);
        assertEquals(json, parsed.toJson(), "writing a parsed map again gives the same bytes");
        assertEquals(spec.mappings(), DecodedSourceMap.decode(parsed).mappings());
        assertEquals(json, spec.build("out.js").toJson(), "the builder is deterministic");
    }

    @Property(tries = 300)
    void lookupsAgreeWithALinearScan(@ForAll("smallValues") RandomMaps.Spec spec, @ForAll long seed) {
        DecodedSourceMap decoded = DecodedSourceMap.decode(SourceMap.parse(spec.build(null).toJson()));
        List<Mapping> all = spec.mappings();
        Random random = new Random(seed);
        for (int q = 0; q < 60; q++) {
            int line = random.nextInt(spec.lineCount() + 2) - 1;
            int column = random.nextInt(15 * 42) - 1;
            assertEquals(scanOriginal(all, line, column), decoded.originalPositionFor(line, column),
                    "originalPositionFor(" + line + ", " + column + ")");
        }
        for (int q = 0; q < 40; q++) {
            String source = spec.sources().get(random.nextInt(spec.sources().size()));
            int line = random.nextInt(14);
            int column = random.nextInt(14);
            assertEquals(scanGenerated(all, source, line, column), decoded.generatedPositionsFor(source, line, column),
                    "generatedPositionsFor(" + source + ", " + line + ", " + column + ")");
        }
        for (Mapping m : all) {
            if (m.source() != null) {
                assertEquals(scanGenerated(all, m.source(), m.originalLine(), m.originalColumn()),
                        decoded.generatedPositionsFor(m.source(), m.originalLine(), m.originalColumn()));
            }
        }
    }

    static Optional<Mapping> scanOriginal(List<Mapping> all, int line, int column) {
        Mapping best = null;
        for (Mapping m : all) {
            if (m.generatedLine() == line && m.generatedColumn() <= column
                    && (best == null || m.generatedColumn() > best.generatedColumn())) {
                best = m;
            }
        }
        return best == null || best.source() == null ? Optional.empty() : Optional.of(best);
    }

    private static List<Mapping> scanGenerated(List<Mapping> all, String source, int line, int column) {
        List<Mapping> out = new ArrayList<>();
        for (Mapping m : all) {
            if (source.equals(m.source()) && m.originalLine() == line && m.originalColumn() == column) {
                out.add(m);
            }
        }
        return out;
    }
}
