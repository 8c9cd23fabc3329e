package dev.hmrc.runtime.web;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.LongConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Installs the web-platform globals (the WinterTC Minimum Common Web Platform API, without the
 * fetch and streams family) into one context: {@code web-platform.js} defines them in JS and
 * calls back here for what the JDK does better: UTF-8 and the legacy encodings
 * ({@link TextCodec}), URL parsing ({@link UrlParser}), {@link SecureRandom},
 * {@link MessageDigest} and {@link Mac}, base64 and the monotonic clock.
 *
 * <p>Bytes cross as {@link ByteBuffer}s that the JS half wraps in an {@code ArrayBuffer}
 * without copying (the context must allow buffer access: {@link #hostAccess}); bytes from JS
 * are read with one {@link Value#readBuffer} call.
 *
 * <p>State: the time origin of the context (fixed at install), and each {@code TextDecoder}'s
 * {@link TextCodec.Decoder}, owned by the JS object that holds it.
 */
public final class WebPlatform {

    /**
     * {@return {@code policy} with what the web platform needs added: the members its host object
     * exports ({@code @HostAccess.Export}) and buffer access, so that a Java {@code ByteBuffer}
     * handed to JS can back an {@code ArrayBuffer}}
     *
     * @param policy the host access the embedder chose
     */
    public static HostAccess hostAccess(HostAccess policy) {
        return HostAccess.newBuilder(policy).allowAccessAnnotatedBy(HostAccess.Export.class).allowBufferAccess(true).build();
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebPlatform() {
    }

    /**
     * Defines the globals in {@code context} (on the thread that owns it), before any module runs.
     *
     * @param context    the context (built with {@link #hostAccess})
     * @param unrefTimer lets a timer of the loop end without keeping the program alive
     *                   ({@code AbortSignal.timeout}'s, as in Node)
     */
    public static void install(Context context, LongConsumer unrefTimer) {
        try (InputStream in = WebPlatform.class.getResourceAsStream("/dev/hmrc/runtime/web/web-platform.js")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Value installer = context.eval(Source.newBuilder("js", text, "hmrc:web-platform.js").buildLiteral());
            installer.executeVoid(new Host(unrefTimer));
        } catch (IOException e) {
            throw new UncheckedIOException("hmrc: web-platform.js missing from the class path", e);
        }
    }

    /**
     * What {@code web-platform.js} calls, as exported host methods (JS calls them as it calls
     * its own functions: no proxy in between, strings and numbers converted by the engine).
     * One per context; it owns the context's time origin.
     */
    public static final class Host {
        private final long originNanos = System.nanoTime();
        private final double timeOrigin;
        private final LongConsumer unrefTimer;

        Host(LongConsumer unrefTimer) {
            Instant now = Instant.now();
            this.timeOrigin = now.getEpochSecond() * 1000.0 + now.getNano() / 1_000_000.0;
            this.unrefTimer = unrefTimer;
        }

        /** {@return performance.timeOrigin: the epoch time in ms when the context was set up} */
        @HostAccess.Export
        public double timeOrigin() {
            return timeOrigin;
        }

        /** {@return performance.now(): ms since the time origin, monotonic} */
        @HostAccess.Export
        public double now() {
            return (System.nanoTime() - originNanos) / 1_000_000.0;
        }

        /** {@return navigator.hardwareConcurrency} */
        @HostAccess.Export
        public int hardwareConcurrency() {
            return Runtime.getRuntime().availableProcessors();
        }

        /**
         * Lets the loop's timer {@code id} end without keeping the program alive.
         *
         * @param id the timer's id
         */
        @HostAccess.Export
        public void unrefTimer(long id) {
            unrefTimer.accept(id);
        }

        /**
         * {@return the UTF-8 bytes of a well-formed string}
         *
         * @param text the string
         */
        @HostAccess.Export
        public ByteBuffer encodeUtf8(String text) {
            return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * {@return the name of the encoding {@code label} names, or null}
         *
         * @param label the label
         */
        @HostAccess.Export
        public String encodingOf(String label) {
            TextCodec.Encoding encoding = TextCodec.forLabel(label);
            return encoding == null ? null : encoding.name();
        }

        /**
         * {@return a decoder of the encoding named {@code name} (an opaque handle for JS)}
         *
         * @param name      the encoding's name
         * @param fatal     whether an error throws
         * @param ignoreBom whether a BOM stays in the text
         */
        @HostAccess.Export
        public Object newDecoder(String name, boolean fatal, boolean ignoreBom) {
            return new TextCodec.Decoder(TextCodec.forLabel(name), fatal, ignoreBom);
        }

        /**
         * {@return the text of {@code length} bytes of {@code buffer} from {@code offset}, or null for a fatal error}
         *
         * @param decoder what {@link #newDecoder} returned
         * @param buffer  an ArrayBuffer or SharedArrayBuffer (null when length is 0)
         * @param offset  where the bytes start
         * @param length  how many
         * @param stream  whether more bytes follow
         */
        @HostAccess.Export
        public String decode(Object decoder, Value buffer, int offset, int length, boolean stream) {
            try {
                return ((TextCodec.Decoder) decoder).decode(bytesOf(buffer, offset, length), stream);
            } catch (TextCodec.DecodeError invalid) {
                return null;
            }
        }

        /**
         * {@return {@code count} bytes from {@link SecureRandom}}
         *
         * @param count how many
         */
        @HostAccess.Export
        public ByteBuffer randomBytes(int count) {
            byte[] bytes = new byte[count];
            RANDOM.nextBytes(bytes);
            return ByteBuffer.wrap(bytes);
        }

        /** {@return a version 4 UUID from {@link SecureRandom}} */
        @HostAccess.Export
        public String randomUUID() {
            return UUID.randomUUID().toString();
        }

        /**
         * {@return the {@code algorithm} (SHA-1, SHA-256, SHA-384, SHA-512) digest of the bytes}
         *
         * @param algorithm the JDK's name of the digest
         * @param buffer    an ArrayBuffer
         * @param offset    where the bytes start
         * @param length    how many
         */
        @HostAccess.Export
        public ByteBuffer digest(String algorithm, Value buffer, int offset, int length) {
            try {
                return ByteBuffer.wrap(MessageDigest.getInstance(algorithm).digest(bytesOf(buffer, offset, length)));
            } catch (NoSuchAlgorithmException unknown) {
                throw new IllegalStateException(unknown);
            }
        }

        /**
         * {@return the HMAC with {@code hash} of the data bytes under the key bytes}
         *
         * @param hash      SHA-1, SHA-256, SHA-384 or SHA-512
         * @param key       the key's ArrayBuffer
         * @param keyOffset where the key starts
         * @param keyLength the key's length
         * @param data      the data's ArrayBuffer
         * @param offset    where the data starts
         * @param length    the data's length
         */
        @HostAccess.Export
        public ByteBuffer hmac(String hash, Value key, int keyOffset, int keyLength, Value data, int offset, int length) {
            String algorithm = "Hmac" + hash.replace("-", "");
            try {
                Mac mac = Mac.getInstance(algorithm);
                byte[] keyBytes = bytesOf(key, keyOffset, keyLength);
                // An empty HMAC key is valid (RFC 2104); the JDK's key spec refuses it, and HMAC
                // pads a key to the block size with zeros, so one zero byte is the same key.
                mac.init(new SecretKeySpec(keyBytes.length == 0 ? new byte[1] : keyBytes, algorithm));
                return ByteBuffer.wrap(mac.doFinal(bytesOf(data, offset, length)));
            } catch (java.security.GeneralSecurityException failed) {
                throw new IllegalStateException(failed);
            }
        }

        /**
         * {@return btoa: the base64 of a string of code units below 256}
         *
         * @param latin1 the string
         */
        @HostAccess.Export
        public String btoa(String latin1) {
            return Base64.getEncoder().encodeToString(latin1.getBytes(StandardCharsets.ISO_8859_1));
        }

        /**
         * {@return atob: the forgiving-base64 decoding, or null for failure}
         *
         * @param base64 the encoded string
         */
        @HostAccess.Export
        public String atob(String base64) {
            return forgivingBase64Decode(base64);
        }

        /**
         * {@return the record ({@link UrlParser#withComponentOffsets}) of {@code input} parsed
         * against {@code base}, or null for failure (of either): the whole of
         * {@code new URL(input, base)} in one call}
         *
         * @param input the URL string (lone surrogates are read as U+FFFD, as USVString does)
         * @param base  the base URL string, or null for none
         */
        @HostAccess.Export
        public String parseUrl(String input, String base) {
            String href = UrlParser.parseToHref(input, base);
            return href == null ? null : UrlParser.withComponentOffsets(href);
        }

        /**
         * {@return the record ({@link UrlParser#withComponentOffsets}) of the URL after the URL
         * setter {@code setter} ran with {@code value}}
         *
         * @param href   the URL's href
         * @param setter protocol, username, password, host, hostname, port, pathname, search or hash
         * @param value  the new value (well-formed)
         */
        @HostAccess.Export
        public String setUrl(String href, String setter, String value) {
            return UrlParser.withComponentOffsets(UrlParser.set(href, setter, value));
        }
    }

    /** The bytes of {@code buffer} (an ArrayBuffer or SharedArrayBuffer) from {@code offset}, one bulk read. */
    static byte[] bytesOf(Value buffer, int offset, int length) {
        byte[] bytes = new byte[length];
        if (length > 0) {
            buffer.readBuffer(offset, bytes, 0, length);
        }
        return bytes;
    }

    /**
     * Infra's forgiving-base64 decode: the decoded bytes as a Latin-1 string, or null for failure
     * (atob throws InvalidCharacterError then).
     */
    static String forgivingBase64Decode(String input) {
        // 1. Remove all ASCII whitespace.
        StringBuilder data = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                data.append(c);
            }
        }
        // 2. If the length divides by 4, remove one or two trailing '='.
        int length = data.length();
        if (length % 4 == 0 && length > 0 && data.charAt(length - 1) == '=') {
            length--;
            if (data.charAt(length - 1) == '=') {
                length--;
            }
        }
        // 3. A remainder of 1 is failure.
        if (length % 4 == 1) {
            return null;
        }
        // 4. Anything outside the base64 alphabet is failure.
        for (int i = 0; i < length; i++) {
            char c = data.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/')) {
                return null;
            }
        }
        // 5-9. Decode 6 bits per character; the bits that do not make a whole byte are dropped.
        byte[] out = new byte[length * 3 / 4];
        int buffer = 0;
        int bits = 0;
        int at = 0;
        for (int i = 0; i < length; i++) {
            char c = data.charAt(i);
            int value = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26
                    : c >= '0' && c <= '9' ? c - '0' + 52 : c == '+' ? 62 : 63;
            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[at++] = (byte) (buffer >> bits);
            }
        }
        return new String(out, 0, at, StandardCharsets.ISO_8859_1);
    }
}
