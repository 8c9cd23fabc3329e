package dev.hmrc.runtime.host;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A streamed request body on its way from the loop (which {@link #put}s chunks read from a JS
 * {@code ReadableStream}) to the JDK's HTTP client (which reads this stream on its own thread).
 * A chunk's {@code onConsumed} runs once the client has read all of it, which is when the loop
 * reads the next one: at most one chunk waits here at a time.
 *
 * <p>Mutable state: the queue (shared by the loop and the reading thread) and the chunk being
 * read (the reading thread's only).
 */
final class ChunkPipe extends InputStream {

    private record Chunk(byte[] bytes, Runnable onConsumed, Runnable onDropped, IOException failure) {
        static final Chunk END = new Chunk(new byte[0], () -> { }, () -> { }, null);
    }

    private final LinkedBlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
    private Chunk current;
    private int position;
    private volatile boolean ended;

    /** Queues a chunk (the loop); {@code onDropped} runs instead of {@code onConsumed} if the body is cut off. */
    void put(byte[] bytes, Runnable onConsumed, Runnable onDropped) {
        if (ended) {
            onDropped.run();
            return;
        }
        queue.add(new Chunk(bytes, onConsumed, onDropped, null));
    }

    /** Ends the body: normally ({@code failure} null) or cut off, failing the client's read. Once. */
    void end(IOException failure) {
        if (ended) {
            return;
        }
        ended = true;
        if (failure != null) {
            for (Chunk dropped; (dropped = queue.poll()) != null; ) {
                dropped.onDropped().run();
            }
            queue.add(new Chunk(new byte[0], () -> { }, () -> { }, failure));
        } else {
            queue.add(Chunk.END);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (current == null || position == current.bytes().length) {
            if (current != null) {
                if (current.failure() != null) {
                    throw current.failure();
                }
                if (current == Chunk.END) {
                    return -1;
                }
                current.onConsumed().run();
            }
            try {
                current = queue.take();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the request body");
            }
            position = 0;
        }
        int n = Math.min(length, current.bytes().length - position);
        System.arraycopy(current.bytes(), position, into, offset, n);
        position += n;
        return n;
    }
}
