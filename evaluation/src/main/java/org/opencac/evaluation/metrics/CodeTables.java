package org.opencac.evaluation.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Builds the per-code and per-chapter tables of one code system. */
public final class CodeTables {

    private CodeTables() {
    }

    /** One row per code seen in the gold or predictions, sorted by code. */
    public static List<CodeRow> perCode(List<NoteCodes> notes, boolean icd10cm) {
        List<CodeRow> rows = new ArrayList<>();
        SetMetrics.perCode(notes, UnaryOperator.identity()).forEach((code, counts) ->
                rows.add(CodeRow.of(code, icd10cm ? Chapter.of(code).map(Chapter::number).orElse(0) : 0, counts)));
        return rows;
    }

    /** One row per chapter that has a code in the table, in chapter order; "other" (0) first. */
    public static List<ChapterRow> perChapter(List<CodeRow> codes) {
        Map<Integer, Counts> byChapter = new TreeMap<>();
        for (CodeRow row : codes) {
            byChapter.merge(row.chapter(), new Counts(row.tp(), row.fp(), row.fn()), Counts::plus);
        }
        List<ChapterRow> rows = new ArrayList<>();
        for (Map.Entry<Integer, Counts> entry : byChapter.entrySet()) {
            Chapter chapter = entry.getKey() == 0 ? null : Chapter.ICD10CM.get(entry.getKey() - 1);
            Counts c = entry.getValue();
            rows.add(new ChapterRow(entry.getKey(), chapter == null ? "other" : chapter.range(),
                    chapter == null ? "Outside ICD-10-CM chapters" : chapter.title(),
                    c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1()));
        }
        return rows;
    }
}
