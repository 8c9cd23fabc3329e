package dev.hmrc.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpHitCountCheckTest {

    @Test
    void oneToNInAnyOrderIsKept() {
        HitCountCheck check = HitCountCheck.of(new long[] {3, 1, 5, 2, 4});
        assertEquals(new HitCountCheck(5, 5, 0, 0), check);
        assertTrue(check.kept());
        assertTrue(HitCountCheck.of(new long[0]).kept());
    }

    @Test
    void aResetShowsAsCountsSeenTwice() {
        // counted 1..3, then the store started again from 1
        HitCountCheck check = HitCountCheck.of(new long[] {1, 2, 3, 1, 2});
        assertEquals(new HitCountCheck(5, 3, 2, 0), check);
        assertFalse(check.kept());
    }

    @Test
    void aLostAnswerShowsAsAGap() {
        HitCountCheck check = HitCountCheck.of(new long[] {1, 2, 4, 5});
        assertEquals(new HitCountCheck(4, 5, 0, 1), check);
        assertFalse(check.kept());
    }
}
