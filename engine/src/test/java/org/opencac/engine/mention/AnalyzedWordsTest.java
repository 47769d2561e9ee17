package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.opencac.models.index.ClinicalAnalyzer;
import org.opencac.models.index.CodeIndex;

class AnalyzedWordsTest {
    private static final Analyzer ANALYZER = new ClinicalAnalyzer();

    /** The whole-text analysis the code index runs (its plain analyzer). */
    private static List<String> whole(String text) {
        return CodeIndex.tokens(ANALYZER, text);
    }

    @Test
    void wordByWordAnalysisGivesTheWholeTextsTokens() {
        AnalyzedWords words = new AnalyzedWords(AnalyzedWordsTest::whole);
        List<String> texts = List.of("Acute on chronic systolic heart failures, stage 3b",
                "The patient's knees | fractured the left femurs", "E. coli and U.S. and 3.5mg, 120/80",
                "don't x--y a.b c/d (parenthesized) [bracket]", "  double  spaces  ", "tab\there line\nbreak ,",
                "a" + "b".repeat(300) + " end", "of the and with without", "", " ", "café naïve résumé",
                "Ulcers; stage 2: sacral; left-sided, non-healing");
        for (String text : texts) {
            assertEquals(whole(text), words.analyze(text), "[" + text + "]");
        }
    }

    @Test
    void aRepeatedWordIsAnalyzedOnce() {
        AtomicInteger calls = new AtomicInteger();
        AnalyzedWords words = new AnalyzedWords(t -> {
            calls.incrementAndGet();
            return whole(t);
        });
        assertEquals(List.of("left", "knee", "left", "knee"), words.analyze("left knee left knees"));
        assertEquals(3, calls.get());   // "left", "knee" and "knees"
        words.analyze("knee left");
        assertEquals(3, calls.get());
    }

    @Test
    void nonAsciiTextIsAnalyzedWhole() {
        AtomicInteger calls = new AtomicInteger();
        AnalyzedWords words = new AnalyzedWords(t -> {
            calls.incrementAndGet();
            return whole(t);
        });
        assertEquals(whole("naïve cells"), words.analyze("naïve cells"));
        assertEquals(1, calls.get());
    }

    @Test
    void theReadOnlyAnalysisIsTheAnalysisAndOneWordsIsNotCopied() {
        AnalyzedWords words = new AnalyzedWords(AnalyzedWordsTest::whole);
        List<String> texts = List.of("knees", "of", "", " ", "Fractured", "left-sided", "tab\there", "café",
                "x--y", "partial complex seizures", "naïve cells", "  double  spaces  ");
        for (String text : texts) {
            assertEquals(whole(text), words.analyzeReadOnly(text), "[" + text + "]");
        }
        assertSame(words.analyzeReadOnly("knees"), words.analyzeReadOnly("knees"));
    }
}
