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
    private static final int FORMAT = 1;

    private ModelSnapshot() {
    }

    static Path file(Path cacheDir, String fingerprint) {
        return cacheDir.resolve("models-" + fingerprint + ".bin");
    }

    static void write(Path target, CodeSet codeSet, Lexicon lexicon) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "models", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
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
            out.writeInt(codeSet.size());
            for (Code c : codeSet.all()) {
                out.writeUTF(c.code());
                out.writeUTF(c.title());
                out.writeBoolean(c.billable());
                out.writeUTF(c.parent() == null ? "" : c.parent());
                out.writeUTF(c.blockId());
                out.writeUTF(c.chapter());
                writeNotes(out, c.notes());
                out.writeInt(c.seventhCharacters().size());
                for (SeventhCharacter s : c.seventhCharacters()) {
                    out.writeChar(s.value());
                    out.writeUTF(s.meaning());
                }
            }
            out.writeInt(lexicon.keyCount());
            for (Map.Entry<String, List<Term>> e : lexicon.entries().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (Term t : e.getValue()) {
                    out.writeUTF(t.text());
                    out.writeUTF(t.code());
                    out.writeByte(t.source().ordinal());
                }
            }
            out.writeInt(MAGIC);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * What a snapshot holds.
     *
     * @param codeSet the code set
     * @param lexicon the lexicon
     */
    record Loaded(CodeSet codeSet, Lexicon lexicon) {
    }

    static Loaded read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not a snapshot of this format: " + file);
            }
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
            int codeCount = in.readInt();
            List<Code> codes = new ArrayList<>(codeCount);
            Map<String, List<SeventhCharacter>> sharedSeventh = new HashMap<>();
            for (int i = 0; i < codeCount; i++) {
                String code = in.readUTF();
                String title = in.readUTF();
                boolean billable = in.readBoolean();
                String parent = in.readUTF();
                String block = in.readUTF();
                String chapter = in.readUTF();
                List<InstructionalNote> notes = readNotes(in);
                int n = in.readInt();
                List<SeventhCharacter> seventh = new ArrayList<>(n);
                for (int s = 0; s < n; s++) {
                    seventh.add(new SeventhCharacter(in.readChar(), in.readUTF()));
                }
                List<SeventhCharacter> shared = sharedSeventh.computeIfAbsent(seventh.toString(), k -> List.copyOf(seventh));
                codes.add(new Code(code, title, billable, parent.isEmpty() ? null : parent, block, chapter, notes, shared));
            }
            int keyCount = in.readInt();
            Map<String, List<Term>> entries = new HashMap<>(keyCount * 2);
            TermSource[] sources = TermSource.values();
            for (int k = 0; k < keyCount; k++) {
                String key = in.readUTF();
                int n = in.readInt();
                List<Term> terms = new ArrayList<>(n);
                for (int t = 0; t < n; t++) {
                    terms.add(new Term(in.readUTF(), in.readUTF(), sources[in.readByte()]));
                }
                entries.put(key, terms);
            }
            if (in.readInt() != MAGIC) {
                throw new IOException("truncated snapshot: " + file);
            }
            return new Loaded(new CodeSet(version, codes, chapters, report), Lexicon.fromKeyed(entries));
        }
    }

    private static void writeNotes(DataOutputStream out, List<InstructionalNote> notes) throws IOException {
        out.writeInt(notes.size());
        for (InstructionalNote n : notes) {
            out.writeByte(n.type().ordinal());
            out.writeUTF(n.text());
            out.writeUTF(n.sourceCode());
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
            out.add(InstructionalNote.of(types[in.readByte()], in.readUTF(), in.readUTF()));
        }
        return out;
    }
}
