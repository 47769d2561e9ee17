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
import org.opencac.models.codeset.SeventhCharacter;
import org.opencac.models.io.Resources;

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

    /** Loads the bundled FY2026 code set. */
    public static CodeSet loadBundled() {
        try (InputStream order = Resources.bundled(BUNDLED_ORDER_FILE);
             InputStream tabular = Resources.bundled(BUNDLED_TABULAR)) {
            return new Icd10CmCodeSetLoader().load(order, BUNDLED_ORDER_FILE, tabular, BUNDLED_TABULAR,
                    BUNDLED_RELEASE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
            List<InstructionalNote> notes = tabular.notesByCode().getOrDefault(e.code(), List.of());
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
