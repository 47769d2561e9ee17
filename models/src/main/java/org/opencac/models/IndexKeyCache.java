package org.opencac.models;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.AlphabeticIndexLoader;
import org.opencac.models.io.BytesInput;
import org.opencac.models.io.CacheFile;

/**
 * The Alphabetic Index's key tables ({@link AlphabeticIndex.Tables}: every main-term key, alias and first word of a
 * longer key with its main terms by number, the look-up filter's slots, the drug keys, and every printed code as
 * carried to the code set) kept in the cache directory beside the index trees, so that a start reads them instead of
 * normalizing every main-term title, carrying every printed code and filling the filter again. Derived data, keyed by
 * the model fingerprint (which covers the trees' files, the code set, the conversion table and the classes that
 * derive the tables); a file of another format, of other trees, or one that does not read to its end marker is
 * ignored and rewritten.
 */
final class IndexKeyCache {
    private static final int MAGIC = 0x0CAC1DE4;
    private static final int FORMAT = 1;

    private IndexKeyCache() {
    }

    static Path file(Path cacheDir, String fingerprint) {
        return cacheDir.resolve("index-keys-" + fingerprint + ".bin");
    }

    /** Writes the index's tables, complete or not at all (written aside, then renamed). */
    static void write(Path cacheDir, String fingerprint, AlphabeticIndex index) throws IOException {
        Files.createDirectories(cacheDir);
        AlphabeticIndex.Tables t = index.tables();
        CacheFile.write(file(cacheDir, fingerprint), MAGIC, FORMAT, out -> {
            out.writeInt(index.mainTerms().size());   // the trees the term numbers refer to
            out.writeInt(index.drugs().size());
            StringTable strings = new StringTable();
            DataOutputStream body = strings.body;
            body.writeInt(t.keys().length);
            for (int k = 0; k < t.keys().length; k++) {
                strings.write(t.keys()[k]);
                body.writeByte(t.keyFlags()[k]);
                body.writeInt(t.keyTerms()[k].length);
                for (int place : t.keyTerms()[k]) {
                    body.writeInt(place);
                }
            }
            body.writeInt(t.maxKeyWords());
            body.writeInt(t.filterSlots().length);
            body.write(t.filterSlots());
            body.writeInt(t.drugKeys().length);
            for (int d = 0; d < t.drugKeys().length; d++) {
                strings.write(t.drugKeys()[d]);
                body.writeInt(t.drugTerms()[d]);
            }
            body.writeInt(t.printed().length);
            for (int p = 0; p < t.printed().length; p++) {
                strings.write(t.printed()[p]);
                body.writeByte(t.carried()[p]);
                strings.write(t.carriedTo()[p]);
            }
            AlphabeticIndex.Report r = t.report();
            for (int v : new int[] {r.mainTerms(), r.subterms(), r.codedEntries(), r.codes(), r.billable(),
                    r.headers(), r.replaced(), r.unknown()}) {
                body.writeInt(v);
            }
            strings.writeTo(out);
        });
    }

    /**
     * The index over {@code trees} with the cached tables.
     *
     * @throws IOException when the file is of another format, of other trees, or does not read to its end
     */
    static AlphabeticIndex read(Path cacheDir, String fingerprint, AlphabeticIndexLoader.Trees trees) throws IOException {
        Path file = file(cacheDir, fingerprint);
        try {
            AlphabeticIndex.Tables tables = CacheFile.read(file, MAGIC, FORMAT, "index key cache",
                    in -> readTables(in, file, trees));
            return new AlphabeticIndex(trees.version(), trees.mainTerms(), trees.neoplasms(), trees.drugs(), tables);
        } catch (IllegalArgumentException e) {
            throw new IOException("index key cache does not hold together: " + e.getMessage(), e);
        }
    }

    private static AlphabeticIndex.Tables readTables(BytesInput in, Path file, AlphabeticIndexLoader.Trees trees)
            throws IOException {
        if (in.readInt() != trees.mainTerms().size() || in.readInt() != trees.drugs().size()) {
            throw new IOException("an index key cache of other trees: " + file);
        }
        StringTable.Reader strings = StringTable.read(in);
        int n = in.readCount();
        String[] keys = new String[n];
        byte[] flags = new byte[n];
        int[][] terms = new int[n][];
        int mains = trees.mainTerms().size();
        for (int k = 0; k < n; k++) {
            keys[k] = strings.read();
            flags[k] = in.readByte();
            int[] places = new int[in.readCount()];
            for (int t = 0; t < places.length; t++) {
                places[t] = place(in, mains);
            }
            terms[k] = places;
        }
        int maxKeyWords = in.readInt();
        byte[] slots = in.readBytes(in.readCount());
        int drugCount = in.readCount();
        String[] drugKeys = new String[drugCount];
        int[] drugTerms = new int[drugCount];
        for (int d = 0; d < drugCount; d++) {
            drugKeys[d] = strings.read();
            drugTerms[d] = place(in, trees.drugs().size());
        }
        int printedCount = in.readCount();
        String[] printed = new String[printedCount];
        byte[] carried = new byte[printedCount];
        String[] carriedTo = new String[printedCount];
        int statuses = org.opencac.models.codeset.icd10cm.CodeCarrier.Status.values().length;
        for (int p = 0; p < printedCount; p++) {
            printed[p] = strings.read();
            carried[p] = in.readByte();
            if (carried[p] < 0 || carried[p] >= statuses) {
                throw new IOException("bad carried status " + carried[p] + " in " + file);
            }
            carriedTo[p] = strings.read();
        }
        AlphabeticIndex.Report report = new AlphabeticIndex.Report(in.readInt(), in.readInt(), in.readInt(),
                in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
        return new AlphabeticIndex.Tables(keys, terms, flags, maxKeyWords, slots, drugKeys, drugTerms, printed, carried,
                carriedTo, report);
    }

    private static int place(BytesInput in, int size) throws IOException {
        int p = in.readInt();
        if (p < 0 || p >= size) {
            throw new IOException("bad term number " + p);
        }
        return p;
    }
}
