package dev.hmrc.runtime.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The encodings of the WHATWG Encoding Standard that {@code TextDecoder} decodes, on the JDK's
 * charsets: the label table (section 4.2, "Names and labels"), the UTF-8 and UTF-16 decoders
 * (the JDK's replace malformed input with U+FFFD per maximal subpart, as the standard does),
 * the single-byte encodings as a 128-entry table built from the JDK's charset (with the
 * Windows code pages' undefined bytes 0x80-0x9F mapped to the C1 controls, as the standard's
 * indexes do), {@code x-user-defined}, and the legacy multi-byte encodings (GBK/gb18030, Big5,
 * EUC-JP, ISO-2022-JP, Shift_JIS, EUC-KR) through the JDK's closest charsets.
 */
final class TextCodec {

    private TextCodec() {
    }

    /** How an encoding decodes. */
    enum Kind { UTF_8, UTF_16LE, UTF_16BE, SINGLE_BYTE, USER_DEFINED, MULTI_BYTE, REPLACEMENT }

    /**
     * One encoding: its name (the lower-case name {@code TextDecoder.encoding} reports), how it
     * decodes, the JDK charset behind it (null for {@code x-user-defined} and {@code replacement})
     * and, for a single-byte encoding, the code units of bytes 0x80-0xFF ({@code 0xFFFF}: an error).
     */
    record Encoding(String name, Kind kind, Charset charset, char[] high) {
        boolean sniffsBom() {
            return kind == Kind.UTF_8 || kind == Kind.UTF_16LE || kind == Kind.UTF_16BE;
        }
    }

    private static final char ERROR = '\uFFFF';
    private static final Map<String, String> NAME_OF_LABEL = new HashMap<>();
    private static final Map<String, Encoding> ENCODINGS = new HashMap<>();
    /** Encoding name -> the JDK charset that decodes it (x-user-defined and replacement have none). */
    private static final Map<String, String> CHARSET_OF = new HashMap<>();

    private static void labels(String name, String charset, String... labels) {
        CHARSET_OF.put(name, charset);
        for (String label : labels) {
            NAME_OF_LABEL.put(label, name);
        }
    }

    static {
        // Encoding Standard 4.2, in its order: name, the JDK charset, labels.
        labels("utf-8", "UTF-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8");
        labels("ibm866", "IBM866", "866", "cp866", "csibm866", "ibm866");
        labels("iso-8859-2", "ISO-8859-2", "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2");
        labels("iso-8859-3", "ISO-8859-3", "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3");
        labels("iso-8859-4", "ISO-8859-4", "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4");
        labels("iso-8859-5", "ISO-8859-5", "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988");
        labels("iso-8859-6", "ISO-8859-6", "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987");
        labels("iso-8859-7", "ISO-8859-7", "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek");
        labels("iso-8859-8", "ISO-8859-8", "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual");
        labels("iso-8859-8-i", "ISO-8859-8", "csiso88598i", "iso-8859-8-i", "logical");
        labels("iso-8859-10", "ISO-8859-10", "csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6");
        labels("iso-8859-13", "ISO-8859-13", "iso-8859-13", "iso8859-13", "iso885913");
        labels("iso-8859-14", "ISO-8859-14", "iso-8859-14", "iso8859-14", "iso885914");
        labels("iso-8859-15", "ISO-8859-15", "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9");
        labels("iso-8859-16", "ISO-8859-16", "iso-8859-16");
        labels("koi8-r", "KOI8-R", "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r");
        labels("koi8-u", "KOI8-U", "koi8-ru", "koi8-u");
        labels("macintosh", "x-MacRoman", "csmacintosh", "mac", "macintosh", "x-mac-roman");
        labels("windows-874", "x-windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874");
        labels("windows-1250", "windows-1250", "cp1250", "windows-1250", "x-cp1250");
        labels("windows-1251", "windows-1251", "cp1251", "windows-1251", "x-cp1251");
        labels("windows-1252", "windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252");
        labels("windows-1253", "windows-1253", "cp1253", "windows-1253", "x-cp1253");
        labels("windows-1254", "windows-1254", "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254");
        labels("windows-1255", "windows-1255", "cp1255", "windows-1255", "x-cp1255");
        labels("windows-1256", "windows-1256", "cp1256", "windows-1256", "x-cp1256");
        labels("windows-1257", "windows-1257", "cp1257", "windows-1257", "x-cp1257");
        labels("windows-1258", "windows-1258", "cp1258", "windows-1258", "x-cp1258");
        labels("x-mac-cyrillic", "x-MacUkraine", "x-mac-cyrillic", "x-mac-ukrainian");
        labels("gbk", "GB18030", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk");
        labels("gb18030", "GB18030", "gb18030");
        labels("big5", "Big5-HKSCS", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
        labels("euc-jp", "EUC-JP", "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp");
        labels("iso-2022-jp", "ISO-2022-JP", "csiso2022jp", "iso-2022-jp");
        labels("shift_jis", "windows-31j", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis");
        labels("euc-kr", "x-windows-949", "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949");
        labels("replacement", null, "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement");
        labels("utf-16be", "UTF-16BE", "unicodefffe", "utf-16be");
        labels("utf-16le", "UTF-16LE", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le");
        labels("x-user-defined", null, "x-user-defined");
    }

    /**
     * Encoding Standard 4.2 "get an encoding": the encoding of {@code label} (ASCII whitespace
     * trimmed, ASCII case-insensitive), or null when the label is unknown or the JDK has no
     * charset for it.
     */
    static synchronized Encoding forLabel(String label) {
        String name = NAME_OF_LABEL.get(trimAsciiWhitespace(label).toLowerCase(Locale.ROOT));
        if (name == null) {
            return null;
        }
        Encoding known = ENCODINGS.get(name);
        if (known == null) {
            known = create(name);
            if (known == null) {
                return null;
            }
            ENCODINGS.put(name, known);
        }
        return known;
    }

    private static Encoding create(String name) {
        String charsetName = CHARSET_OF.get(name);
        switch (name) {
            case "utf-8": return new Encoding(name, Kind.UTF_8, StandardCharsets.UTF_8, null);
            case "utf-16le": return new Encoding(name, Kind.UTF_16LE, StandardCharsets.UTF_16LE, null);
            case "utf-16be": return new Encoding(name, Kind.UTF_16BE, StandardCharsets.UTF_16BE, null);
            case "replacement": return new Encoding(name, Kind.REPLACEMENT, null, null);
            case "x-user-defined": {
                char[] high = new char[128];
                for (int i = 0; i < 128; i++) {
                    high[i] = (char) (0xF780 + i); // Encoding Standard 14.5.1 step 4
                }
                return new Encoding(name, Kind.USER_DEFINED, null, high);
            }
            default:
                break;
        }
        if (!Charset.isSupported(charsetName)) {
            return null;
        }
        Charset charset = Charset.forName(charsetName);
        if (name.startsWith("gb") || name.equals("big5") || name.startsWith("euc-") || name.equals("iso-2022-jp")
                || name.equals("shift_jis")) {
            return new Encoding(name, Kind.MULTI_BYTE, charset, null);
        }
        char[] high = new char[128];
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = 0; i < 128; i++) {
            try {
                CharBuffer decoded = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) (0x80 + i)}));
                high[i] = decoded.length() == 1 ? decoded.get(0) : ERROR;
            } catch (CharacterCodingException unmapped) {
                // The standard's indexes for the Windows code pages map their undefined C1 bytes to
                // the C1 controls (index-windows-1252: 0x81 -> U+0081, ...); the JDK leaves them unmapped.
                high[i] = name.startsWith("windows-") && i < 0x20 ? (char) (0x80 + i) : ERROR;
            }
        }
        // Where the standard's index differs from the JDK's charset.
        if (name.equals("koi8-u")) {
            high[0xAE - 0x80] = '\u045E'; // index-koi8-u is KOI8-RU here: CYRILLIC SMALL LETTER SHORT U
            high[0xBE - 0x80] = '\u040E'; // and CYRILLIC CAPITAL LETTER SHORT U
        } else if (name.equals("windows-1255")) {
            high[0xCA - 0x80] = '\u05BA'; // HEBREW POINT HOLAM HASER FOR VAV
        }
        return new Encoding(name, Kind.SINGLE_BYTE, charset, high);
    }

    private static String trimAsciiWhitespace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isAsciiWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isAsciiWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** A decode error in fatal mode (the JS half throws the TypeError). */
    static final class DecodeError extends Exception {
        DecodeError() {
            super("The encoded data was not valid", null, false, false);
        }
    }

    /**
     * One {@code TextDecoder}'s decoder: the encoding, its error mode, and what a streaming
     * decode keeps between calls (the JDK decoder's state and the bytes of an incomplete
     * sequence, whether the BOM was seen).
     */
    static final class Decoder {
        private final Encoding encoding;
        private final boolean fatal;
        private final boolean ignoreBom;
        private CharsetDecoder charsetDecoder;
        private byte[] pending = new byte[0];
        private boolean bomSeen;
        private boolean replacementDone;

        Decoder(Encoding encoding, boolean fatal, boolean ignoreBom) {
            this.encoding = encoding;
            this.fatal = fatal;
            this.ignoreBom = ignoreBom;
        }

        /**
         * TextDecoder.decode(input, {stream}) steps 2-6 for {@code bytes}: decodes them after
         * the bytes kept from the previous streaming call; with {@code stream} keeps an
         * incomplete sequence at the end for the next call, else flushes and starts over.
         */
        String decode(byte[] bytes, boolean stream) throws DecodeError {
            try {
                String text = switch (encoding.kind) {
                    case SINGLE_BYTE, USER_DEFINED -> decodeSingleByte(encoding.high, bytes, fatal);
                    case REPLACEMENT -> decodeReplacement(bytes, stream);
                    default -> decodeWithCharset(bytes, stream);
                };
                if (encoding.sniffsBom() && !bomSeen && !text.isEmpty()) {
                    bomSeen = true;
                    if (!ignoreBom && text.charAt(0) == '\uFEFF') {
                        text = text.substring(1);
                    }
                }
                if (!stream) {
                    bomSeen = false;
                    replacementDone = false;
                }
                return text;
            } catch (DecodeError error) {
                pending = new byte[0];
                charsetDecoder = null;
                bomSeen = false;
                throw error;
            }
        }

        /** The replacement decoder (14.1): one U+FFFD (or an error) for a stream that has bytes. */
        private String decodeReplacement(byte[] bytes, boolean stream) throws DecodeError {
            if (bytes.length == 0 || replacementDone) {
                return "";
            }
            if (fatal) {
                throw new DecodeError();
            }
            replacementDone = stream;
            return "\uFFFD";
        }

        private String decodeWithCharset(byte[] bytes, boolean stream) throws DecodeError {
            if (!stream && pending.length == 0 && charsetDecoder == null && !fatal && encoding.kind == Kind.UTF_8) {
                return new String(bytes, StandardCharsets.UTF_8); // the common case, the JDK's fast path
            }
            if (charsetDecoder == null) {
                charsetDecoder = encoding.charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
            }
            byte[] input = bytes;
            if (pending.length > 0) {
                input = new byte[pending.length + bytes.length];
                System.arraycopy(pending, 0, input, 0, pending.length);
                System.arraycopy(bytes, 0, input, pending.length, bytes.length);
            }
            ByteBuffer in = ByteBuffer.wrap(input);
            CharBuffer out = CharBuffer.allocate(Math.max(16, (int) (input.length * charsetDecoder.maxCharsPerByte()) + 4));
            while (true) {
                CoderResult result = charsetDecoder.decode(in, out, !stream);
                if (result.isOverflow()) {
                    out = grow(out);
                    continue;
                }
                int errorLength;
                if (result.isError()) {
                    errorLength = result.length();
                    // The legacy multi-byte decoders of the standard give back an ASCII byte that
                    // ends an invalid pair ("restore byte to ioQueue"); the JDK's count it in.
                    if (encoding.kind == Kind.MULTI_BYTE && errorLength >= 2
                            && (in.get(in.position() + errorLength - 1) & 0xFF) < 0x80) {
                        errorLength--;
                    }
                } else if (encoding.kind == Kind.UTF_8 && in.hasRemaining() && !isUtf8Prefix(in)) {
                    // the JDK waits for more bytes after a lead byte whose next byte already
                    // makes the sequence invalid (E0 80): the standard's decoder fails the lead now
                    errorLength = 1;
                } else {
                    break;
                }
                if (fatal) {
                    throw new DecodeError();
                }
                in.position(in.position() + errorLength);
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
            }
            if (stream) {
                pending = new byte[in.remaining()];
                in.get(pending);
            } else {
                while (charsetDecoder.flush(out).isOverflow()) {
                    out = grow(out);
                }
                charsetDecoder = null;
                pending = new byte[0];
            }
            return out.flip().toString();
        }

        /**
         * Whether the bytes left in {@code in} (fewer than a whole sequence) start a valid UTF-8
         * sequence, with the standard's bounds on the byte after the lead (8.1.1 steps 3.2-3.4).
         */
        private static boolean isUtf8Prefix(ByteBuffer in) {
            int at = in.position();
            int lead = in.get(at) & 0xFF;
            int needed = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (needed == 0 || in.remaining() > needed) {
                return false;
            }
            for (int i = 1; i < in.remaining(); i++) {
                int b = in.get(at + i) & 0xFF;
                int lower = 0x80;
                int upper = 0xBF;
                if (i == 1) {
                    lower = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
                    upper = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
                }
                if (b < lower || b > upper) {
                    return false;
                }
            }
            return true;
        }

        private static CharBuffer grow(CharBuffer out) {
            CharBuffer larger = CharBuffer.allocate(out.capacity() * 2 + 16);
            out.flip();
            larger.put(out);
            return larger;
        }
    }

    /** A single-byte decoder (Encoding Standard 10.1.1): ASCII as is, the rest through the table. */
    static String decodeSingleByte(char[] high, byte[] bytes, boolean fatal) throws DecodeError {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                chars[i] = (char) b;
            } else {
                char c = high[b - 0x80];
                if (c == ERROR) {
                    if (fatal) {
                        throw new DecodeError();
                    }
                    c = '\uFFFD';
                }
                chars[i] = c;
            }
        }
        return new String(chars);
    }
}
