package dev.hmrc.runtime.commonjs;

import dev.hmrc.runtime.host.EventLoop;
import dev.hmrc.runtime.resolve.ModuleFormat;
import dev.hmrc.runtime.resolve.ModuleResolutionError;
import dev.hmrc.runtime.resolve.NodeBuiltins;
import dev.hmrc.runtime.resolve.SpecifierResolver;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import dev.hmrc.transformer.ModuleTransformer;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * CommonJS and Node's built-ins in one context, for both linkers: evaluates
 * {@code commonjs.js} (the module system: {@code require}, {@code module}, {@code require.cache},
 * the facades' entry points, the {@code process}/{@code Buffer}/{@code global} globals) with the
 * host functions it runs on: resolution ({@link SpecifierResolver#resolveRequire}), formats
 * ({@link ModuleFormat}), reading and compiling files, and the natives of the built-ins
 * ({@code fs} on NIO, {@code crypto} on {@link MessageDigest}/{@link SecureRandom},
 * {@code os}, {@code process}), inside the limits of a {@link NodeAccess}.
 *
 * <p>Asynchronous {@code fs} calls run on a pool thread and their callbacks are posted to the
 * loop, which they keep alive meanwhile, as libuv's pool does for Node.
 */
public final class CommonJsHost {

    /** The symbol-keyed global that facades call: {@code globalThis[Symbol.for("hmrc.commonjs")]}. */
    public static final String GLOBAL_KEY = "hmrc.commonjs";

    private static final String RESOURCES = "/dev/hmrc/runtime/commonjs/";
    private static final String WEBJARS = "/META-INF/resources/webjars/";
    /** Packages from WebJars that built-ins use ({@code require('hmrc:vendor/NAME')}), by their main file. */
    private static final Map<String, String> VENDOR = Map.of(
            "events", "events/3.3.0/events.js",
            "buffer", "buffer/6.0.3/index.js",
            "base64-js", "base64-js/1.5.1/index.js",
            "ieee754", "ieee754/1.2.1/index.js",
            "path-browserify", "path-browserify/1.0.1/index.js",
            "readable-stream", "readable-stream/4.7.0/lib/stream.js",
            "readable-stream/promises", "readable-stream/4.7.0/lib/stream/promises.js",
            "string_decoder", "string_decoder/1.3.0/lib/string_decoder.js",
            "safe-buffer", "safe-buffer/5.2.1/index.js");

    private static final ExecutorService FILE_POOL = Executors.newFixedThreadPool(4, runnable -> {
        Thread t = new Thread(runnable, "hmrc-fs");
        t.setDaemon(true);
        return t;
    });

    private final Context context;
    private final EventLoop loop;
    private final Path root;
    private final NodeAccess access;
    private final OutputStream out;
    private final OutputStream err;
    private final List<String> argv;
    /** Where {@code fs.watch} gets its events (the runtime's file watcher), or null before one is given. */
    private FolderEvents folderEvents;

    /** Told of each file {@code require} loads or finds cached for a module, once per file (hot updates watch them). */
    private java.util.function.Consumer<Path> requiredFiles = file -> { };

    private final SpecifierResolver resolver = new SpecifierResolver();
    private final SecureRandom random = new SecureRandom();
    private Value runtime;
    private Value fail;
    /** How {@code require} evaluates an ES module's graph, by linker (set once the linker exists). */
    private EsModuleRequire esModules;
    /** What {@code import()} in a CommonJS file calls, by file (null: left to GraalJS, never so once a linker is set). */
    private java.util.function.Function<Path, Value> dynamicImports;

    private CommonJsHost(Context context, EventLoop loop, Path root, NodeAccess access, OutputStream out,
                         OutputStream err, List<String> argv) {
        this.context = context;
        this.loop = loop;
        this.root = root;
        this.access = access;
        this.out = out;
        this.err = err;
        this.argv = argv;
    }

    /**
     * Installs CommonJS and the built-ins into {@code context}, on its loop thread, before any module runs.
     *
     * @param context the program's context
     * @param loop    its event loop
     * @param root    the runtime's root folder
     * @param access  what the built-ins may reach
     * @param out     the program's stdout
     * @param err     the program's stderr
     * @param argv    {@code process.argv}
     * @return the installed host
     */
    public static CommonJsHost install(Context context, EventLoop loop, Path root, NodeAccess access,
                                       OutputStream out, OutputStream err, List<String> argv) {
        CommonJsHost host = new CommonJsHost(context, loop, root, access, out, err, argv);
        Value install = context.eval(Source.newBuilder("js", resource(RESOURCES + "commonjs.js"), "node:internal/commonjs")
                .buildLiteral());
        host.runtime = install.execute(host.natives());
        host.fail = host.runtime.getMember("fail");
        return host;
    }

    /**
     * Names the program's entry: when it is a CommonJS file, its module becomes {@code require.main}
     * (id {@code "."}), as in Node.
     *
     * @param entry the entry file's path
     */
    public void setMainFile(Path entry) {
        runtime.getMember("setMainFile").execute(entry.toString());
    }

    /**
     * Sets how {@code require()} of an ES module evaluates its graph: through the linker the
     * program runs on (before any module runs).
     *
     * @param esModules the linker's synchronous evaluation
     */
    public void requireEsModulesWith(EsModuleRequire esModules) {
        this.esModules = esModules;
    }

    /** An outcome as commonjs.js reads it: {@code ["ok", namespace]}, {@code ["throw", value]}, {@code ["error", code, message]}. */
    private static ProxyArray outcome(EsModuleRequire.Outcome outcome) {
        if (outcome.namespace() != null) {
            return ProxyArray.fromArray("ok", outcome.namespace());
        }
        if (outcome.thrown() != null) {
            return ProxyArray.fromArray("throw", outcome.thrown());
        }
        return ProxyArray.fromArray("error", outcome.code(), outcome.message());
    }

    /**
     * Sets what {@code import()} in a CommonJS file calls: given the file, a function
     * {@code (specifier, options)} that returns the import's promise, resolving from that file with
     * the {@code import} conditions, as Node does (before any module runs).
     *
     * @param dynamicImports the linker's {@code import()} from a file
     */
    public void dynamicImportsWith(java.util.function.Function<Path, Value> dynamicImports) {
        this.dynamicImports = dynamicImports;
    }

    /** {@return the own enumerable keys of the built-in's exports (loading it), for its facade} */
    public List<String> builtinExportNames(String name) {
        Value keys = runtime.getMember("builtinExportNames").execute(name);
        List<String> names = new ArrayList<>();
        for (long i = 0; i < keys.getArraySize(); i++) {
            names.add(keys.getArrayElement(i).asString());
        }
        return names;
    }

    /** The facade of a built-in: its module's source. */
    public String builtinFacade(String name) {
        return NodeBuiltins.provided(name) ? CommonJsFacade.forBuiltin(name, builtinExportNames(name))
                : CommonJsFacade.forUnavailableBuiltin(name);
    }

    /** Runs the program's {@code process.on('exit')} listeners with its exit code; returns the code they leave. */
    public int emitExit(int code) {
        try {
            return runtime.getMember("emitExit").execute(code).asInt();
        } catch (PolyglotException failed) {
            return code;
        }
    }

    /** {@return the {@code process.exitCode} the program set, or 0} */
    public int exitCode() {
        return runtime.getMember("exitCode").execute().asInt();
    }

    /**
     * The WebJar file of a vendored package ({@code readable-stream}) or of a file inside one
     * ({@code readable-stream/4.7.0/lib/internal/streams/readable.js}, which a vendored file
     * requires relatively); null for anything else.
     */
    private static String vendorFile(String name) {
        String file = VENDOR.get(name);
        if (file != null) {
            return file;
        }
        boolean insideWebJars = !name.startsWith("/") && !name.contains("\\")
                && Stream.of(name.split("/")).noneMatch(segment -> segment.isEmpty() || segment.equals(".") || segment.equals(".."));
        return insideWebJars && (name.endsWith(".js") || name.endsWith(".json")) ? name : null;
    }

    private static String resource(String name) {
        try (InputStream in = CommonJsHost.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the natives commonjs.js and the built-ins call

    // ---- fs.watch (s12b)

    /**
     * What {@code fs.watch} watches through: the runtime's own file watcher (one watch service for
     * hot updates and every {@code fs.watch}), e.g. {@code FileWatcher::watchEvents}.
     */
    @FunctionalInterface
    public interface FolderEvents {
        /**
         * Reports the events under {@code target} (a folder, or one file) to {@code listener}, from any thread.
         *
         * @return closing it stops the events
         * @throws IOException when the target does not exist or cannot be watched
         */
        AutoCloseable watch(Path target, boolean recursive,
                            java.util.function.Consumer<dev.hmrc.runtime.watch.FileWatcher.FolderEvent> listener)
                throws IOException;
    }

    /**
     * Gives {@code fs.watch} its watcher (the runtime calls it once, before any module runs).
     *
     * @param events the runtime's file watcher
     */
    public void folderEvents(FolderEvents events) {
        this.folderEvents = events;
    }

    // ---- hot updates (s12b): require.cache inside an update's transaction

    /**
     * Who hears of the files {@code require} reaches from a module (CommonJS files and JSON, each
     * once, on the loop thread, before the file runs): hot updates watch them.
     *
     * @param listener told each file's path
     */
    public void onRequiredFile(java.util.function.Consumer<Path> listener) {
        this.requiredFiles = listener;
    }

    /**
     * The files whose {@code require.cache} entries a change of {@code changed} makes stale: the
     * changed files {@code require} knows and, transitively, every file that required one (their
     * {@code module.children}, as Node fills them, and ES modules through {@code createRequire}).
     *
     * @param changed changed files
     * @return the stale files, changed ones included (empty when {@code require} knows none)
     */
    public Set<Path> staleAfter(Collection<Path> changed) {
        Value stale = hot().getMember("staleAfter").execute(ProxyArray.fromList(
                changed.stream().map(p -> (Object) p.toString()).toList()));
        Set<Path> files = new java.util.LinkedHashSet<>();
        for (long i = 0; i < stale.getArraySize(); i++) {
            files.add(Path.of(stale.getArrayElement(i).asString()));
        }
        return files;
    }

    /**
     * The way a change travelled: from {@code changed} up its requirers to {@code requirer}.
     *
     * @return the files from {@code changed} to {@code requirer}, both included; empty when it does not reach it
     */
    public List<Path> requirePath(Path changed, Path requirer) {
        Value way = hot().getMember("requirePath").execute(changed.toString(), requirer.toString());
        List<Path> files = new ArrayList<>();
        for (long i = 0; i < way.getArraySize(); i++) {
            files.add(Path.of(way.getArrayElement(i).asString()));
        }
        return files;
    }

    /**
     * Opens an update's journal and drops the cache entries of {@code stale}: from now on every
     * entry replaced is kept until {@link #commitUpdate} or {@link #rollBackUpdate}.
     *
     * @param stale files to run again on their next require or import
     */
    public void beginUpdate(Collection<Path> stale) {
        hot().getMember("begin").execute(ProxyArray.fromList(stale.stream().map(p -> (Object) p.toString()).toList()));
    }

    /** {@return the CommonJS file whose body threw first since {@link #beginUpdate}, or null} */
    public Path updateThrower() {
        Value thrower = hot().getMember("thrower").execute();
        return thrower.isNull() ? null : Path.of(thrower.asString());
    }

    /**
     * The update committed: the new entries stay.
     *
     * @return the files that ran since {@link #beginUpdate}, each once, in the order they started
     */
    public Set<Path> commitUpdate() {
        Value ran = hot().getMember("commit").execute();
        Set<Path> files = new java.util.LinkedHashSet<>();
        for (long i = 0; i < ran.getArraySize(); i++) {
            files.add(Path.of(ran.getArrayElement(i).asString()));
        }
        return files;
    }

    /** The update failed: every entry it replaced or added goes back to what it was (old {@code module.exports}). */
    public void rollBackUpdate() {
        hot().getMember("rollBack").execute();
    }

    private Value hot() {
        return runtime.getMember("hot");
    }

    private interface FileOp {
        Object run() throws IOException;
    }

    private ProxyObject natives() {
        Map<String, Object> n = new HashMap<>();
        n.put("nodeBuiltins", ProxyArray.fromList(new ArrayList<>(NodeBuiltins.NODE)));
        n.put("providedBuiltins", ProxyArray.fromList(new ArrayList<>(NodeBuiltins.PROVIDED)));
        n.put("requiredFile", (ProxyExecutable) a -> {
            requiredFiles.accept(Path.of(a[0].asString()));
            return null;
        });
        n.put("setFail", (ProxyExecutable) a -> {
            fail = a[0];
            return null;
        });
        n.put("resolve", (ProxyExecutable) a -> {
            Path parent = a[1].isNull() ? null : Path.of(a[1].asString());
            try {
                return resolver.resolveRequire(a[0].asString(), parent, root).toString();
            } catch (ModuleResolutionError notFound) {
                return ProxyArray.fromArray(notFound.getMessage());
            }
        });
        n.put("format", (ProxyExecutable) a -> {
            Path path = Path.of(a[0].asString());
            String name = path.getFileName().toString();
            if (name.endsWith(".node")) {
                return "addon";
            }
            if (!name.endsWith(".js") && !name.endsWith(".mjs") && !name.endsWith(".cjs") && !name.endsWith(".json")) {
                return "commonjs"; // require treats any other extension as .js
            }
            return switch (ModuleFormat.ofRequired(path)) {
                case MODULE -> "module";
                case COMMONJS -> "commonjs";
                case JSON -> "json";
            };
        });
        n.put("requireModule", (ProxyExecutable) a -> {
            if (esModules == null) {
                return ProxyArray.fromArray("error", "ERR_REQUIRE_ESM", "require() of ES Module " + a[0].asString()
                        + " not supported here: this context has no module linker");
            }
            Value state = a[2];
            return outcome(esModules.require(Path.of(a[0].asString()), a[1].isNull() ? null : a[1].asString(),
                    path -> EsModuleRequire.CommonJsState.of(state.execute(path.toString()).asString())));
        });
        n.put("requiredModuleFacade", (ProxyExecutable) a -> outcome(esModules.facade(Path.of(a[0].asString()))));
        n.put("readModule", (ProxyExecutable) a -> file(() -> Files.readString(Path.of(a[0].asString())),
                "ENOENT", "open", a[0].asString(), false));
        n.put("compile", (ProxyExecutable) a -> compile(a[0].asString(), a[1].asString(), a[2].asBoolean()));
        n.put("vendorFile", (ProxyExecutable) a -> vendorFile(a[0].asString()));
        n.put("builtinSource", (ProxyExecutable) a -> {
            String name = a[0].asString();
            if (name.startsWith("vendor/")) {
                String file = vendorFile(name.substring(7));
                return file == null ? null : resource(WEBJARS + file);
            }
            return NodeBuiltins.provided(name) ? resource(RESOURCES + "node/" + name.replace('/', '-') + ".js") : null;
        });
        // process
        n.put("env", (ProxyExecutable) a -> {
            List<Object> pairs = new ArrayList<>();
            access.environment().forEach((k, v) -> {
                pairs.add(k);
                pairs.add(v);
            });
            return ProxyArray.fromList(pairs);
        });
        n.put("argv", ProxyArray.fromList(new ArrayList<>(argv)));
        n.put("cwd", (ProxyExecutable) a -> root.toString());
        n.put("pid", ProcessHandle.current().pid());
        n.put("exit", (ProxyExecutable) a -> {
            access.onExit().accept(a[0].asInt());
            return null;
        });
        n.put("hrtime", (ProxyExecutable) a -> (double) System.nanoTime());
        n.put("memory", (ProxyExecutable) a -> {
            Runtime r = Runtime.getRuntime();
            return ProxyArray.fromArray((double) r.totalMemory(), (double) r.totalMemory(),
                    (double) (r.totalMemory() - r.freeMemory()));
        });
        n.put("write", (ProxyExecutable) a -> {
            OutputStream stream = a[0].asInt() == 2 ? err : out;
            try {
                stream.write(a[1].asString().getBytes(a[2].asBoolean() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
                stream.flush();
            } catch (IOException closed) {
                // like a closed pipe: nothing to write to
            }
            return null;
        });
        // os
        n.put("os", (ProxyExecutable) a -> ProxyArray.fromArray(hostName(), System.getProperty("user.home"),
                System.getProperty("java.io.tmpdir"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                System.getProperty("user.name")));
        // crypto
        n.put("digest", (ProxyExecutable) a -> {
            try {
                MessageDigest digest = MessageDigest.getInstance(javaDigestName(a[0].asString()));
                return latin1(digest.digest(bytes(a[1])));
            } catch (NoSuchAlgorithmException unknown) {
                return null;
            }
        });
        n.put("hmac", (ProxyExecutable) a -> {
            try {
                String algorithm = "Hmac" + javaDigestName(a[0].asString()).replace("-", "");
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance(algorithm);
                byte[] key = bytes(a[1]);
                mac.init(new javax.crypto.spec.SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
                if (key.length == 0) {
                    mac = javax.crypto.Mac.getInstance(algorithm);
                    mac.init(new javax.crypto.spec.SecretKeySpec(new byte[mac.getMacLength()], algorithm));
                }
                return latin1(mac.doFinal(bytes(a[2])));
            } catch (NoSuchAlgorithmException | java.security.InvalidKeyException unknown) {
                return null;
            }
        });
        n.put("randomBytes", (ProxyExecutable) a -> {
            byte[] b = new byte[a[0].asInt()];
            random.nextBytes(b);
            return latin1(b);
        });
        n.put("randomUUID", (ProxyExecutable) a -> java.util.UUID.randomUUID().toString());
        // fs: (sync, args...) -> result; errors thrown as Node's fs errors
        n.put("fs", (ProxyExecutable) a -> fs(a));
        n.put("watch", (ProxyExecutable) a -> watch(a[0].asString(), a[1].asBoolean(), a[2].asBoolean(), a[3]));
        return ProxyObject.fromMap(n);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return "localhost";
        }
    }

    private static String javaDigestName(String node) {
        return switch (node.toLowerCase(java.util.Locale.ROOT)) {
            case "sha1", "sha-1" -> "SHA-1";
            case "sha256", "sha-256" -> "SHA-256";
            case "sha384", "sha-384" -> "SHA-384";
            case "sha512", "sha-512" -> "SHA-512";
            case "sha224", "sha-224" -> "SHA-224";
            case "md5" -> "MD5";
            default -> node;
        };
    }

    private static byte[] bytes(Value latin1) {
        return latin1.asString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private Value compile(String filename, String text, boolean builtin) {
        String body = text.startsWith("#!") ? "//" + text.substring(2) : text;
        int[] importCalls = builtin || dynamicImports == null ? new int[0] : ModuleTransformer.commonJsImportCalls(body);
        if (importCalls.length > 0) {
            return compileWithImportCalls(filename, body, importCalls);
        }
        String wrapper = "(function (exports, require, module, __filename, __dirname" + (builtin ? ", natives" : "")
                + ") { " + body + "\n})";
        Source.Builder source = Source.newBuilder("js", wrapper, filename);
        try {
            return context.eval(builtin ? source.buildLiteral() : source.uri(Path.of(filename).toUri()).buildLiteral());
        } catch (PolyglotException syntax) {
            throw syntax;
        }
    }

    /**
     * A CommonJS module that calls {@code import()}: each call's {@code import} keyword becomes a
     * parameter of an outer function (a name of the same length that the text does not hold, so
     * columns stay), bound to the linker's {@code import()} from this file ({@link #dynamicImportsWith}).
     */
    private Value compileWithImportCalls(String filename, String body, int[] importCalls) {
        String name = unusedSixLetterName(body);
        StringBuilder rewritten = new StringBuilder(body);
        for (int start : importCalls) {
            rewritten.replace(start, start + "import".length(), name);
        }
        String wrapper = "(function (" + name + ") { return function (exports, require, module, __filename, __dirname) { "
                + rewritten + "\n}; })";
        Path file = Path.of(filename);
        Value outer = context.eval(Source.newBuilder("js", wrapper, filename).uri(file.toUri()).buildLiteral());
        return outer.execute(dynamicImports.apply(file));
    }

    private static String unusedSixLetterName(String text) {
        for (int n = 0; ; n++) {
            String name = "$imp" + (char) ('a' + n / 26 % 26) + (char) ('a' + n % 26);
            if (!text.contains(name)) {
                return name;
            }
        }
    }

    /** One fs call: {@code [name, async, callback, ...args]}. */
    private Object fs(Value[] a) {
        String op = a[0].asString();
        boolean async = a[1].asBoolean();
        Value callback = a[2];
        String path = a.length > 3 && a[3].isString() ? a[3].asString() : null;
        FileOp work = fsOp(op, a);
        if (!async) {
            return file(work, null, op, path, true);
        }
        Runnable release = loop.keepAlive();
        FILE_POOL.execute(() -> {
            Object result;
            Object[] error = null;
            try {
                checkAccess(op, path, a);
                result = work.run();
            } catch (IOException | RuntimeException failed) {
                result = null;
                error = errorInfo(failed, op, path);
            }
            Object finalResult = result;
            Object[] finalError = error;
            try {
                loop.execute(() -> {
                    release.run();
                    callback.execute(finalError == null ? null : ProxyArray.fromArray(finalError), finalResult);
                });
            } catch (java.util.concurrent.RejectedExecutionException ended) {
                release.run();
            }
        });
        return null;
    }

    /**
     * {@code fs.watch}: events under {@code path} through the runtime's watcher, each posted to the
     * loop as {@code onEvent(type, filename)}; while {@code persistent} (and not unref'd) the watch
     * keeps the loop alive, as Node's ref'd handle. Inside the host's file-access limits: a denied
     * path fails with {@code EACCES}, a missing one with {@code ENOENT} (syscall {@code watch}).
     *
     * @return the handle: {@code close()}, {@code ref()}, {@code unref()}
     */
    private Object watch(String path, boolean recursive, boolean persistent, Value onEvent) {
        java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
        AutoCloseable subscription = (AutoCloseable) file(() -> {
            if (folderEvents == null) {
                throw new IOException("hmrc: no file watcher");
            }
            return folderEvents.watch(Path.of(path), recursive, event -> {
                try {
                    loop.execute(() -> {
                        if (open.get()) {
                            onEvent.execute(event.type(), event.filename());
                        }
                    });
                } catch (java.util.concurrent.RejectedExecutionException ended) {
                    // the program ended: nobody listens
                }
            });
        }, null, "watch", path, true);
        Runnable[] keepAlive = {persistent ? loop.keepAlive() : null};
        Map<String, Object> handle = new HashMap<>();
        handle.put("close", (ProxyExecutable) a -> {
            if (open.compareAndSet(true, false)) {
                try {
                    subscription.close();
                } catch (Exception closing) {
                    // nothing more to release
                }
                if (keepAlive[0] != null) {
                    keepAlive[0].run();
                    keepAlive[0] = null;
                }
            }
            return null;
        });
        handle.put("ref", (ProxyExecutable) a -> {
            if (open.get() && keepAlive[0] == null) {
                keepAlive[0] = loop.keepAlive();
            }
            return null;
        });
        handle.put("unref", (ProxyExecutable) a -> {
            if (keepAlive[0] != null) {
                keepAlive[0].run();
                keepAlive[0] = null;
            }
            return null;
        });
        return ProxyObject.fromMap(handle);
    }

    private void checkAccess(String op, String path, Value[] a) throws AccessDeniedException {
        if (path != null && !access.allows(Path.of(path))) {
            throw new AccessDeniedException(path);
        }
        if (op.equals("rename") || op.equals("copyFile")) {
            String target = a[4].asString();
            if (!access.allows(Path.of(target))) {
                throw new AccessDeniedException(target);
            }
        }
    }

    private FileOp fsOp(String op, Value[] a) {
        Path path = a.length > 3 && a[3].isString() ? Path.of(a[3].asString()) : null;
        return switch (op) {
            case "readFile" -> () -> latin1(Files.readAllBytes(path));
            case "readText" -> () -> Files.readString(path, StandardCharsets.UTF_8);
            case "writeFile" -> {
                byte[] data = bytes(a[4]);
                boolean append = a[5].asBoolean();
                yield () -> {
                    if (append) {
                        Files.write(path, data, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                    } else {
                        Files.write(path, data);
                    }
                    return null;
                };
            }
            case "stat", "lstat" -> () -> {
                BasicFileAttributes attributes = op.equals("lstat")
                        ? Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        : Files.readAttributes(path, BasicFileAttributes.class);
                int kind = attributes.isRegularFile() ? 1 : attributes.isDirectory() ? 2 : attributes.isSymbolicLink() ? 3 : 0;
                int mode = 0;
                try {
                    Object unixMode = Files.getAttribute(path, "unix:mode",
                            op.equals("lstat") ? new LinkOption[]{LinkOption.NOFOLLOW_LINKS} : new LinkOption[0]);
                    mode = ((Number) unixMode).intValue();
                } catch (UnsupportedOperationException | IllegalArgumentException | IOException noUnix) {
                    mode = kind == 2 ? 0040755 : 0100644;
                }
                return ProxyArray.fromArray(kind, (double) attributes.size(),
                        (double) attributes.lastModifiedTime().toMillis(), (double) attributes.lastAccessTime().toMillis(),
                        (double) attributes.creationTime().toMillis(), mode);
            };
            case "exists" -> () -> Files.exists(path);
            case "readdir" -> () -> {
                try (Stream<Path> entries = Files.list(path)) {
                    List<Object> names = new ArrayList<>();
                    entries.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
                    return ProxyArray.fromList(names);
                }
            };
            case "mkdir" -> {
                boolean recursive = a[4].asBoolean();
                yield () -> {
                    if (recursive) {
                        Path first = null;
                        for (Path p = path.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
                            first = p;
                        }
                        Files.createDirectories(path);
                        return first == null ? null : first.toString();
                    }
                    Files.createDirectory(path);
                    return null;
                };
            }
            case "rm" -> {
                boolean recursive = a[4].asBoolean();
                boolean force = a[5].asBoolean();
                yield () -> {
                    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                        if (force) {
                            return null;
                        }
                        throw new NoSuchFileException(path.toString());
                    }
                    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        if (!recursive) {
                            throw new IOException("EISDIR");
                        }
                        try (Stream<Path> walk = Files.walk(path)) {
                            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                                Files.delete(p);
                            }
                        }
                    } else {
                        Files.delete(path);
                    }
                    return null;
                };
            }
            case "unlink", "rmdir" -> () -> {
                if (op.equals("unlink") && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("EISDIR");
                }
                if (op.equals("rmdir") && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    throw new NotDirectoryException(path.toString());
                }
                Files.delete(path);
                return null;
            };
            case "rename" -> {
                Path target = Path.of(a[4].asString());
                yield () -> {
                    Files.move(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return null;
                };
            }
            case "copyFile" -> {
                Path target = Path.of(a[4].asString());
                yield () -> {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                    return null;
                };
            }
            case "realpath" -> () -> path.toRealPath().toString();
            case "access" -> () -> {
                if (!Files.exists(path)) {
                    throw new NoSuchFileException(path.toString());
                }
                return null;
            };
            default -> throw new IllegalArgumentException("hmrc: no fs operation " + op);
        };
    }

    /** Runs a file operation on the loop thread: its result, or the Node-style error thrown into JS. */
    private Object file(FileOp work, String code, String syscall, String path, boolean checked) {
        try {
            if (checked && path != null && !access.allows(Path.of(path))) {
                throw new AccessDeniedException(path);
            }
            return work.run();
        } catch (IOException | RuntimeException failed) {
            Object[] info = errorInfo(failed, syscall, path);
            fail.execute(info[0], info[1], info[2], info[3]);
            throw new IllegalStateException("fail returned");
        }
    }

    /** {@code [code, errno, syscall, path]} of Node's error for a failed NIO call. */
    private static Object[] errorInfo(Throwable failed, String op, String path) {
        String code;
        int errno;
        if (failed instanceof NoSuchFileException) {
            code = "ENOENT";
            errno = -2;
        } else if (failed instanceof AccessDeniedException) {
            code = "EACCES";
            errno = -13;
        } else if (failed instanceof FileAlreadyExistsException) {
            code = "EEXIST";
            errno = -17;
        } else if (failed instanceof DirectoryNotEmptyException) {
            code = "ENOTEMPTY";
            errno = -39;
        } else if (failed instanceof NotDirectoryException) {
            code = "ENOTDIR";
            errno = -20;
        } else if ("EISDIR".equals(failed.getMessage())) {
            code = "EISDIR";
            errno = -21;
        } else if (failed instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                && fse.getReason().contains("directory")) {
            code = "EISDIR";
            errno = -21;
        } else {
            code = "EIO";
            errno = -5;
        }
        String syscall = switch (op) {
            case "readFile", "readText", "writeFile" -> "open";
            case "readdir" -> "scandir";
            case "readModule" -> "open";
            default -> op;
        };
        return new Object[]{code, errno, syscall, path};
    }
}
