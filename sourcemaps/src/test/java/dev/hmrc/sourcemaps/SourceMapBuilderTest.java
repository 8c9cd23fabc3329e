package dev.hmrc.sourcemaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMapBuilderTest {

    private static SourceMapBuilder sample() {
        SourceMapBuilder b = new SourceMapBuilder("out.js");
        int a = b.addSource("a.js", "x");
        int foo = b.addName("foo");
        b.addMapping(0, 0, a, 0, 0, -1);
        b.addMapping(0, 4, a, 0, 4, foo);
        b.addUnmapped(0, 8);
        b.addMapping(2, 2, a, 1, 0, -1);
        return b;
    }

    @Test
    void writesTheExpectedBytes() {
        // AAAA: 0,0,0,0 | IAAIA: +4, +0, +0, +4, name 0 | I: +4 | ;; | EACJ: col 2, +0, line +1, col -4
        assertEquals("{\"version\":3,\"file\":\"out.js\",\"sources\":[\"a.js\"],\"sourcesContent\":[\"x\"],"
                + "\"names\":[\"foo\"],\"mappings\":\"AAAA,IAAIA,I;;EACJ\"}", sample().build().toJson());
        assertEquals("AAAA,IAAIA,I;;EACJ", sample().encodedMappings());
    }

    @Test
    void isDeterministic() {
        assertEquals(sample().build(), sample().build());
        assertEquals(sample().build().toJson(), sample().build().toJson());
    }

    @Test
    void deduplicatesSourcesAndNames() {
        SourceMapBuilder b = new SourceMapBuilder(null);
        assertEquals(0, b.addSource("a.js", "1"));
        assertEquals(1, b.addSource("b.js", null));
        assertEquals(0, b.addSource("a.js", "other"));
        assertEquals(0, b.addName("n"));
        assertEquals(0, b.addName("n"));
        assertEquals(List.of("a.js", "b.js"), b.sources());
        assertEquals(Arrays.asList("1", null), b.sourcesContent());
        assertEquals(List.of("n"), b.names());
        assertNull(b.file());
    }

    @Test
    void omitsSourcesContentWhenNoSourceHasContent() {
        SourceMapBuilder b = new SourceMapBuilder(null);
        b.addSource("a.js", null);
        assertNull(b.build().sourcesContent());
        assertEquals("{\"version\":3,\"sources\":[\"a.js\"],\"names\":[],\"mappings\":\"\"}", b.build().toJson());
    }

    @Test
    void ignoresASecondSegmentAtTheSamePosition() {
        SourceMapBuilder b = new SourceMapBuilder(null);
        int a = b.addSource("a.js", null);
        b.addMapping(0, 3, a, 0, 0, -1);
        b.addMapping(0, 3, a, 5, 5, -1);
        b.addUnmapped(0, 3);
        b.addUnmapped(0, 1);
        assertEquals("GAAA", b.encodedMappings());
    }

    @Test
    void rejectsOutOfOrderAndInvalidMappings() {
        SourceMapBuilder b = sample();
        assertEquals("mapping out of output order at 1:0",
                assertThrows(IllegalArgumentException.class, () -> b.addMapping(1, 0, 0, 0, 0, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.addMapping(2, 1, 0, 0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> b.addMapping(3, 0, 1, 0, 0, -1), "unknown source");
        assertThrows(IllegalArgumentException.class, () -> b.addMapping(3, 0, 0, 0, 0, 1), "unknown name");
        assertThrows(IllegalArgumentException.class, () -> b.addMapping(3, 0, 0, -1, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> b.addMapping(3, -1, 0, 0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> b.addUnmapped(3, -1));
        assertEquals("AAAA,IAAIA,I;;EACJ", b.encodedMappings(), "rejected calls change nothing");
    }

    @Test
    void sameLineMappingWritesWhatAddMappingWrites() {
        java.util.Random random = new java.util.Random(42);
        for (int trial = 0; trial < 200; trial++) {
            SourceMapBuilder fast = new SourceMapBuilder(null, 8);
            SourceMapBuilder plain = new SourceMapBuilder(null);
            for (SourceMapBuilder b : new SourceMapBuilder[] {fast, plain}) {
                b.addSource("a.js", null);
                b.addSource("b.js", null);
                b.addName("n");
            }
            int line = 0;
            int column = 0;
            for (int step = 0; step < 300; step++) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    line += 1 + random.nextInt(2);
                    column = random.nextInt(5);
                }
                column += random.nextInt(4) == 0 ? 0 : random.nextInt(kind == 1 ? 5000 : 20);
                int source = random.nextInt(8) == 0 ? 1 : 0;
                int originalColumn = random.nextInt(kind == 2 ? 100_000 : 40);
                if (kind == 3) {
                    fast.addUnmapped(line, column);
                    plain.addUnmapped(line, column);
                } else if (kind == 4) {
                    int originalLine = random.nextInt(line + 5);
                    fast.addMapping(line, column, source, originalLine, originalColumn, 0);
                    plain.addMapping(line, column, source, originalLine, originalColumn, 0);
                } else {
                    fast.addSameLineMapping(line, column, source, originalColumn);
                    plain.addMapping(line, column, source, line, originalColumn, -1);
                }
            }
            assertEquals(plain.encodedMappings(), fast.encodedMappings(), "trial " + trial);
        }
    }
}
