package org.opencac.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChapterTest {

    private static int chapter(String code) {
        return Chapter.of(code).map(Chapter::number).orElse(0);
    }

    @Test
    void codesFallInTheirTabularChapter() {
        assertEquals(1, chapter("A09"));
        assertEquals(2, chapter("C50.911"));
        assertEquals(2, chapter("D3A.010"));
        assertEquals(3, chapter("D50.9"));
        assertEquals(4, chapter("E11.9"));
        assertEquals(7, chapter("H40.11X0"));
        assertEquals(8, chapter("H66.90"));
        assertEquals(9, chapter("I10"));
        assertEquals(15, chapter("O9A.111"));
        assertEquals(19, chapter("S72.001A"));
        assertEquals(19, chapter("T81.4XXA"));
        assertEquals(20, chapter("W19.XXXA"));
        assertEquals(21, chapter("Z79.4"));
        assertEquals(22, chapter("U07.1"));
    }

    @Test
    void lookupNormalizesTheCode() {
        assertEquals(4, chapter("e119"));
    }

    @Test
    void codesOutsideEveryChapterHaveNone() {
        assertTrue(Chapter.of("0DTJ4ZZ").isEmpty());
        assertTrue(Chapter.of("U99").isEmpty());
    }

    @Test
    void chapterNumbersMatchTheirPosition() {
        for (int i = 0; i < Chapter.ICD10CM.size(); i++) {
            assertEquals(i + 1, Chapter.ICD10CM.get(i).number());
        }
    }
}
