package org.opencac.models;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencac.models.codeset.icd10cm.AlphabeticIndexLoader;
import org.opencac.models.codeset.icd10cm.IndexTerm;

/**
 * A compact binary copy of the parsed index trees (Alphabetic Index, Neoplasm and Drug tables) in the
 * cache directory, so later starts skip parsing 9 MB of XML. Derived data, keyed by the model fingerprint.
 */
final class IndexTreeCache {
    private static final int MAGIC = 0x0CAC1DE7;
    private static final int FORMAT = 1;

    private IndexTreeCache() {
    }

    static Path file(Path cacheDir, String fingerprint) {
        return cacheDir.resolve("index-trees-" + fingerprint + ".bin");
    }

    static void write(Path cacheDir, String fingerprint, AlphabeticIndexLoader.Trees trees) throws IOException {
        Files.createDirectories(cacheDir);
        Path target = file(cacheDir, fingerprint);
        Path tmp = Files.createTempFile(cacheDir, "trees", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(trees.version());
            writeList(out, trees.mainTerms());
            writeTerm(out, trees.neoplasms());
            writeList(out, trees.drugs());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static AlphabeticIndexLoader.Trees read(Path cacheDir, String fingerprint) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(file(cacheDir, fingerprint)), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not an index tree cache of this format");
            }
            String version = in.readUTF();
            List<IndexTerm> main = readList(in);
            IndexTerm neo = readTerm(in);
            return new AlphabeticIndexLoader.Trees(version, main, neo, readList(in));
        }
    }

    private static void writeList(DataOutputStream out, List<IndexTerm> terms) throws IOException {
        out.writeInt(terms.size());
        for (IndexTerm t : terms) {
            writeTerm(out, t);
        }
    }

    private static void writeTerm(DataOutputStream out, IndexTerm t) throws IOException {
        out.writeUTF(t.title());
        writeStrings(out, t.modifiers());
        writeNullable(out, t.code());
        writeNullable(out, t.manif());
        out.writeByte(t.cells().size());
        for (Map.Entry<Integer, String> c : t.cells().entrySet()) {
            out.writeByte(c.getKey());
            out.writeUTF(c.getValue());
        }
        writeStrings(out, t.see());
        writeStrings(out, t.seeAlso());
        writeList(out, t.children());
    }

    private static IndexTerm readTerm(DataInputStream in) throws IOException {
        String title = in.readUTF();
        List<String> modifiers = readStrings(in);
        String code = readNullable(in);
        String manif = readNullable(in);
        int n = in.readByte();
        Map<Integer, String> cells = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int col = in.readByte();
            cells.put(col, in.readUTF());
        }
        List<String> see = readStrings(in);
        List<String> seeAlso = readStrings(in);
        return new IndexTerm(title, modifiers, code, manif, cells, see, seeAlso, readList(in));
    }

    private static List<IndexTerm> readList(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<IndexTerm> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readTerm(in));
        }
        return out;
    }

    private static void writeStrings(DataOutputStream out, List<String> s) throws IOException {
        out.writeShort(s.size());
        for (String x : s) {
            out.writeUTF(x);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readShort();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
