package dev.hmrc.sourcemaps;

/**
 * The Base64 variable-length quantity encoding that Source Map V3 uses for the
 * fields of its {@code mappings} string: the sign goes in the lowest bit, then
 * five bits per digit, least significant first, with bit 5 as continuation.
 */
public final class Base64Vlq {
    private static final char[] DIGITS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < DIGITS.length; i++) {
            VALUES[DIGITS[i]] = i;
        }
    }

    private Base64Vlq() {
    }

    /** Appends the VLQ form of {@code value} to {@code out}. */
    public static void encode(StringBuilder out, int value) {
        long v = value < 0 ? ((-(long) value) << 1) | 1 : ((long) value) << 1;
        do {
            int digit = (int) (v & 31);
            v >>>= 5;
            if (v != 0) {
                digit |= 32;
            }
            out.append(DIGITS[digit]);
        } while (v != 0);
    }

    /** The value of a Base64 digit, or -1 when {@code c} is not one. */
    public static int digitValue(char c) {
        return c < 128 ? VALUES[c] : -1;
    }
}
