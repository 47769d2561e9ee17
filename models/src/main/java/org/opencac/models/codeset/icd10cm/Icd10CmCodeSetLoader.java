package org.opencac.models.codeset.icd10cm;

import java.io.InputStream;
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
import org.opencac.models.io.Resources;
import org.opencac.models.io.TsvRows;

/**
 * Builds the ICD-10-CM code set: the order file is authoritative for codes, titles and billable flags;
 * the Tabular XML supplies chapters, blocks, notes and 7th characters. A code missing from the Tabular
 * inherits from its nearest ancestor that is there.
 */
public final class Icd10CmCodeSetLoader {

    /** The files bundled in the models module, with the release they carry. */
    public static final String BUNDLED_ORDER_FILE = "data/icd10cm/icd10cm_order_2026.txt.xz";
    public static final String BUNDLED_TABULAR = "data/icd10cm/icd10cm_tabular_2021.xml.xz";
    public static final String BUNDLED_RELEASE = "FY2026";
    public static final String NOTE_CORRECTIONS = "data/icd10cm/note_corrections.tsv";

    /** Loads the bundled FY2026 code set. */
    public static CodeSet loadBundled() {
        try (InputStream order = Resources.bundled(BUNDLED_ORDER_FILE);
             InputStream tabular = Resources.bundled(BUNDLED_TABULAR)) {
            return new Icd10CmCodeSetLoader(readCorrections()).load(order, BUNDLED_ORDER_FILE, tabular,
                    BUNDLED_TABULAR, BUNDLED_RELEASE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A note of the notes source that a later release removed.
     *
     * @param code the code it is written at
     * @param type its type
     * @param text its text as published
     */
    public record NoteCorrection(String code, NoteType type, String text) {
    }

    private final List<NoteCorrection> corrections;

    public Icd10CmCodeSetLoader(List<NoteCorrection> corrections) {
        this.corrections = List.copyOf(corrections);
    }

    /** Reads {@code note_corrections.tsv}; a malformed row fails naming the file and line. */
    static List<NoteCorrection> readCorrections() {
        List<NoteCorrection> out = new ArrayList<>();
        TsvRows.read(Resources.bundled(NOTE_CORRECTIONS), NOTE_CORRECTIONS, h -> h[0].equals("code"),
                "code<TAB>type<TAB>text<TAB>source", (cols, lineNo) -> {
                    try {
                        if (cols[2].isBlank()) {
                            throw new IllegalArgumentException("no text");
                        }
                        out.add(new NoteCorrection(CodeSet.normalize(cols[0]), NoteType.valueOf(cols[1].trim()),
                                cols[2].trim()));
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(NOTE_CORRECTIONS + " line " + lineNo
                                + ": code, note type, text expected", e);
                    }
                });
        return out;
    }

    private List<InstructionalNote> corrected(String code, List<InstructionalNote> notes) {
        if (notes.isEmpty()) {
            return notes;
        }
        return notes.stream().filter(n -> corrections.stream().noneMatch(c -> c.code().equals(code)
                && c.type() == n.type() && c.text().equals(n.text()))).toList();
    }

    public CodeSet load(InputStream orderFile, String orderName, InputStream tabularXml, String tabularName,
                        String release) {
        List<OrderFileEntry> entries = new Icd10CmOrderFileLoader().load(orderFile, orderName);
        TabularNotes tabular = new TabularNotesLoader().load(tabularXml, tabularName);

        Map<String, OrderFileEntry> byCode = new HashMap<>(entries.size() * 2);
        for (OrderFileEntry e : entries) {
            byCode.put(e.code(), e);
        }
        List<Code> codes = new ArrayList<>(entries.size());
        int own = 0;
        int inheriting = 0;
        int orphan = 0;
        int billable = 0;
        for (OrderFileEntry e : entries) {
            String raw = e.code().replace(".", "");
            String parent = null;
            for (int len = raw.length() - 1; len >= 3 && parent == null; len--) {
                String p = CodeSet.normalize(raw.substring(0, len));
                if (byCode.containsKey(p)) {
                    parent = p;
                }
            }
            if (tabular.codes().contains(e.code())) {
                own++;
            } else if (nearestInTabular(raw, tabular) != null) {
                inheriting++;
            } else {
                orphan++;
            }
            if (e.billable()) {
                billable++;
            }
            String category = raw.substring(0, 3);
            Chapter chapter = chapterOf(category, tabular.chapters());
            Chapter.Block block = chapter == null ? null : blockOf(category, chapter);
            List<InstructionalNote> notes = corrected(e.code(), tabular.notesByCode().getOrDefault(e.code(), List.of()));
            codes.add(new Code(e.code(), e.longTitle(), e.billable(), parent,
                    block == null ? "" : block.id(), chapter == null ? "" : chapter.number(), notes,
                    seventh(raw, tabular)));
        }
        CodeSet.LoadReport report = new CodeSet.LoadReport(codes.size(), billable, own, inheriting, orphan);
        return new CodeSet(new CodeSetVersion(CodeSystem.ICD10CM, release), codes, tabular.chapters(), report);
    }

    private static String nearestInTabular(String raw, TabularNotes tabular) {
        for (int len = raw.length() - 1; len >= 3; len--) {
            String p = CodeSet.normalize(raw.substring(0, len));
            if (tabular.codes().contains(p)) {
                return p;
            }
        }
        return null;
    }

    private static List<SeventhCharacter> seventh(String raw, TabularNotes tabular) {
        for (int len = raw.length(); len >= 3; len--) {
            List<SeventhCharacter> s = tabular.seventhByCode().get(CodeSet.normalize(raw.substring(0, len)));
            if (s != null) {
                return s;
            }
        }
        return List.of();
    }

    private static Chapter chapterOf(String category, List<Chapter> chapters) {
        for (Chapter ch : chapters) {
            for (Chapter.Block b : ch.blocks()) {
                if (b.contains(category)) {
                    return ch;
                }
            }
        }
        return null;
    }

    private static Chapter.Block blockOf(String category, Chapter chapter) {
        for (Chapter.Block b : chapter.blocks()) {
            if (b.contains(category)) {
                return b;
            }
        }
        return null;
    }
}
