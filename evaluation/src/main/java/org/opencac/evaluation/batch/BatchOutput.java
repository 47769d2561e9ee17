package org.opencac.evaluation.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The JSON Lines output of a batch. Opening it drops a torn last line (one without its newline,
 * left by a crash) and collects the ids already written; {@link #append} writes one whole line and
 * buffers, under a lock, so lines from several threads never interleave.
 */
final class BatchOutput implements Closeable {
    private final BufferedWriter writer;
    private final Set<String> finished;

    private BatchOutput(BufferedWriter writer, Set<String> finished) {
        this.writer = writer;
        this.finished = finished;
    }

    static BatchOutput open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.exists(file)) {
                dropTornLine(file);
            }
            Set<String> finished = Files.exists(file) ? ids(file) : new HashSet<>();
            BufferedWriter writer = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND), StandardCharsets.UTF_8), 1 << 16);
            return new BatchOutput(writer, finished);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open batch output " + file, e);
        }
    }

    /** Ids that already have a line, coded or failed. */
    Set<String> finished() {
        return Set.copyOf(finished);
    }

    /**
     * Appends one whole line. Lines are buffered (64 KB), not flushed one by one: a crash loses at most
     * the buffered lines (and may tear the last one), and a rerun codes those notes again.
     */
    synchronized void append(String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to batch output", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    private static void dropTornLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                channel.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                channel.truncate(keep);
            }
        }
    }

    private static Set<String> ids(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            if (node != null && node.path("id").isTextual()) {
                ids.add(node.get("id").asText());
            }
        }
        return ids;
    }
}
