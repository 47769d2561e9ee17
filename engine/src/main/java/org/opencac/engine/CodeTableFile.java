package org.opencac.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.opencac.models.io.AtomicFiles;

/**
 * A table of strings per code, worked out once from the code set and kept in the models' cache directory, so
 * that a new process reads it instead of working it out again the first time each code is met. The file
 * names what it was built for (a key) and ends with a CRC-32 of its content; a file for another key, a
 * truncated or a damaged one is never used ({@link #read} throws).
 */
public final class CodeTableFile {
    private static final int MAGIC = 0x4f434354;   // "OCCT"
    private static final int FORMAT = 1;

    private CodeTableFile() {
    }

    /**
     * A key naming what a table derives from: the given parts (the code set's version, what else the table
     * reads) and the bytecode of the classes whose logic builds it, so a changed rule never reads an old table.
     */
    public static String key(List<String> parts, List<Class<?>> logic) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("format " + FORMAT + "\n" + String.join("\n", parts)).getBytes(StandardCharsets.UTF_8));
            for (Class<?> c : logic) {
                String name = c.getName();
                try (InputStream in = c.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
                    if (in == null) {
                        throw new IllegalStateException("no class file for " + name);
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot name the table's sources", e);
        }
    }

    /**
     * The table kept in {@code file} for {@code key}, decoded; made with {@code build} and kept there first when
     * the file is missing, unreadable, made for another key, or names what {@code decode} rejects (it throws).
     * A table that cannot be kept is still returned (and made again at the next start).
     */
    public static <T> T readOrBuild(Path file, String key, java.util.function.Supplier<Map<String, List<String>>> build,
                             java.util.function.Function<Map<String, List<String>>, T> decode) {
        if (Files.exists(file)) {
            try {
                return decode.apply(read(file, key));
            } catch (IOException | RuntimeException e) {
                LOG.warn("rebuilding {}: it is unreadable ({})", file, e.getMessage());
            }
        }
        Map<String, List<String>> table = build.get();
        try {
            write(file, key, table);
            removeOthers(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not keep {} (it will be made again at the next start): {}", file, e.toString());
        }
        return decode.apply(table);
    }

    /**
     * Removes the tables of the same name made for other keys ({@code NAME-KEY.bin} beside {@code NAME-THIS.bin}):
     * a table made anew replaces them, so a cache directory keeps one of each.
     */
    private static void removeOthers(Path file) throws IOException {
        String name = file.getFileName().toString();
        String prefix = name.substring(0, name.lastIndexOf('-') + 1);
        try (var others = Files.newDirectoryStream(file.getParent(), prefix + "*.bin")) {
            for (Path other : others) {
                if (!other.getFileName().toString().equals(name)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CodeTableFile.class);

    /** Writes the table for {@code key}, replacing the file whole (written aside, then renamed). */
    static void write(Path file, String key, Map<String, List<String>> table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(key);
        out.writeInt(table.size());
        for (Map.Entry<String, List<String>> e : table.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().size());
            for (String v : e.getValue()) {
                out.writeUTF(v);
            }
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /**
     * The table {@link #write} wrote for {@code key}, in the order written.
     *
     * @throws IOException if the file is not such a table for that key: another format or key, truncated, or
     *                     its content does not match its CRC
     */
    static Map<String, List<String>> read(Path file, String key) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < 16) {
            throw new IOException("truncated");
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - Long.BYTES);
        if (ByteBuffer.wrap(all).getLong(all.length - Long.BYTES) != crc.getValue()) {
            throw new IOException("damaged: its content does not match its CRC");
        }
        ByteBuffer in = ByteBuffer.wrap(all, 0, all.length - Long.BYTES);
        try {
            if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
                throw new IOException("not a code table of format " + FORMAT);
            }
            if (!utf(in).equals(key)) {
                throw new IOException("built for other data or rules");
            }
            int n = in.getInt();
            if (n < 0) {
                throw new IOException("damaged: negative size");
            }
            Map<String, List<String>> table = new LinkedHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String code = utf(in);
                int m = in.getInt();
                if (m < 0) {
                    throw new IOException("damaged: negative size");
                }
                String[] values = new String[m];
                for (int k = 0; k < m; k++) {
                    values[k] = utf(in);
                }
                table.put(code, List.of(values));
            }
            if (in.hasRemaining()) {
                throw new IOException("trailing bytes");
            }
            return table;
        } catch (BufferUnderflowException e) {
            throw new IOException("truncated", e);
        }
    }

    /** Text written by {@link DataOutputStream#writeUTF}: an unsigned 16-bit length, then modified UTF-8. */
    private static String utf(ByteBuffer in) throws IOException {
        int length = Short.toUnsignedInt(in.getShort());
        int at = in.position();
        if (length > in.remaining()) {
            throw new IOException("truncated");
        }
        byte[] b = in.array();
        in.position(at + length);
        for (int i = at; i < at + length; i++) {
            if (b[i] < 0) {   // not ASCII: let the JDK decode modified UTF-8
                byte[] whole = new byte[2 + length];
                whole[0] = (byte) (length >> 8);
                whole[1] = (byte) length;
                System.arraycopy(b, at, whole, 2, length);
                return new DataInputStream(new ByteArrayInputStream(whole)).readUTF();
            }
        }
        return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }

}
