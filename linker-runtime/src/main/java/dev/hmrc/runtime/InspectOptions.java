package dev.hmrc.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The debugger (Chrome DevTools Protocol) server of a runtime: what Node's {@code --inspect},
 * {@code --inspect-brk} and {@code --inspect-wait} select, served by GraalVM's Chrome inspector
 * ({@code org.graalvm.tools:chromeinspector-tool}). It answers {@code GET /json/list} and
 * {@code /json/version} like Node's, and its WebSocket is {@code ws://host:port/path}.
 *
 * @param host  the interface to listen on (Node's default {@code 127.0.0.1})
 * @param port  the port (Node's default 9229; 0 is not allowed by the inspector)
 * @param start when the program starts running
 * @param path  the WebSocket path (Node: a random UUID)
 */
public record InspectOptions(String host, int port, Start start, String path) {

    /** Node's default address. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Node's default port. */
    public static final int DEFAULT_PORT = 9229;

    /** When the program starts running, as Node's three flags say. */
    public enum Start {
        /** {@code --inspect}: at once; a debugger may attach later. */
        NOW,
        /** {@code --inspect-wait}: once a debugger attached. */
        WAIT_FOR_DEBUGGER,
        /** {@code --inspect-brk}: once a debugger attached, paused before the first statement. */
        PAUSE_AT_FIRST_STATEMENT
    }

    /** @throws IllegalArgumentException for a port outside 1-65535 */
    public InspectOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(path, "path");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("inspector port must be 1-65535: " + port);
        }
    }

    /**
     * The options of a flag's value, {@code [host:]port} or {@code host:} or empty (Node's syntax:
     * {@code --inspect=9230}, {@code --inspect=0.0.0.0:9229}), with a new random path.
     *
     * @param value the text after {@code =}, or null or empty for the defaults
     * @param start which flag it was
     * @return the options
     * @throws IllegalArgumentException for a value that is no [host:]port
     */
    public static InspectOptions parse(String value, Start start) {
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        if (value != null && !value.isEmpty()) {
            int colon = value.lastIndexOf(':');
            String portText = colon < 0 ? value : value.substring(colon + 1);
            if (colon >= 0) {
                host = value.substring(0, colon);
                if (host.startsWith("[") && host.endsWith("]")) {
                    host = host.substring(1, host.length() - 1);
                }
            }
            if (colon >= 0 && portText.isEmpty()) {
                port = DEFAULT_PORT;
            } else if (colon < 0 && !portText.chars().allMatch(Character::isDigit)) {
                host = portText; // --inspect=localhost
            } else {
                try {
                    port = Integer.parseInt(portText);
                } catch (NumberFormatException notANumber) {
                    throw new IllegalArgumentException("--inspect: not [host:]port: " + value);
                }
            }
        }
        return new InspectOptions(host, port, start, UUID.randomUUID().toString());
    }

    /** {@return the WebSocket URL a debugger connects to, {@code ws://host:port/path}} */
    public String webSocketUrl() {
        return "ws://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + path;
    }

    /** The engine options that start GraalVM's Chrome inspector this way. */
    Map<String, String> engineOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("inspect", host + ":" + port);
        options.put("inspect.Path", path);
        options.put("inspect.Suspend", Boolean.toString(start == Start.PAUSE_AT_FIRST_STATEMENT));
        options.put("inspect.WaitAttached", Boolean.toString(start != Start.NOW));
        options.put("inspect.Secure", "false");
        return options;
    }
}
