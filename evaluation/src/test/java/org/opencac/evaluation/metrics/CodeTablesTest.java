package org.opencac.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.evaluation.metrics.SetMetricsTest.note;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeTablesTest {

    @Test
    void perCodeRowsCountEachNoteOnceAndPerChapterRowsPoolThem() {
        // n1: gold {E11.9, I10} predicted {E11.9, E78.5}; n2: gold {E11.9} predicted {I10}
        List<NoteCodes> notes = List.of(note("n1", List.of("E11.9", "I10"), "E11.9", "E78.5"),
                note("n2", List.of("E11.9"), "I10"));
        List<CodeRow> codes = CodeTables.perCode(notes, true);
        assertEquals(List.of("E11.9", "E78.5", "I10"), codes.stream().map(CodeRow::code).toList());
        CodeRow e119 = codes.get(0);
        assertEquals(2, e119.support());
        assertEquals(1, e119.tp());
        assertEquals(1, e119.fn());
        assertEquals(4, e119.chapter());
        List<ChapterRow> chapters = CodeTables.perChapter(codes);
        // chapter 4: E11.9 (tp1 fn1) + E78.5 (fp1) -> tp1 fp1 fn1; chapter 9: I10 fn1 fp1
        assertEquals(2, chapters.size());
        assertEquals(new ChapterRow(4, "E00-E89", "Endocrine, nutritional and metabolic", 1, 1, 1, 0.5, 0.5, 0.5),
                chapters.get(0));
        assertEquals(9, chapters.get(1).chapter());
        assertEquals(0.0, chapters.get(1).f1());
    }
}
