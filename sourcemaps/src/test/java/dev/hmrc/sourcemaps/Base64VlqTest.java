package dev.hmrc.sourcemaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base64VlqTest {

    @ParameterizedTest
    @CsvSource({"0,A", "1,C", "-1,D", "15,e", "-15,f", "16,gB", "-16,hB", "1000,w+B", "2147483647,+/////D",
            "-2147483647,//////D", "-2147483648,hgggggE"})
    void encodesKnownValues(int value, String expected) {
        StringBuilder out = new StringBuilder();
        Base64Vlq.encode(out, value);
        assertEquals(expected, out.toString());
    }

    @Test
    void digitValues() {
        assertEquals(0, Base64Vlq.digitValue('A'));
        assertEquals(26, Base64Vlq.digitValue('a'));
        assertEquals(52, Base64Vlq.digitValue('0'));
        assertEquals(62, Base64Vlq.digitValue('+'));
        assertEquals(63, Base64Vlq.digitValue('/'));
        assertEquals(-1, Base64Vlq.digitValue('!'));
        assertEquals(-1, Base64Vlq.digitValue('='));
        assertEquals(-1, Base64Vlq.digitValue('é'));
        assertEquals(-1, Base64Vlq.digitValue('\uFF21'));
    }

    @Test
    void encodedExtremesDecodeBack() {
        for (int value : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1 << 30}) {
            StringBuilder m = new StringBuilder("A");
            Base64Vlq.encode(m, 0);
            Base64Vlq.encode(m, 0);
            Base64Vlq.encode(m, 0);
            m.append(',');
            Base64Vlq.encode(m, 1);
            Base64Vlq.encode(m, 0);
            Base64Vlq.encode(m, value == Integer.MIN_VALUE ? 0 : value);
            Base64Vlq.encode(m, 0);
            SourceMap map = new SourceMap(null, null, java.util.List.of("a"), null, java.util.List.of(), m.toString());
            int expected = value == Integer.MIN_VALUE ? 0 : value;
            if (expected < 0) {
                continue; // a negative original line is rejected, see SourceMapParseTest
            }
            assertEquals(expected, DecodedSourceMap.decode(map).mapping(1).originalLine());
        }
    }

    @Test
    void byteEncodingMatchesCharEncoding() {
        java.util.List<Integer> values = new java.util.ArrayList<>();
        for (int v = -2000; v <= 2000; v++) {
            values.add(v);
        }
        java.util.Collections.addAll(values, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 << 30, -(1 << 30), 65535, -65536);
        byte[] buffer = new byte[Base64Vlq.MAX_DIGITS + 2];
        for (int value : values) {
            StringBuilder expected = new StringBuilder();
            Base64Vlq.encode(expected, value);
            buffer[1 + Base64Vlq.MAX_DIGITS] = '!';
            int end = Base64Vlq.encode(buffer, 1, value);
            assertEquals(expected.toString(), new String(buffer, 1, end - 1, java.nio.charset.StandardCharsets.ISO_8859_1),
                    "value " + value);
            assertEquals('!', buffer[1 + Base64Vlq.MAX_DIGITS], "wrote past MAX_DIGITS for " + value);
        }
    }
}
