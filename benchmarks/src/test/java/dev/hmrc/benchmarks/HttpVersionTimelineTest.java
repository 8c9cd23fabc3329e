package dev.hmrc.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validity window of {@link VersionTimeline}, as the HTTP load test uses it. */
class HttpVersionTimelineTest {

    /** Version 1 from the start; 2 written at 100, loaded at 110; 4 written at 200, loaded at 230 (3 failed). */
    private static VersionTimeline timeline() {
        VersionTimeline timeline = new VersionTimeline(1);
        timeline.applied(2, 100, 110);
        timeline.applied(4, 200, 230);
        return timeline;
    }

    @Test
    void theInitialVersionIsValidUntilTheNextLoadedLine() {
        VersionTimeline timeline = timeline();
        assertTrue(timeline.isValid(1, 0, 5));
        assertTrue(timeline.isValid(1, 105, 120), "sent before 2's Loaded line: 1 may still answer");
        assertTrue(timeline.isValid(1, 110, 120), "sent at the very moment of the line");
        assertFalse(timeline.isValid(1, 111, 120), "sent after 2's Loaded line was seen");
    }

    @Test
    void aVersionIsValidFromItsWriteOn() {
        VersionTimeline timeline = timeline();
        assertFalse(timeline.isValid(2, 50, 99), "answered before its file was written");
        assertTrue(timeline.isValid(2, 50, 100));
        assertTrue(timeline.isValid(2, 105, 108), "between write and Loaded line: may already be current");
        assertTrue(timeline.isValid(2, 150, 160));
        assertTrue(timeline.isValid(2, 229, 300));
        assertFalse(timeline.isValid(2, 231, 300), "superseded by 4's Loaded line before it was sent");
    }

    @Test
    void theLastVersionStaysValid() {
        VersionTimeline timeline = timeline();
        assertFalse(timeline.isValid(4, 10, 199));
        assertTrue(timeline.isValid(4, 10, 200));
        assertTrue(timeline.isValid(4, 1_000, 2_000));
    }

    @Test
    void aVersionNeverAppliedIsNeverValid() {
        VersionTimeline timeline = timeline();
        assertFalse(timeline.isValid(3, 150, 250));
        assertFalse(timeline.isValid(3, Long.MIN_VALUE, Long.MAX_VALUE));
        assertFalse(timeline.wasApplied(3));
        assertTrue(timeline.wasApplied(4));
    }

    @Test
    void versionsMustComeInOrderAndOnce() {
        VersionTimeline timeline = timeline();
        assertThrows(IllegalArgumentException.class, () -> timeline.applied(5, 100, 120), "loaded before 4's line");
        assertThrows(IllegalArgumentException.class, () -> timeline.applied(2, 300, 310), "2 again");
        assertThrows(IllegalArgumentException.class, () -> timeline.applied(6, 300, 290), "loaded before written");
    }
}
