package org.opencac.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.hcpcs.HcpcsCode;
import org.opencac.models.codeset.hcpcs.HcpcsCodeSet;
import org.opencac.models.codeset.hcpcs.HcpcsFileLoader;
import org.opencac.models.codeset.hcpcs.HcpcsRecordLayout;
import org.opencac.models.io.BytesInput;
import org.opencac.models.io.CacheFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled HCPCS file's codes kept in the cache directory as plain records (code, descriptors, terminated),
 * so that a start reads them instead of decompressing the CMS file and parsing its fixed-width lines. Derived
 * data, as the models' snapshot: keyed by a fingerprint of the bundled file, its layout and the classes that read
 * and write it, written aside then renamed, and read again from the CMS file (then rewritten) when it is absent,
 * of another format, or does not read to its end.
 */
public final class HcpcsCache {
    private static final Logger LOG = LoggerFactory.getLogger(HcpcsCache.class);
    private static final int MAGIC = 0x0CAC4C02;
    private static final int FORMAT = 1;
    private static final String PREFIX = "hcpcs-";
    private static final List<Class<?>> DERIVERS = List.of(HcpcsCache.class, HcpcsFileLoader.class,
            HcpcsRecordLayout.class, HcpcsCode.class, BytesInput.class);

    private HcpcsCache() {
    }

    /** The bundled HCPCS code set, from the cache under {@code cacheDir} when it holds it, else read and cached. */
    public static HcpcsCodeSet loadBundled(Path cacheDir) {
        String fingerprint = fingerprint();
        Path file = file(cacheDir, fingerprint);
        if (Files.isRegularFile(file)) {
            try {
                return read(file).codeSet();
            } catch (IOException | RuntimeException e) {
                LOG.warn("ignoring unreadable HCPCS cache {}: {}", file, e.toString());
            }
        }
        HcpcsFileLoader.Records records = HcpcsFileLoader.loadBundledRecords();
        try {
            write(file, records);
            ModelBundle.pruneStale(cacheDir, fingerprint, List.of(PREFIX));   // earlier builds' HCPCS caches
        } catch (IOException e) {
            LOG.warn("could not write the HCPCS cache to {}: {}", cacheDir, e.toString());
        }
        return records.codeSet();
    }

    static Path file(Path cacheDir, String fingerprint) {
        return cacheDir.resolve(PREFIX + fingerprint + ".bin");
    }

    /** A CRC over the bundled file, its layout and the deriving classes (as {@link ModelBundle#fingerprint()}). */
    static String fingerprint() {
        CRC32 crc = new CRC32();
        try {
            for (String r : List.of(HcpcsFileLoader.BUNDLED_FILE, HcpcsFileLoader.BUNDLED_LAYOUT)) {
                URL data = HcpcsCache.class.getResource("/org/opencac/models/" + r);
                if (data == null) {
                    throw new IllegalStateException("bundled resource missing from the build: " + r);
                }
                ModelBundle.add(crc, data);
            }
            for (Class<?> c : DERIVERS) {
                ModelBundle.add(crc, c.getResource(c.getSimpleName() + ".class"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Long.toHexString(crc.getValue());
    }

    /** Writes the records, complete or not at all (written aside, then renamed). */
    static void write(Path target, HcpcsFileLoader.Records records) throws IOException {
        Files.createDirectories(target.getParent());
        CacheFile.write(target, MAGIC, FORMAT, out -> {
            out.writeUTF(records.version().release());
            out.writeInt(records.codes().size());
            for (HcpcsCode c : records.codes()) {
                out.writeUTF(c.code());
                out.writeUTF(c.longDescription());
                out.writeUTF(c.shortDescription());
                out.writeBoolean(c.terminated());
            }
        });
    }

    static HcpcsFileLoader.Records read(Path file) throws IOException {
        return CacheFile.read(file, MAGIC, FORMAT, "HCPCS cache", in -> readRecords(in, file));
    }

    private static HcpcsFileLoader.Records readRecords(BytesInput in, Path file) throws IOException {
        CodeSetVersion version = new CodeSetVersion(CodeSystem.HCPCS, in.readUTF());
        int n = in.readInt();
        if (n <= 0) {
            throw new IOException("bad code count " + n + " in " + file);
        }
        List<HcpcsCode> codes = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            codes.add(new HcpcsCode(in.readUTF(), in.readUTF(), in.readUTF(), in.readBoolean()));
        }
        return new HcpcsFileLoader.Records(version, List.copyOf(codes));
    }
}
