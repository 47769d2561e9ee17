package org.opencac.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencac.models.codeset.icd10cm.AlphabeticIndexLoader;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.io.CacheFile;

/**
 * A compact binary copy of the parsed index trees (Alphabetic Index, Neoplasm and Drug tables) in the
 * cache directory, so later starts skip parsing 9 MB of XML. Each term keeps its normalized words, so
 * reading normalizes nothing; every distinct string is stored once ({@link StringTable}). Derived data,
 * keyed by the model fingerprint.
 */
final class IndexTreeCache {
    private static final int MAGIC = 0x0CAC1DE7;
    private static final int FORMAT = 2;

    private IndexTreeCache() {
    }

    static Path file(Path cacheDir, String fingerprint) {
        return cacheDir.resolve("index-trees-" + fingerprint + ".bin");
    }

    static void write(Path cacheDir, String fingerprint, AlphabeticIndexLoader.Trees trees) throws IOException {
        Files.createDirectories(cacheDir);
        CacheFile.write(file(cacheDir, fingerprint), MAGIC, FORMAT, out -> {
            out.writeUTF(trees.version());
            StringTable strings = new StringTable();
            writeList(strings, trees.mainTerms());
            writeTerm(strings, trees.neoplasms());
            writeList(strings, trees.drugs());
            strings.writeTo(out);
        });
    }

    static AlphabeticIndexLoader.Trees read(Path cacheDir, String fingerprint) throws IOException {
        return CacheFile.read(file(cacheDir, fingerprint), MAGIC, FORMAT, "index tree cache", in -> {
            String version = in.readUTF();
            StringTable.Reader strings = StringTable.read(in);
            List<IndexTerm> main = readList(strings);
            IndexTerm neo = readTerm(strings);
            List<IndexTerm> drugs = readList(strings);
            return new AlphabeticIndexLoader.Trees(version, main, neo, drugs);
        });
    }

    private static void writeList(StringTable strings, List<IndexTerm> terms) throws IOException {
        strings.body.writeInt(terms.size());
        for (IndexTerm t : terms) {
            writeTerm(strings, t);
        }
    }

    /** A term with its normalized words, so reading it normalizes nothing. */
    private static void writeTerm(StringTable strings, IndexTerm t) throws IOException {
        strings.write(t.title());
        strings.writeList(t.words());
        strings.writeList(t.modifiers());
        strings.writeList(t.modifierWords());
        strings.write(t.code());
        strings.write(t.manif());
        strings.body.writeByte(t.cells().size());
        // by column: the term's map (Map.copyOf) iterates in an order that changes from one JVM to the next
        for (Map.Entry<Integer, String> c : new java.util.TreeMap<>(t.cells()).entrySet()) {
            strings.body.writeByte(c.getKey());
            strings.write(c.getValue());
        }
        strings.writeList(t.see());
        strings.writeList(t.seeAlso());
        writeList(strings, t.children());
    }

    private static IndexTerm readTerm(StringTable.Reader strings) throws IOException {
        String title = strings.read();
        List<String> words = strings.readList();
        List<String> modifiers = strings.readList();
        List<String> modifierWords = strings.readList();
        String code = strings.read();
        String manif = strings.read();
        int n = strings.in.readByte();
        Map<Integer, String> cells = n == 0 ? Map.of() : new HashMap<>();
        for (int i = 0; i < n; i++) {
            int col = strings.in.readByte();
            cells.put(col, strings.read());
        }
        List<String> see = strings.readList();
        List<String> seeAlso = strings.readList();
        return new IndexTerm(title, words, modifiers, modifierWords, code, manif, cells, see, seeAlso,
                readList(strings));
    }

    private static List<IndexTerm> readList(StringTable.Reader strings) throws IOException {
        int n = strings.in.readInt();
        if (n == 0) {
            return List.of();
        }
        List<IndexTerm> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readTerm(strings));
        }
        return out;
    }
}
