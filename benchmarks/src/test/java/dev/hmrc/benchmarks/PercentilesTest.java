package dev.hmrc.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PercentilesTest {

    @Test
    void nearestRankOfOneToAHundred() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i; // unsorted on purpose
        }
        assertEquals(new Percentiles(100, 50, 90, 99, 100), Percentiles.of(values));
    }

    @Test
    void smallSetsTakeTheNextRankUp() {
        // 3 values: ceil(0.5*3)=2nd, ceil(0.9*3)=3rd, ceil(0.99*3)=3rd
        assertEquals(new Percentiles(3, 2, 3, 3, 3), Percentiles.of(new double[] {3, 1, 2}));
        assertEquals(new Percentiles(1, 7, 7, 7, 7), Percentiles.of(new double[] {7}));
    }

    @Test
    void noValuesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[0]));
    }

    @Test
    void describesAndPrintsJson() {
        Percentiles p = new Percentiles(2, 1.5, 2, 2, 2);
        assertEquals("p50 1.50 ms, p90 2.00 ms, p99 2.00 ms, max 2.00 ms (n=2)", p.describeMillis());
        assertEquals("{\"n\":2,\"p50\":1.500,\"p90\":2.000,\"p99\":2.000,\"max\":2.000}", p.json());
    }
}
