package dev.hmrc.runtime.resolve;

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
 * to GraalJS (for example a bare specifier of the entry itself).
 */
public final class BareSpecifierFileSystem implements FileSystem {
    private final FileSystem host = FileSystem.newDefaultFileSystem();
    private final SpecifierResolver resolver = new SpecifierResolver();
    private final Path baseFolder;

    /**
     * The host's files, with bare specifiers resolved from {@code baseFolder}.
     *
     * @param baseFolder the folder bare specifiers are resolved from
     */
    public BareSpecifierFileSystem(Path baseFolder) {
        this.baseFolder = baseFolder.toAbsolutePath();
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
        return host.newByteChannel(path, options, attrs);
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
        return host.toRealPath(path, linkOptions);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return host.readAttributes(path, attributes, options);
    }
}
