package org.opencac.models;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.opencac.models.io.AtomicFiles;
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
    private static final int FORMAT = 9;

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
        AtomicFiles.write(target, stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writer.write(out);
            out.writeInt(MAGIC);
        });
    }

    private static void writeCodes(DataOutputStream out, CodeSet codeSet) throws IOException {
        out.writeUTF(codeSet.version().system().name());
        out.writeUTF(codeSet.version().release());
        CodeSet.LoadReport r = codeSet.report();
        for (int v : new int[] {r.codes(), r.billable(), r.codesWithNotesSource(), r.codesInheritingNotes(),
                r.codesWithoutAncestor()}) {
            out.writeInt(v);
        }
        StringTable strings = new StringTable();
        DataOutputStream body = strings.body;
        body.writeInt(codeSet.chapters().size());
        for (Chapter ch : codeSet.chapters()) {
            strings.write(ch.number());
            strings.write(ch.title());
            writeNotes(strings, ch.notes());
            body.writeInt(ch.blocks().size());
            for (Chapter.Block b : ch.blocks()) {
                strings.write(b.id());
                strings.write(b.first());
                strings.write(b.last());
                strings.write(b.title());
                writeNotes(strings, b.notes());
            }
        }
        Map<List<SeventhCharacter>, Integer> seventhTable = new java.util.LinkedHashMap<>();
        for (Code c : codeSet.all()) {
            seventhTable.putIfAbsent(c.seventhCharacters(), seventhTable.size());
        }
        body.writeInt(seventhTable.size());
        for (List<SeventhCharacter> list : seventhTable.keySet()) {
            body.writeInt(list.size());
            for (SeventhCharacter sc : list) {
                body.writeChar(sc.value());
                strings.write(sc.meaning());
            }
        }
        body.writeInt(codeSet.size());
        for (Code c : codeSet.all()) {
            strings.write(c.code());
            strings.write(c.title());
            body.writeBoolean(c.billable());
            strings.write(c.parent());
            strings.write(c.blockId());
            strings.write(c.chapter());
            writeNotes(strings, c.notes());
            body.writeInt(seventhTable.get(c.seventhCharacters()));
        }
        strings.writeTo(out);
    }

    /**
     * The lexicon by key, then its key prefixes (so reading need not cut a million substrings to find the
     * distinct 200 thousand; a prefix that is also a key is written as the key's number, so the two share one
     * string), then the keys a term continues after a comma ({@link Lexicon#commaJoined()}; those that are keys
     * written as numbers too);
     * a term's text is not kept (its key stands for it once matching is built); then the longest key's word count,
     * the term count and the key filter's slots ({@link Lexicon#filterSlots()}), which reading takes as they are.
     * Keys are distinct, so only the codes go through a {@link StringTable}.
     */
    private static void writeLexicon(DataOutputStream out, Lexicon lexicon) throws IOException {
        StringTable codes = new StringTable();
        codes.body.writeInt(lexicon.keyCount());
        Map<String, Integer> keyIndex = new HashMap<>(lexicon.keyCount() * 2);
        for (Map.Entry<String, List<Term>> e : lexicon.entries().entrySet()) {
            keyIndex.put(e.getKey(), keyIndex.size());
            codes.body.writeUTF(e.getKey());
            codes.body.writeInt(e.getValue().size());
            for (Term t : e.getValue()) {
                codes.write(t.code());
                codes.body.writeByte(t.source().ordinal());
            }
        }
        codes.body.writeInt(lexicon.prefixes().size());
        for (String prefix : lexicon.prefixes()) {
            // most prefixes are keys themselves ("fracture" of "fracture of femur"): those are written as the
            // key's number, so reading shares the key's string instead of holding a second copy
            Integer key = keyIndex.get(prefix);
            codes.body.writeInt(key == null ? -1 : key);
            if (key == null) {
                codes.body.writeUTF(prefix);
            }
        }
        codes.body.writeInt(lexicon.commaJoined().size());
        for (String joined : lexicon.commaJoined()) {
            Integer key = keyIndex.get(joined);   // as for prefixes: a key is written as its number
            codes.body.writeInt(key == null ? -1 : key);
            if (key == null) {
                codes.body.writeUTF(joined);
            }
        }
        // what the lexicon works out from the above, kept so that a start reads it instead: the key filter's
        // slots (a quarter of the lexicon's loading when built at each start), the longest key, the term count
        codes.body.writeInt(lexicon.maxWords());
        codes.body.writeInt(lexicon.size());
        byte[] slots = lexicon.filterSlots();
        codes.body.writeInt(slots.length);
        codes.body.write(slots);
        codes.writeTo(out);
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
        T read(BytesInput in) throws IOException;
    }

    private static <T> T read(Path file, Reader<T> reader) throws IOException {
        BytesInput in = BytesInput.of(file);
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a snapshot of this format: " + file);
        }
        T value = reader.read(in);
        if (in.readInt() != MAGIC) {
            throw new IOException("truncated snapshot: " + file);
        }
        return value;
    }

    /** Reads the two files in parallel, the lexicon on {@code executor}. */
    static Loaded read(Path cacheDir, String fingerprint, java.util.concurrent.Executor executor) throws IOException {
        java.util.concurrent.CompletableFuture<Lexicon> lexicon = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return read(lexiconFile(cacheDir, fingerprint), ModelSnapshot::readLexicon);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, executor);
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

    private static CodeSet readCodes(BytesInput in) throws IOException {
        CodeSetVersion version = new CodeSetVersion(CodeSystem.valueOf(in.readUTF()), in.readUTF());
        CodeSet.LoadReport report = new CodeSet.LoadReport(in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                in.readInt());
        StringTable.Reader strings = StringTable.read(in);
        int chapterCount = in.readInt();
        List<Chapter> chapters = new ArrayList<>(chapterCount);
        for (int i = 0; i < chapterCount; i++) {
            String number = strings.read();
            String title = strings.read();
            List<InstructionalNote> notes = readNotes(strings);
            int blockCount = in.readInt();
            List<Chapter.Block> blocks = new ArrayList<>(blockCount);
            for (int b = 0; b < blockCount; b++) {
                blocks.add(new Chapter.Block(strings.read(), strings.read(), strings.read(), strings.read(),
                        readNotes(strings)));
            }
            chapters.add(new Chapter(number, title, blocks, notes));
        }
        int tableSize = in.readInt();
        List<List<SeventhCharacter>> seventhTable = new ArrayList<>(tableSize);
        for (int t = 0; t < tableSize; t++) {
            int n = in.readInt();
            List<SeventhCharacter> list = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                list.add(new SeventhCharacter(in.readChar(), strings.read()));
            }
            seventhTable.add(List.copyOf(list));
        }
        int codeCount = in.readInt();
        List<Code> codes = new ArrayList<>(codeCount);
        for (int i = 0; i < codeCount; i++) {
            String code = strings.read();
            String title = strings.read();
            boolean billable = in.readBoolean();
            String parent = strings.read();
            String block = strings.read();
            String chapter = strings.read();
            List<InstructionalNote> notes = readNotes(strings);
            List<SeventhCharacter> shared = seventhTable.get(in.readInt());
            codes.add(new Code(code, title, billable, parent, block, chapter, notes, shared));
        }
        return new CodeSet(version, codes, chapters, report);
    }

    private static Lexicon readLexicon(BytesInput in) throws IOException {
        StringTable.Reader codes = StringTable.read(in);
        int keyCount = in.readInt();
        HashMap<String, List<Term>> entries = new HashMap<>(keyCount * 2);
        String[] keys = new String[keyCount];
        TermSource[] sources = TermSource.values();
        for (int k = 0; k < keyCount; k++) {
            String key = in.readUTF();
            keys[k] = key;
            int n = in.readInt();
            Term[] terms = new Term[n];
            for (int t = 0; t < n; t++) {
                terms[t] = new Term(key, codes.read(), sources[in.readByte()]);
            }
            entries.put(key, List.of(terms));
        }
        int prefixCount = in.readInt();
        HashSet<String> prefixes = new HashSet<>(prefixCount * 4 / 3 + 1);
        for (int p = 0; p < prefixCount; p++) {
            int key = in.readInt();
            prefixes.add(key >= 0 ? keys[key] : in.readUTF());
        }
        int joinedCount = in.readInt();
        HashSet<String> commaJoined = new HashSet<>(joinedCount * 4 / 3 + 1);
        for (int j = 0; j < joinedCount; j++) {
            int key = in.readInt();
            commaJoined.add(key >= 0 ? keys[key] : in.readUTF());
        }
        int maxWords = in.readInt();
        int size = in.readInt();
        byte[] slots = in.readBytes(in.readInt());
        try {
            return Lexicon.adopt(entries, prefixes, commaJoined, slots, maxWords, size);
        } catch (IllegalArgumentException e) {
            throw new IOException("lexicon snapshot does not hold together: " + e.getMessage(), e);
        }
    }

    private static void writeNotes(StringTable strings, List<InstructionalNote> notes) throws IOException {
        strings.body.writeInt(notes.size());
        for (InstructionalNote n : notes) {
            strings.body.writeByte(n.type().ordinal());
            strings.write(n.text());
            strings.write(n.sourceCode());
            strings.body.writeByte(n.codeRefs().size());
            for (InstructionalNote.CodeRef ref : n.codeRefs()) {
                strings.write(ref.first());
                strings.write(ref.last());
            }
        }
    }

    private static List<InstructionalNote> readNotes(StringTable.Reader strings) throws IOException {
        BytesInput in = strings.in;
        int n = in.readInt();
        if (n == 0) {
            return List.of();
        }
        NoteType[] types = NoteType.values();
        List<InstructionalNote> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            NoteType type = types[in.readByte()];
            String text = strings.read();
            String source = strings.read();
            int refCount = in.readByte();
            List<InstructionalNote.CodeRef> refs = new ArrayList<>(refCount);
            for (int r = 0; r < refCount; r++) {
                refs.add(new InstructionalNote.CodeRef(strings.read(), strings.read()));
            }
            out.add(new InstructionalNote(type, text, refs, source));
        }
        return out;
    }
}
