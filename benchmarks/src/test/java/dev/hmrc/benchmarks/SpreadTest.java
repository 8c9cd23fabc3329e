package dev.hmrc.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpreadTest {

    @Test
    void oddCountTakesTheMiddleValue() {
        assertEquals(new Spread(3, 1, 9), Spread.of(new double[] {9, 1, 3}));
    }

    @Test
    void evenCountAveragesTheTwoMiddleValues() {
        assertEquals(new Spread(2.5, 1, 4), Spread.of(new double[] {4, 2, 1, 3}));
    }

    @Test
    void throughputIsMegabytesPerSecond() {
        // 5,000,000 bytes in 0.1 s and in 0.5 s: 50 and 10 MB/s
        Spread spread = Spread.throughput(5_000_000, new long[] {100_000_000L, 500_000_000L});
        assertEquals(10, spread.min(), 1e-9);
        assertEquals(50, spread.max(), 1e-9);
        assertEquals(30, spread.median(), 1e-9);
        assertEquals(4, spread.relativeRange(), 1e-9);
    }

    @Test
    void noMeasurementsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Spread.of(new double[0]));
    }
}
