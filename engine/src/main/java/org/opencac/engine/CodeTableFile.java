package org.opencac.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencac.models.io.CacheFile;

/**
 * A table of strings per code, worked out once from the code set and kept in the models' cache directory, so
 * that a new process reads it instead of working it out again the first time each code is met. The file
 * names what it was built for (a key) and ends with a CRC-32 of its content; a file for another key, a
 * truncated or a damaged one is never used ({@link #read} throws).
 */
public final class CodeTableFile {
    private static final int MAGIC = 0x4f434354;   // "OCCT"
    private static final int FORMAT = 2;

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

    /** Writes the table for {@code key}, replacing the file whole (a checked {@link CacheFile}). */
    static void write(Path file, String key, Map<String, List<String>> table) throws IOException {
        CacheFile.writeChecked(file, MAGIC, FORMAT, out -> {
            out.writeUTF(key);
            out.writeInt(table.size());
            for (Map.Entry<String, List<String>> e : table.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (String v : e.getValue()) {
                    out.writeUTF(v);
                }
            }
        });
    }

    /**
     * The table {@link #write} wrote for {@code key}, in the order written.
     *
     * @throws IOException if the file is not such a table for that key: another format or key, truncated, or
     *                     its content does not match its CRC
     */
    static Map<String, List<String>> read(Path file, String key) throws IOException {
        return CacheFile.readChecked(file, MAGIC, FORMAT, "code table", in -> {
            if (!in.readUTF().equals(key)) {
                throw new IOException("code table built for other data or rules: " + file);
            }
            int n = in.readCount();
            Map<String, List<String>> table = new LinkedHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String code = in.readUTF();
                String[] values = new String[in.readCount()];
                for (int k = 0; k < values.length; k++) {
                    values[k] = in.readUTF();
                }
                table.put(code, List.of(values));
            }
            return table;
        });
    }
}
