package dev.hmrc.benchmarks;

import java.util.Arrays;

/**
 * Whether the server kept its hit count through the run: every successful {@code /hit} answer
 * for the load's name carries the count after its own hit, and the server counts on one
 * thread, so the counts seen must be distinct, and (when no answer was lost to a connection
 * error) exactly 1..n for n answers. A count seen twice means the state was reset or a hit
 * was counted by two versions' stores; a largest count above n means hits the client never
 * saw answered (lost answers) or a counter that jumped.
 *
 * @param answers    successful answers that carried a count
 * @param largest    the largest count seen (0 when none)
 * @param duplicates counts seen more than once (each extra sighting counted)
 * @param gaps       counts in 1..largest never seen
 */
record HitCountCheck(long answers, long largest, long duplicates, long gaps) {

    /** The check over every count seen (in any order). */
    static HitCountCheck of(long[] counts) {
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        long duplicates = 0;
        long distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                duplicates++;
            } else if (sorted[i] >= 1) {
                distinct++;
            }
        }
        long largest = sorted.length == 0 ? 0 : Math.max(0, sorted[sorted.length - 1]);
        return new HitCountCheck(sorted.length, largest, duplicates, largest - distinct);
    }

    /** Whether the counts are exactly 1..answers: nothing lost, reset or counted twice. */
    boolean kept() {
        return duplicates == 0 && largest == answers && gaps == 0;
    }

    String json() {
        return "{\"answers\":" + answers + ",\"largest\":" + largest + ",\"duplicates\":" + duplicates
                + ",\"gaps\":" + gaps + ",\"kept\":" + kept() + "}";
    }
}
