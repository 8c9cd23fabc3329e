package dev.hmrc.benchmarks;

import java.util.Arrays;

/**
 * The median of a set of measurements with its minimum and maximum.
 *
 * @param median the median (mean of the two middle values for an even count)
 * @param min    the smallest value
 * @param max    the largest value
 */
public record Spread(double median, double min, double max) {

    /** The spread of {@code values}; there must be at least one. */
    public static Spread of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[sorted.length - 1]);
    }

    /** The spread of a throughput: {@code bytes} divided by each time, in MB/s (1 MB = 10^6 bytes). */
    public static Spread throughput(long bytes, long[] nanos) {
        double[] rates = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            rates[i] = bytes * 1e3 / nanos[i];
        }
        return of(rates);
    }

    /** Largest relative deviation from the minimum, e.g. 0.05 when the max is 5 % above the min. */
    public double relativeRange() {
        return (max - min) / min;
    }
}
