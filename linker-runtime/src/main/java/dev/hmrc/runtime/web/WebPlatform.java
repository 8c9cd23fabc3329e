package dev.hmrc.runtime.web;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Installs the web-platform globals (the WinterTC Minimum Common Web Platform API, without the
 * fetch and streams family) into one context: {@code web-platform.js} defines them in JS and
 * calls back here for what the JDK does better: UTF-8 and the legacy encodings
 * ({@link TextCodec}), URL parsing, {@link SecureRandom},
 * {@link MessageDigest} and {@link Mac}, base64 and the monotonic clock.
 *
 * <p>Bytes cross as {@link ByteBuffer}s that the JS half wraps in an {@code ArrayBuffer}
 * without copying (the context must allow buffer access: {@link #HOST_ACCESS}); bytes from JS
 * are read with one {@link Value#readBuffer} call.
 *
 * <p>State: the time origin of the context (fixed at install), and each {@code TextDecoder}'s
 * {@link TextCodec.Decoder}, owned by the JS object that holds it.
 */
public final class WebPlatform {

    /**
     * What the context's host access must allow: the EXPLICIT defaults plus buffer access, so
     * that a Java {@code ByteBuffer} handed to JS can back an {@code ArrayBuffer}.
     */
    public static final HostAccess HOST_ACCESS = HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true).build();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final long originNanos = System.nanoTime();
    private final double timeOrigin;

    private WebPlatform() {
        Instant now = Instant.now();
        timeOrigin = now.getEpochSecond() * 1000.0 + now.getNano() / 1_000_000.0;
    }

    /**
     * Defines the globals in {@code context} (on the thread that owns it), before any module runs.
     *
     * @param context    the context (built with {@link #HOST_ACCESS})
     * @param unrefTimer lets a timer of the loop end without keeping the program alive
     *                   ({@code AbortSignal.timeout}'s, as in Node)
     */
    public static void install(Context context, LongConsumer unrefTimer) {
        WebPlatform platform = new WebPlatform();
        try (InputStream in = WebPlatform.class.getResourceAsStream("/dev/hmrc/runtime/web/web-platform.js")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Value installer = context.eval(Source.newBuilder("js", text, "hmrc:web-platform.js").buildLiteral());
            installer.executeVoid(ProxyObject.fromMap(platform.hostFunctions(unrefTimer)));
        } catch (IOException e) {
            throw new UncheckedIOException("hmrc: web-platform.js missing from the class path", e);
        }
    }

    private Map<String, Object> hostFunctions(LongConsumer unrefTimer) {
        Map<String, Object> host = new HashMap<>();
        host.put("timeOrigin", timeOrigin);
        host.put("hardwareConcurrency", Runtime.getRuntime().availableProcessors());
        host.put("now", (ProxyExecutable) args -> (System.nanoTime() - originNanos) / 1_000_000.0);
        host.put("unrefTimer", (ProxyExecutable) args -> {
            unrefTimer.accept(args[0].asLong());
            return null;
        });
        host.put("encodeUtf8", (ProxyExecutable) args -> ByteBuffer.wrap(args[0].asString().getBytes(StandardCharsets.UTF_8)));
        host.put("encodingOf", (ProxyExecutable) args -> {
            TextCodec.Encoding encoding = TextCodec.forLabel(args[0].asString());
            return encoding == null ? null : encoding.name();
        });
        host.put("newDecoder", (ProxyExecutable) args ->
                new TextCodec.Decoder(TextCodec.forLabel(args[0].asString()), args[1].asBoolean(), args[2].asBoolean()));
        // decode(decoder, arrayBuffer, offset, length, stream) -> the text, or null for a fatal error.
        host.put("decode", (ProxyExecutable) args -> {
            TextCodec.Decoder decoder = args[0].asHostObject();
            try {
                return decoder.decode(bytesOf(args[1], args[2].asInt(), args[3].asInt()), args[4].asBoolean());
            } catch (TextCodec.DecodeError invalid) {
                return null;
            }
        });
        host.put("randomBytes", (ProxyExecutable) args -> {
            byte[] bytes = new byte[args[0].asInt()];
            RANDOM.nextBytes(bytes);
            return ByteBuffer.wrap(bytes);
        });
        host.put("randomUUID", (ProxyExecutable) args -> UUID.randomUUID().toString());
        // digest(algorithm, arrayBuffer, offset, length) -> the digest's bytes.
        host.put("digest", (ProxyExecutable) args -> {
            try {
                MessageDigest digest = MessageDigest.getInstance(args[0].asString());
                return ByteBuffer.wrap(digest.digest(bytesOf(args[1], args[2].asInt(), args[3].asInt())));
            } catch (NoSuchAlgorithmException unknown) {
                throw new IllegalStateException(unknown);
            }
        });
        // hmac(hash, key, data) with key and data as [arrayBuffer, offset, length] triples -> the MAC's bytes.
        host.put("hmac", (ProxyExecutable) args -> {
            String algorithm = "Hmac" + args[0].asString().replace("-", "");
            try {
                Mac mac = Mac.getInstance(algorithm);
                byte[] key = bytesOf(args[1], args[2].asInt(), args[3].asInt());
                // An empty HMAC key is valid (RFC 2104); the JDK's key spec refuses it, and HMAC
                // pads a key to the block size with zeros, so one zero byte is the same key.
                mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
                return ByteBuffer.wrap(mac.doFinal(bytesOf(args[4], args[5].asInt(), args[6].asInt())));
            } catch (java.security.GeneralSecurityException failed) {
                throw new IllegalStateException(failed);
            }
        });
        host.put("btoa", (ProxyExecutable) args -> Base64.getEncoder().encodeToString(args[0].asString().getBytes(StandardCharsets.ISO_8859_1)));
        host.put("atob", (ProxyExecutable) args -> forgivingBase64Decode(args[0].asString()));
        return host;
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
