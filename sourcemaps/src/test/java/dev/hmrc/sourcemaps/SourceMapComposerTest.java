package dev.hmrc.sourcemaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMapComposerTest {

    private static SourceMap inner() {
        // mid.js -> orig.ts: line 0 col 0 -> 0:0, col 10 -> 2:4 "name", col 20 unmapped
        SourceMapBuilder b = new SourceMapBuilder("mid.js");
        int ts = b.addSource("orig.ts", "TS");
        b.addMapping(0, 0, ts, 0, 0, -1);
        b.addMapping(0, 10, ts, 2, 4, b.addName("name"));
        b.addUnmapped(0, 20);
        return b.build();
    }

    @Test
    void mapsEachOuterSegmentThroughTheInnerMap() {
        SourceMapBuilder b = new SourceMapBuilder("out.js");
        int mid = b.addSource("mid.js", "MID");
        int outerName = b.addName("outer");
        b.addMapping(0, 5, mid, 0, 3, outerName);  // -> inner 0:0, which has no name: keeps "outer"
        b.addMapping(0, 9, mid, 0, 12, outerName); // -> inner 0:10 "name"
        b.addMapping(1, 0, mid, 0, 25, -1);        // -> inner unmapped: dropped
        b.addUnmapped(1, 4);
        b.addMapping(2, 0, mid, 7, 0, -1);         // no inner line 7: dropped
        SourceMap composed = SourceMapComposer.compose(b.build(), inner());
        assertEquals("out.js", composed.file());
        assertNull(composed.sourceRoot());
        assertEquals(List.of("orig.ts"), composed.sources());
        assertEquals(List.of("TS"), composed.sourcesContent());
        assertEquals(List.of(
                new Mapping(0, 5, "orig.ts", 0, 0, "outer"),
                new Mapping(0, 9, "orig.ts", 2, 4, "name"),
                Mapping.unmapped(1, 4)), DecodedSourceMap.decode(composed).mappings());
    }

    @Test
    void resolvesInnerSourcesAgainstItsSourceRoot() {
        SourceMap i = inner();
        SourceMap rooted = new SourceMap(i.file(), "/src", i.sources(), i.sourcesContent(), i.names(), i.mappings());
        SourceMapBuilder b = new SourceMapBuilder(null);
        b.addMapping(0, 0, b.addSource("mid.js", null), 0, 11, -1);
        SourceMap composed = SourceMapComposer.compose(b.build(), rooted);
        assertEquals(List.of("/src/orig.ts"), composed.sources());
        assertEquals(List.of(new Mapping(0, 0, "/src/orig.ts", 2, 4, "name")),
                DecodedSourceMap.decode(composed).mappings());
    }

    @Test
    void needsTheIntermediateSourceNamedWhenOuterHasSeveral() {
        SourceMapBuilder b = new SourceMapBuilder(null);
        int other = b.addSource("other.js", "O");
        int mid = b.addSource("mid.js", null);
        b.addMapping(0, 0, other, 3, 3, -1);
        b.addMapping(0, 4, mid, 0, 10, -1);
        SourceMap outer = b.build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceMapComposer.compose(outer, inner()));
        assertEquals("outer map must have exactly one source (the intermediate file), has 2; "
                + "name it with compose(outer, inner, intermediateSource)", e.getMessage());
        SourceMap composed = SourceMapComposer.compose(outer, inner(), "mid.js");
        assertEquals(List.of("orig.ts", "other.js"), composed.sources());
        assertEquals(Arrays.asList("TS", "O"), composed.sourcesContent());
        assertEquals(List.of(new Mapping(0, 0, "other.js", 3, 3, null), new Mapping(0, 4, "orig.ts", 2, 4, "name")),
                DecodedSourceMap.decode(composed).mappings());
    }

    @Test
    void rejectsMalformedInput() {
        SourceMap bad = new SourceMap(null, null, List.of("mid.js"), null, List.of(), "AAAA,!");
        assertThrows(IllegalArgumentException.class, () -> SourceMapComposer.compose(bad, inner()));
        assertThrows(IllegalArgumentException.class, () -> SourceMapComposer.compose(inner(),
                new SourceMap(null, null, List.of(), null, List.of(), "AAAA")));
    }
}
