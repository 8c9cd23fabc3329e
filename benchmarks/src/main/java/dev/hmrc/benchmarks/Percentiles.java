package dev.hmrc.benchmarks;

import java.util.Arrays;

/**
 * Latency percentiles of a set of measurements, by the nearest-rank method: the p-th
 * percentile is the smallest value that at least p % of the values are less than or equal to.
 *
 * @param count how many values there were
 * @param p50   the median (nearest rank)
 * @param p90   the 90th percentile
 * @param p99   the 99th percentile
 * @param max   the largest value
 */
public record Percentiles(int count, double p50, double p90, double p99, double max) {

    /** The percentiles of {@code values}; there must be at least one. */
    public static Percentiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 90), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    /** The nearest-rank {@code percent}-th percentile of sorted values. */
    static double rank(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** e.g. {@code p50 1.23 ms, p90 2.00 ms, p99 4.56 ms, max 9.87 ms (n=100)}, the values taken as milliseconds. */
    public String describeMillis() {
        return String.format(java.util.Locale.ROOT, "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)", p50, p90, p99, max, count);
    }

    /** The values as a JSON object, e.g. {@code {"n":100,"p50":1.230,...}}. */
    public String json() {
        return String.format(java.util.Locale.ROOT, "{\"n\":%d,\"p50\":%.3f,\"p90\":%.3f,\"p99\":%.3f,\"max\":%.3f}", count, p50, p90, p99, max);
    }
}
