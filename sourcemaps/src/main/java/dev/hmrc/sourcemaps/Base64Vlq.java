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

    /**
     * Appends the VLQ form of {@code value} to {@code out}.
     *
     * @param out where to append
     * @param value the value
     */
    public static void encode(StringBuilder out, int value) {
        byte[] digits = new byte[MAX_DIGITS];
        int end = encode(digits, 0, value);
        for (int i = 0; i < end; i++) {
            out.append((char) digits[i]);
        }
    }

    /**
     * The one-digit forms of -15..15 (index {@code value + 15}): most deltas of a
     * mappings string are that small, so one lookup writes them.
     */
    private static final byte[] ONE_DIGIT = new byte[31];

    static {
        for (int value = -15; value <= 15; value++) {
            ONE_DIGIT[value + 15] = (byte) DIGITS[value < 0 ? (-value << 1) | 1 : value << 1];
        }
    }

    /** The most digits one {@code int} takes: 33 bits (sign included), five per digit. */
    public static final int MAX_DIGITS = 7;

    /**
     * Writes the VLQ form of {@code value} as ASCII bytes into {@code out} at {@code pos}
     * and returns the position after it. The caller makes sure {@link #MAX_DIGITS} bytes fit.
     *
     * @param out the buffer
     * @param pos where to write
     * @param value the value
     * @return the position after the written digits
     */
    public static int encode(byte[] out, int pos, int value) {
        if (value >= -15 && value <= 15) {
            out[pos] = ONE_DIGIT[value + 15];
            return pos + 1;
        }
        long v = value < 0 ? ((-(long) value) << 1) | 1 : ((long) value) << 1;
        do {
            int digit = (int) (v & 31);
            v >>>= 5;
            if (v != 0) {
                digit |= 32;
            }
            out[pos++] = (byte) DIGITS[digit];
        } while (v != 0);
        return pos;
    }

    /**
     * {@return the value of a Base64 digit, or -1 when {@code c} is not one}
     *
     * @param c a character
     */
    public static int digitValue(char c) {
        return c < 128 ? VALUES[c] : -1;
    }
}
