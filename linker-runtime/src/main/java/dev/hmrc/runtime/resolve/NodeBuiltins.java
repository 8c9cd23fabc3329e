package dev.hmrc.runtime.resolve;

import java.util.List;
import java.util.Set;

/**
 * Node's built-in module names: which a specifier names ({@code node:path} or the bare
 * {@code path}, as Node resolves them before any file), and which of them hmrc provides.
 * Importing or requiring one that hmrc does not provide fails with Node's code
 * {@code ERR_UNKNOWN_BUILTIN_MODULE} and one line that says so.
 */
public final class NodeBuiltins {

    /** Every built-in of Node 20's {@code require('module').builtinModules}. */
    public static final Set<String> NODE = Set.of("_http_agent", "_http_client", "_http_common", "_http_incoming",
            "_http_outgoing", "_http_server", "_stream_duplex", "_stream_passthrough", "_stream_readable",
            "_stream_transform", "_stream_wrap", "_stream_writable", "_tls_common", "_tls_wrap", "assert",
            "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console", "constants", "crypto",
            "dgram", "diagnostics_channel", "dns", "dns/promises", "domain", "events", "fs", "fs/promises", "http",
            "http2", "https", "inspector", "inspector/promises", "module", "net", "os", "path", "path/posix",
            "path/win32", "perf_hooks", "process", "punycode", "querystring", "readline", "readline/promises",
            "repl", "stream", "stream/consumers", "stream/promises", "stream/web", "string_decoder", "sys", "timers",
            "timers/promises", "tls", "trace_events", "tty", "url", "util", "util/types", "v8", "vm", "wasi",
            "worker_threads", "zlib");

    /** The built-ins hmrc provides (each a resource {@code commonjs/node/NAME.js}, '/' spelled '-'). */
    public static final List<String> PROVIDED = List.of("assert", "assert/strict", "buffer", "console", "crypto", "events",
            "fs", "fs/promises", "module", "os", "path", "path/posix", "path/win32", "process", "stream",
            "stream/consumers", "stream/promises", "stream/web", "string_decoder", "timers", "timers/promises", "tty", "url", "util", "util/types");

    private NodeBuiltins() {
    }

    /**
     * The built-in's name when {@code specifier} names one ({@code node:fs} or {@code fs}), else null.
     * A {@code node:} specifier always names a built-in (possibly one Node does not have either).
     */
    public static String nameOf(String specifier) {
        if (specifier.startsWith("node:")) {
            return specifier.substring(5);
        }
        return NODE.contains(specifier) ? specifier : null;
    }

    /** {@return whether hmrc provides the built-in {@code name}} */
    public static boolean provided(String name) {
        return PROVIDED.contains(name);
    }

    /** {@return the one-line message for a built-in hmrc does not provide} */
    public static String unavailableMessage(String name) {
        return NODE.contains(name) ? "node:" + name + " is not available in hmrc"
                : "No such built-in module: node:" + name;
    }
}
