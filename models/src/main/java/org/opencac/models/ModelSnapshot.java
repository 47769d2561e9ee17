package org.opencac.models;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.opencac.models.io.BytesInput;
import org.opencac.models.io.CacheFile;
import org.opencac.models.lexicon.Lexicon;
import org.opencac.models.lexicon.PackedStrings;

/**
 * A binary copy of the loaded code set and lexicon in the cache directory, so later starts skip parsing
 * the publishers' files (the start-up cost). It is derived data: written after a full load, keyed by a
 * fingerprint of the bundled files, and ignored (then rewritten) when anything about it is off.
 */
final class ModelSnapshot {
    private static final int MAGIC = 0x0CAC5EED;
    /** 10: the lexicon packed ({@link Lexicon.Packed}); a file of another format is rebuilt, not read. */
    private static final int FORMAT = 10;

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
        CacheFile.write(lexiconFile(cacheDir, fingerprint), MAGIC, FORMAT, out -> writeLexicon(out, lexicon));
        CacheFile.write(codesFile(cacheDir, fingerprint), MAGIC, FORMAT, out -> writeCodes(out, codeSet));
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
     * The lexicon packed ({@link Lexicon.Packed}): the shared bytes of its strings, then its keys, codes, prefixes
     * and comma-joined keys as {@link PackedStrings} (ranges, hashes, look-up table), its terms as three arrays,
     * the key filter's slots, the longest key's word count and the term count. Reading takes each array as it is:
     * a few dozen arrays instead of a string, a map node and a list per key (the collector's and the loop's work
     * at each start). A term's text is not kept (its key stands for it once matching is built).
     */
    private static void writeLexicon(DataOutputStream out, Lexicon lexicon) throws IOException {
        Lexicon.Packed p = lexicon.packed();
        byte[] bytes = p.keys().bytes();
        out.writeInt(bytes.length);
        out.write(bytes);
        for (PackedStrings strings : List.of(p.keys(), p.codes(), p.prefixes(), p.commaJoined())) {
            if (strings.bytes() != bytes) {
                throw new IllegalStateException("a packed lexicon's strings share one array of bytes");
            }
            writeInts(out, strings.starts(), true);
            writeInts(out, strings.lengths(), false);
            writeInts(out, strings.hashes(), false);
            writeInts(out, strings.slots(), true);
        }
        writeInts(out, p.termStart(), true);
        writeInts(out, p.termCode(), false);
        out.write(p.termSource());
        out.writeInt(p.filterSlots().length);
        out.write(p.filterSlots());
        out.writeInt(p.maxWords());
        out.writeInt(p.size());
    }

    /** The ints, after their count when {@code counted} (else the count is that of the array written before). */
    private static void writeInts(DataOutputStream out, int[] values, boolean counted) throws IOException {
        if (counted) {
            out.writeInt(values.length);
        }
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(values.length * 4);
        buffer.asIntBuffer().put(values);
        out.write(buffer.array());
    }

    /**
     * What a snapshot holds.
     *
     * @param codeSet the code set
     * @param lexicon the lexicon
     */
    record Loaded(CodeSet codeSet, Lexicon lexicon) {
    }

    /** Reads the two files in parallel, the lexicon on {@code executor}. */
    static Loaded read(Path cacheDir, String fingerprint, java.util.concurrent.Executor executor) throws IOException {
        java.util.concurrent.CompletableFuture<Lexicon> lexicon = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return CacheFile.read(lexiconFile(cacheDir, fingerprint), MAGIC, FORMAT, "snapshot",
                        ModelSnapshot::readLexicon);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, executor);
        CodeSet codeSet = CacheFile.read(codesFile(cacheDir, fingerprint), MAGIC, FORMAT, "snapshot",
                ModelSnapshot::readCodes);
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
        byte[] bytes = in.readBytes(in.readInt());
        PackedStrings[] strings = new PackedStrings[4];   // keys, codes, prefixes, comma-joined keys
        try {
            for (int i = 0; i < strings.length; i++) {
                int[] starts = in.readInts(in.readInt());
                int[] lengths = in.readInts(starts.length);
                int[] hashes = in.readInts(starts.length);
                strings[i] = PackedStrings.of(bytes, starts, lengths, hashes, in.readInts(in.readInt()));
            }
            int[] termStart = in.readInts(in.readInt());
            int terms = termStart.length == 0 ? 0 : termStart[termStart.length - 1];
            int[] termCode = in.readInts(terms);
            byte[] termSource = in.readBytes(terms);
            byte[] slots = in.readBytes(in.readInt());
            int maxWords = in.readInt();
            int size = in.readInt();
            return Lexicon.adopt(new Lexicon.Packed(strings[0], termStart, termCode, termSource, strings[1],
                    strings[2], strings[3], slots, maxWords, size));
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
