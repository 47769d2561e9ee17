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
import org.opencac.models.codeset.Chapter;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.codeset.SeventhCharacter;
import org.opencac.models.lexicon.Lexicon;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/**
 * A binary copy of the loaded code set and lexicon in the cache directory, so later starts skip parsing
 * the publishers' files (the start-up cost). It is derived data: written after a full load, keyed by a
 * fingerprint of the bundled files, and ignored (then rewritten) when anything about it is off.
 */
final class ModelSnapshot {
    private static final int MAGIC = 0x0CAC5EED;
    private static final int FORMAT = 3;

    private ModelSnapshot() {
    }

    static Path codesFile(Path cacheDir, String fingerprint) {
        return cacheDir.resolve("codes-" + fingerprint + ".bin");
    }

    static Path lexiconFile(Path cacheDir, String fingerprint) {
        return cacheDir.resolve("lexicon-" + fingerprint + ".bin");
    }

    /** Writes both files; each is complete or absent (written aside, then renamed). */
    static void write(Path cacheDir, String fingerprint, CodeSet codeSet, Lexicon lexicon) throws IOException {
        Files.createDirectories(cacheDir);
        writeAtomically(lexiconFile(cacheDir, fingerprint), out -> writeLexicon(out, lexicon));
        writeAtomically(codesFile(cacheDir, fingerprint), out -> writeCodes(out, codeSet));
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Writer writer) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "snapshot", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writer.write(out);
            out.writeInt(MAGIC);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeCodes(DataOutputStream out, CodeSet codeSet) throws IOException {
        out.writeUTF(codeSet.version().system().name());
        out.writeUTF(codeSet.version().release());
        CodeSet.LoadReport r = codeSet.report();
        for (int v : new int[] {r.codes(), r.billable(), r.codesWithNotesSource(), r.codesInheritingNotes(),
                r.codesWithoutAncestor()}) {
            out.writeInt(v);
        }
        out.writeInt(codeSet.chapters().size());
        for (Chapter ch : codeSet.chapters()) {
            out.writeUTF(ch.number());
            out.writeUTF(ch.title());
            writeNotes(out, ch.notes());
            out.writeInt(ch.blocks().size());
            for (Chapter.Block b : ch.blocks()) {
                out.writeUTF(b.id());
                out.writeUTF(b.first());
                out.writeUTF(b.last());
                out.writeUTF(b.title());
                writeNotes(out, b.notes());
            }
        }
        Map<List<SeventhCharacter>, Integer> seventhTable = new java.util.LinkedHashMap<>();
        for (Code c : codeSet.all()) {
            seventhTable.putIfAbsent(c.seventhCharacters(), seventhTable.size());
        }
        out.writeInt(seventhTable.size());
        for (List<SeventhCharacter> list : seventhTable.keySet()) {
            out.writeInt(list.size());
            for (SeventhCharacter sc : list) {
                out.writeChar(sc.value());
                out.writeUTF(sc.meaning());
            }
        }
        out.writeInt(codeSet.size());
        for (Code c : codeSet.all()) {
            out.writeUTF(c.code());
            out.writeUTF(c.title());
            out.writeBoolean(c.billable());
            out.writeUTF(c.parent() == null ? "" : c.parent());
            out.writeUTF(c.blockId());
            out.writeUTF(c.chapter());
            writeNotes(out, c.notes());
            out.writeInt(seventhTable.get(c.seventhCharacters()));
        }
    }

    /** The lexicon by key; a term's text is not kept (its key stands for it once matching is built). */
    private static void writeLexicon(DataOutputStream out, Lexicon lexicon) throws IOException {
        out.writeInt(lexicon.keyCount());
        for (Map.Entry<String, List<Term>> e : lexicon.entries().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().size());
            for (Term t : e.getValue()) {
                out.writeUTF(t.code());
                out.writeByte(t.source().ordinal());
            }
        }
    }

    /**
     * What a snapshot holds.
     *
     * @param codeSet the code set
     * @param lexicon the lexicon
     */
    record Loaded(CodeSet codeSet, Lexicon lexicon) {
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static <T> T read(Path file, Reader<T> reader) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not a snapshot of this format: " + file);
            }
            T value = reader.read(in);
            if (in.readInt() != MAGIC) {
                throw new IOException("truncated snapshot: " + file);
            }
            return value;
        }
    }

    /** Reads the two files in parallel. */
    static Loaded read(Path cacheDir, String fingerprint) throws IOException {
        java.util.concurrent.CompletableFuture<Lexicon> lexicon = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return read(lexiconFile(cacheDir, fingerprint), ModelSnapshot::readLexicon);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CodeSet codeSet = read(codesFile(cacheDir, fingerprint), ModelSnapshot::readCodes);
        try {
            return new Loaded(codeSet, lexicon.join());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
    }

    static boolean exists(Path cacheDir, String fingerprint) {
        return Files.isRegularFile(codesFile(cacheDir, fingerprint)) && Files.isRegularFile(lexiconFile(cacheDir, fingerprint));
    }

    private static CodeSet readCodes(DataInputStream in) throws IOException {
        CodeSetVersion version = new CodeSetVersion(CodeSystem.valueOf(in.readUTF()), in.readUTF());
        CodeSet.LoadReport report = new CodeSet.LoadReport(in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                in.readInt());
        int chapterCount = in.readInt();
        List<Chapter> chapters = new ArrayList<>(chapterCount);
        for (int i = 0; i < chapterCount; i++) {
            String number = in.readUTF();
            String title = in.readUTF();
            List<InstructionalNote> notes = readNotes(in);
            int blockCount = in.readInt();
            List<Chapter.Block> blocks = new ArrayList<>(blockCount);
            for (int b = 0; b < blockCount; b++) {
                blocks.add(new Chapter.Block(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), readNotes(in)));
            }
            chapters.add(new Chapter(number, title, blocks, notes));
        }
        int tableSize = in.readInt();
        List<List<SeventhCharacter>> seventhTable = new ArrayList<>(tableSize);
        for (int t = 0; t < tableSize; t++) {
            int n = in.readInt();
            List<SeventhCharacter> list = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                list.add(new SeventhCharacter(in.readChar(), in.readUTF()));
            }
            seventhTable.add(List.copyOf(list));
        }
        int codeCount = in.readInt();
        List<Code> codes = new ArrayList<>(codeCount);
        for (int i = 0; i < codeCount; i++) {
            String code = in.readUTF();
            String title = in.readUTF();
            boolean billable = in.readBoolean();
            String parent = in.readUTF();
            String block = in.readUTF();
            String chapter = in.readUTF();
            List<InstructionalNote> notes = readNotes(in);
            List<SeventhCharacter> shared = seventhTable.get(in.readInt());
            codes.add(new Code(code, title, billable, parent.isEmpty() ? null : parent, block, chapter, notes, shared));
        }
        return new CodeSet(version, codes, chapters, report);
    }

    private static Lexicon readLexicon(DataInputStream in) throws IOException {
        int keyCount = in.readInt();
        Map<String, List<Term>> entries = new HashMap<>(keyCount * 2);
        TermSource[] sources = TermSource.values();
        Map<String, String> codes = new HashMap<>();
        for (int k = 0; k < keyCount; k++) {
            String key = in.readUTF();
            int n = in.readInt();
            List<Term> terms = new ArrayList<>(n);
            for (int t = 0; t < n; t++) {
                String code = in.readUTF();
                terms.add(new Term(key, codes.computeIfAbsent(code, c -> c), sources[in.readByte()]));
            }
            entries.put(key, List.copyOf(terms));
        }
        return Lexicon.fromKeyed(entries);
    }

    private static void writeNotes(DataOutputStream out, List<InstructionalNote> notes) throws IOException {
        out.writeInt(notes.size());
        for (InstructionalNote n : notes) {
            out.writeByte(n.type().ordinal());
            out.writeUTF(n.text());
            out.writeUTF(n.sourceCode());
            out.writeByte(n.codeRefs().size());
            for (InstructionalNote.CodeRef ref : n.codeRefs()) {
                out.writeUTF(ref.first());
                out.writeUTF(ref.last());
            }
        }
    }

    private static List<InstructionalNote> readNotes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == 0) {
            return List.of();
        }
        NoteType[] types = NoteType.values();
        List<InstructionalNote> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            NoteType type = types[in.readByte()];
            String text = in.readUTF();
            String source = in.readUTF();
            int refCount = in.readByte();
            List<InstructionalNote.CodeRef> refs = new ArrayList<>(refCount);
            for (int r = 0; r < refCount; r++) {
                refs.add(new InstructionalNote.CodeRef(in.readUTF(), in.readUTF()));
            }
            out.add(new InstructionalNote(type, text, refs, source));
        }
        return out;
    }
}
