package dev.hmrc.sourcemaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecodedSourceMapTest {
    // line 0: 0 -> a.js 0:0, 4 -> a.js 0:4 "x", 8 unmapped; line 1 empty; line 2: 2 -> b.js 1:0, 6 -> a.js 0:4
    private static final SourceMap MAP = sample();

    private static SourceMap sample() {
        SourceMapBuilder b = new SourceMapBuilder("out.js");
        int a = b.addSource("a.js", "A");
        int bb = b.addSource("b.js", null);
        int x = b.addName("x");
        b.addMapping(0, 0, a, 0, 0, -1);
        b.addMapping(0, 4, a, 0, 4, x);
        b.addUnmapped(0, 8);
        b.addMapping(2, 2, bb, 1, 0, -1);
        b.addMapping(2, 6, a, 0, 4, -1);
        return b.build();
    }

    @Test
    void decodesAllSegmentsInGeneratedOrder() {
        DecodedSourceMap d = DecodedSourceMap.decode(MAP);
        assertEquals(List.of(
                new Mapping(0, 0, "a.js", 0, 0, null),
                new Mapping(0, 4, "a.js", 0, 4, "x"),
                Mapping.unmapped(0, 8),
                new Mapping(2, 2, "b.js", 1, 0, null),
                new Mapping(2, 6, "a.js", 0, 4, null)), d.mappings());
        assertEquals(5, d.size());
        assertEquals(3, d.lineCount());
        assertSame(MAP, d.sourceMap());
        assertThrows(IndexOutOfBoundsException.class, () -> d.mapping(5));
    }

    @Test
    void originalPositionForTakesTheGreatestColumnNotAfterTheQuery() {
        DecodedSourceMap d = DecodedSourceMap.decode(MAP);
        assertEquals(Optional.of(new Mapping(0, 0, "a.js", 0, 0, null)), d.originalPositionFor(0, 0));
        assertEquals(Optional.of(new Mapping(0, 0, "a.js", 0, 0, null)), d.originalPositionFor(0, 3));
        assertEquals(Optional.of(new Mapping(0, 4, "a.js", 0, 4, "x")), d.originalPositionFor(0, 4));
        assertEquals(Optional.of(new Mapping(0, 4, "a.js", 0, 4, "x")), d.originalPositionFor(0, 7));
        assertEquals(Optional.empty(), d.originalPositionFor(0, 8), "generated-only segment");
        assertEquals(Optional.empty(), d.originalPositionFor(0, 1000));
        assertEquals(Optional.empty(), d.originalPositionFor(1, 5), "empty line");
        assertEquals(Optional.empty(), d.originalPositionFor(2, 1), "before the line's first segment");
        assertEquals(Optional.of(new Mapping(2, 6, "a.js", 0, 4, null)), d.originalPositionFor(2, 99));
        assertEquals(Optional.empty(), d.originalPositionFor(3, 0), "past the last line");
        assertEquals(Optional.empty(), d.originalPositionFor(-1, 0));
        assertEquals(Optional.empty(), d.originalPositionFor(0, -1));
    }

    @Test
    void generatedPositionsForListsExactHitsInGeneratedOrder() {
        DecodedSourceMap d = DecodedSourceMap.decode(MAP);
        assertEquals(List.of(new Mapping(0, 4, "a.js", 0, 4, "x"), new Mapping(2, 6, "a.js", 0, 4, null)),
                d.generatedPositionsFor("a.js", 0, 4));
        assertEquals(List.of(new Mapping(2, 2, "b.js", 1, 0, null)), d.generatedPositionsFor("b.js", 1, 0));
        assertEquals(List.of(), d.generatedPositionsFor("a.js", 0, 3), "no inexact matches");
        assertEquals(List.of(), d.generatedPositionsFor("c.js", 0, 0));
        assertEquals(List.of(), d.generatedPositionsFor(null, 0, 0));
    }

    @Test
    void sourcesComeJoinedToTheSourceRootAndLookupsAcceptBothForms() {
        SourceMap rooted = new SourceMap(MAP.file(), "src/", MAP.sources(), MAP.sourcesContent(), MAP.names(),
                MAP.mappings());
        DecodedSourceMap d = DecodedSourceMap.decode(rooted);
        assertEquals(List.of("src/a.js", "src/b.js"), d.sources());
        assertEquals("src/b.js", d.originalPositionFor(2, 3).orElseThrow().source());
        assertEquals(d.generatedPositionsFor("src/a.js", 0, 4), d.generatedPositionsFor("a.js", 0, 4));
        assertEquals(2, d.generatedPositionsFor("a.js", 0, 4).size());
    }

    @Test
    void duplicateSourcesAreOneSourceForReverseLookups() {
        SourceMap dup = new SourceMap(null, null, List.of("a.js", "a.js"), null, List.of(), "AAAA,CCAA");
        assertEquals(2, DecodedSourceMap.decode(dup).generatedPositionsFor("a.js", 0, 0).size());
    }

    @Test
    void segmentsOutOfColumnOrderAreSortedWithinTheirLine() {
        // columns 5, 2, 2 (the last two at the same column), then a new line
        SourceMap map = new SourceMap(null, null, List.of("a.js"), null, List.of(), "KAAA,HAAC,AAAC;AAAA");
        DecodedSourceMap d = DecodedSourceMap.decode(map);
        assertEquals(List.of(
                new Mapping(0, 2, "a.js", 0, 1, null),
                new Mapping(0, 2, "a.js", 0, 2, null),
                new Mapping(0, 5, "a.js", 0, 0, null),
                new Mapping(1, 0, "a.js", 0, 2, null)), d.mappings());
        assertEquals(0, d.originalPositionFor(0, 9).orElseThrow().originalColumn());
        assertEquals(1, d.originalPositionFor(0, 3).orElseThrow().originalColumn(), "first of equal columns wins");
    }

    @Test
    void columnsAreUtf16CodeUnits() {
        String generated = "let 😀 = x;";
        String original = "const 😀😀 = x";
        SourceMapBuilder b = new SourceMapBuilder("out.js");
        int src = b.addSource("in.js", original);
        b.addMapping(0, generated.indexOf("😀"), src, 0, original.indexOf("😀"), b.addName("😀"));
        b.addMapping(0, generated.indexOf('x'), src, 0, original.indexOf('x'), b.addName("x"));
        DecodedSourceMap d = DecodedSourceMap.decode(SourceMap.parse(b.build().toJson()));
        Mapping x = d.originalPositionFor(0, 9).orElseThrow();
        assertEquals(9, generated.indexOf('x'), "the astral character counts as two units");
        assertEquals(8, generated.codePointCount(0, 9));
        assertEquals(new Mapping(0, 9, "in.js", 0, 13, "x"), x);
        assertEquals('x', original.charAt(x.originalColumn()));
        assertEquals(new Mapping(0, 4, "in.js", 0, 6, "😀"), d.originalPositionFor(0, 5).orElseThrow(),
                "column 5 is the low surrogate, inside the emoji");
    }

    @Test
    void emptyMappingsDecodeToNothing() {
        DecodedSourceMap d = DecodedSourceMap.decode(new SourceMap(null, null, List.of(), null, List.of(), ""));
        assertEquals(0, d.size());
        assertEquals(1, d.lineCount());
        assertEquals(Optional.empty(), d.originalPositionFor(0, 0));
        assertEquals(List.of(), d.generatedPositionsFor("a.js", 0, 0));
    }

    @Test
    void aSegmentOfANullSourceIsNotMapped() {
        SourceMap map = new SourceMap(null, null, Arrays.asList(null, "b.js"), null, List.of(), "AAAA,CCAA");
        DecodedSourceMap d = DecodedSourceMap.decode(map);
        assertEquals(Optional.empty(), d.originalPositionFor(0, 0));
        assertEquals(Mapping.unmapped(0, 0), d.mapping(0));
        assertEquals(Optional.of(new Mapping(0, 1, "b.js", 0, 0, null)), d.originalPositionFor(0, 1));
    }

    @Test
    void decodeRejectsMalformedMappingsOfARecordBuiltInCode() {
        SourceMap bad = new SourceMap(null, null, List.of("a.js"), null, List.of(), "AAAA;#");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DecodedSourceMap.decode(bad));
        assertEquals("mappings: invalid Base64 digit '#' at offset 5", e.getMessage());
    }

    @Test
    void lookupsAreFastOnLargeMaps() {
        SourceMapBuilder b = new SourceMapBuilder(null);
        int s = b.addSource("a.js", null);
        for (int line = 0; line < 2000; line++) {
            for (int col = 0; col < 500; col += 5) {
                b.addMapping(line, col, s, line, col, -1);
            }
        }
        DecodedSourceMap d = DecodedSourceMap.decode(b.build());
        long start = System.nanoTime();
        long hits = 0;
        for (int q = 0; q < 200_000; q++) {
            int line = q % 2000;
            hits += d.originalPositionFor(line, (q * 7) % 500).orElseThrow().originalLine() == line ? 1 : 0;
            hits += d.generatedPositionsFor("a.js", line, (q % 100) * 5).size();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(400_000, hits);
        assertTrue(ms < 5_000, "200k lookups each way took " + ms + " ms");
    }
}
