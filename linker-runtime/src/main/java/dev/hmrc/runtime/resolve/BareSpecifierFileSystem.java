package dev.hmrc.runtime.resolve;

import dev.hmrc.transformer.ModuleSyntaxError;
import dev.hmrc.transformer.typescript.TypeStripper;
import org.graalvm.polyglot.io.FileSystem;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;

/**
 * The polyglot file system of the plain mode (GraalJS's own module loader): the host's
 * files, plus bare specifiers ({@code lodash-es}, {@code pkg/sub}) mapped through
 * {@link SpecifierResolver}'s node_modules resolution. GraalJS hands a bare specifier to
 * {@link #parsePath(String)} without the importing module, so bare specifiers resolve
 * from one base folder here; {@link PlainModeLookup} resolves them from the importer first
 * (nested {@code node_modules}, as the hmrc linker does), and this covers what it leaves
 * to GraalJS (for example a bare specifier of the entry itself). TypeScript files
 * ({@code .ts}, {@code .mts}, {@code .cts}) read as their types stripped ({@link TypeStripper}).
 */
public final class BareSpecifierFileSystem implements FileSystem {
    /** The built-in module's specifier that {@link PlainModeLookup} maps to {@link #HTTP_BUILTIN_PATH}. */
    static final String HTTP_BUILTIN_SPECIFIER = "hmr:http";
    /**
     * Where the plain mode finds the {@code hmr:http} built-in: a path no disk has, whose text
     * ({@code HttpHost.SOURCE}) this file system serves.
     */
    static final String HTTP_BUILTIN_PATH = "/hmrc:builtin/hmr-http.mjs";

    /** Where the plain mode finds virtual modules: paths under it are served by {@link #virtualModules}. */
    public static final String VIRTUAL_PREFIX = "/hmrc:";

    private final byte[] httpBuiltin;
    /** Host modules' texts (Java-backed modules) by the virtual path {@link #hostModulePath} gives. */
    private final java.util.Map<String, byte[]> hostModules = new java.util.HashMap<>();
    /** The text of a virtual module by path (CommonJS facades, node: built-ins), or null; set once the context exists. */
    private volatile java.util.function.Function<String, String> virtualModules = path -> null;
    private final java.util.concurrent.ConcurrentHashMap<String, byte[]> virtualTexts = new java.util.concurrent.ConcurrentHashMap<>();
    private final FileSystem host = FileSystem.newDefaultFileSystem();
    private final SpecifierResolver resolver = new SpecifierResolver();
    private final Path baseFolder;

    /**
     * The host's files, with bare specifiers resolved from {@code baseFolder}.
     *
     * @param baseFolder the folder bare specifiers are resolved from
     */
    public BareSpecifierFileSystem(Path baseFolder) {
        this(baseFolder, "");
    }

    /**
     * The host's files, with bare specifiers resolved from {@code baseFolder}, and the
     * {@code hmr:http} built-in's text at {@link #HTTP_BUILTIN_PATH}.
     *
     * @param baseFolder the folder bare specifiers are resolved from
     * @param httpBuiltinSource the source of the {@code hmr:http} module
     */
    public BareSpecifierFileSystem(Path baseFolder, String httpBuiltinSource) {
        this.baseFolder = baseFolder.toAbsolutePath();
        this.httpBuiltin = httpBuiltinSource.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The host's files, the {@code hmr:http} built-in, and host modules (Java-backed modules):
     * the source of each specifier of {@code hostModuleSources} at {@link #hostModulePath}.
     *
     * @param baseFolder        the folder bare specifiers are resolved from
     * @param httpBuiltinSource the source of the {@code hmr:http} module
     * @param hostModuleSources specifier → module source
     */
    public BareSpecifierFileSystem(Path baseFolder, String httpBuiltinSource, java.util.Map<String, String> hostModuleSources) {
        this(baseFolder, httpBuiltinSource);
        hostModuleSources.forEach((specifier, source) -> hostModules.put(hostModulePath(specifier),
                source.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * {@return where the plain mode finds the host module {@code specifier}: a path no disk has}
     *
     * @param specifier the host module's specifier, e.g. {@code java:config}
     */
    public static String hostModulePath(String specifier) {
        return "/hmrc:host/" + java.net.URLEncoder.encode(specifier, java.nio.charset.StandardCharsets.UTF_8) + ".mjs";
    }

    /**
     * Serves virtual modules: paths under {@link #VIRTUAL_PREFIX} other than the {@code hmr:http} built-in's.
     *
     * @param texts the text of a virtual module by its path, or null for none
     */
    public void serveVirtualModules(java.util.function.Function<String, String> texts) {
        this.virtualModules = texts;
    }

    private boolean isBuiltin(Path path) {
        return virtualBytes(path) != null;
    }

    private byte[] virtualBytes(Path path) {
        String name = path.toString();
        if (name.equals(HTTP_BUILTIN_PATH)) {
            return httpBuiltin;
        }
        byte[] hostModule = hostModules.get(name);
        if (hostModule != null) {
            return hostModule;
        }
        if (!name.startsWith(VIRTUAL_PREFIX)) {
            return null;
        }
        byte[] known = virtualTexts.get(name);
        if (known != null) {
            return known;
        }
        String text = virtualModules.apply(name);
        if (text == null) {
            return null;
        }
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        virtualTexts.put(name, bytes);
        return bytes;
    }

    @Override
    public Path parsePath(URI uri) {
        return host.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        if (isBare(path)) {
            try {
                return resolver.resolve(path, null, baseFolder);
            } catch (ModuleResolutionError notFound) {
                return host.parsePath(path); // GraalJS then reports the missing module itself
            }
        }
        return host.parsePath(path);
    }

    private static boolean isBare(String specifier) {
        return !specifier.isEmpty() && !specifier.startsWith("/") && !specifier.startsWith("./")
                && !specifier.startsWith("../") && !specifier.equals(".") && !specifier.equals("..")
                && !specifier.contains(":");
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (isBuiltin(path)) {
            if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
                throw new java.nio.file.AccessDeniedException(path.toString());
            }
            return;
        }
        host.checkAccess(path, modes, linkOptions);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        host.createDirectory(dir, attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        host.delete(path);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        if (isBuiltin(path)) {
            if (options.contains(java.nio.file.StandardOpenOption.WRITE) || options.contains(java.nio.file.StandardOpenOption.APPEND)) {
                throw new java.nio.file.AccessDeniedException(path.toString());
            }
            return new ReadOnlyChannel(virtualBytes(path));
        }
        if (TypeStripper.isTypeScriptFile(path.toString()) && !options.contains(java.nio.file.StandardOpenOption.WRITE)
                && !options.contains(java.nio.file.StandardOpenOption.APPEND)) {
            return new ReadOnlyChannel(strippedTypeScript(path));
        }
        return host.newByteChannel(path, options, attrs);
    }

    /**
     * A TypeScript file as GraalJS's loader reads it: its types stripped, lines and columns
     * kept. A construct that cannot be stripped fails the read with the stripper's message.
     */
    private static byte[] strippedTypeScript(Path path) throws IOException {
        String source = java.nio.file.Files.readString(path, java.nio.charset.StandardCharsets.UTF_8);
        try {
            return TypeStripper.strip(source, path.toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (ModuleSyntaxError notStrippable) {
            throw new IOException(notStrippable.getMessage());
        }
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        return host.newDirectoryStream(dir, filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return host.toAbsolutePath(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        if (isBuiltin(path)) {
            return path;
        }
        return host.toRealPath(path, linkOptions);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        if (isBuiltin(path)) {
            java.nio.file.attribute.FileTime epoch = java.nio.file.attribute.FileTime.fromMillis(0);
            Map<String, Object> all = new java.util.HashMap<>();
            all.put("size", (long) virtualBytes(path).length);
            all.put("isRegularFile", true);
            all.put("isDirectory", false);
            all.put("isSymbolicLink", false);
            all.put("isOther", false);
            all.put("lastModifiedTime", epoch);
            all.put("lastAccessTime", epoch);
            all.put("creationTime", epoch);
            all.put("fileKey", null);
            return all;
        }
        return host.readAttributes(path, attributes, options);
    }

    /** A read-only channel over bytes in memory (the built-in's text). */
    private static final class ReadOnlyChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private int position;
        private boolean open = true;

        ReadOnlyChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(java.nio.ByteBuffer dst) throws IOException {
            if (!open) {
                throw new java.nio.channels.ClosedChannelException();
            }
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, position, n);
            position += n;
            return n;
        }

        @Override
        public int write(java.nio.ByteBuffer src) throws IOException {
            throw new java.nio.channels.NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) Math.min(newPosition, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new java.nio.channels.NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
