package org.opencac.models.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.lexicon.Lexicon;
import org.slf4j.LoggerFactory;

/**
 * The word score table kept in the code index's cache directory: a later open reads back exactly the table
 * the index computes; a damaged, truncated or foreign file is never used: the table is computed again, the
 * file rewritten, and a warning names the file.
 */
class WordScoreTableCacheTest {
    private static final List<String> WORDS = List.of("kidney", "chronic", "complication", "without", "foot");

    @TempDir
    Path cache;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger log = (Logger) LoggerFactory.getLogger(CodeIndex.class);

    @BeforeEach
    void listen() {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(logged);
    }

    private static CodeSet codes() {
        List<Code> codes = List.of(
                code("E11", "Type 2 diabetes mellitus", false, null),
                code("E11.21", "Type 2 diabetes mellitus with diabetic nephropathy", true, "E11"),
                code("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", true, "E11"),
                code("E11.621", "Type 2 diabetes mellitus with foot ulcer", true, "E11"),
                code("E11.9", "Type 2 diabetes mellitus without complications", true, "E11"),
                code("N18", "Chronic kidney disease (CKD)", false, null),
                code("N18.9", "Chronic kidney disease, unspecified", true, "N18"));
        return new CodeSet(new CodeSetVersion(CodeSystem.ICD10CM, "2026"), codes, List.of(),
                new CodeSet.LoadReport(codes.size(), 5, 0, 0, 0));
    }

    private static Code code(String code, String title, boolean billable, String parent) {
        return new Code(code, title, billable, parent, "E08-E13", "4", List.of(), List.of());
    }

    private CodeIndex open() {
        return CodeIndex.openOrBuild(cache, "test", codes(), new Lexicon(List.of()),
                AbbreviationMap.toSynonymMap(Map.of("ckd", "chronic kidney disease")));
    }

    private Path tableFile() throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith("word-scores-")).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }

    private WordScoreTable computed() throws IOException {
        // The same index opened without a cache directory computes the table from its postings.
        try (var dir = org.apache.lucene.store.FSDirectory.open(tableFile().getParent());
             CodeIndex plain = CodeIndex.open(dir, AbbreviationMap.toSynonymMap(Map.of("ckd", "chronic kidney disease")))) {
            return plain.wordScores(WORDS);
        }
    }

    @Test
    void aSecondOpenReadsBackTheTableTheIndexComputes() throws Exception {
        WordScoreTable first;
        try (CodeIndex index = open()) {
            first = index.wordScores(WORDS);
        }
        Path file = tableFile();
        long written = Files.getLastModifiedTime(file).toMillis();
        WordScoreTable second;
        try (CodeIndex index = open()) {
            second = index.wordScores(List.of("foot", "without", "kidney", "complication", "chronic"));   // any order
        }
        assertEquals(written, Files.getLastModifiedTime(file).toMillis(), "the kept file was read, not rewritten");
        WordScoreTable expected = computed();
        assertTrue(first.sameAs(expected) && second.sameAs(expected));
        List<Code> kids = codes().billableDescendants("E11");
        assertEquals("E11.22", second.rank(List.of("kidney", "chronic"), kids, 5).get(0).code());
        assertTrue(logged.list.isEmpty(), logged.list.toString());
    }

    @Test
    void aDamagedTableFileIsRebuiltWithAWarning() throws Exception {
        try (CodeIndex index = open()) {
            index.wordScores(WORDS);
        }
        Path file = tableFile();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x40;   // one flipped bit in a score or a code
        Files.write(file, bytes);
        WordScoreTable rebuilt;
        try (CodeIndex index = open()) {
            rebuilt = index.wordScores(WORDS);
        }
        assertTrue(rebuilt.sameAs(computed()));
        assertEquals(1, logged.list.size(), logged.list.toString());
        assertTrue(logged.list.get(0).getFormattedMessage().contains("rebuilding the word score table")
                && logged.list.get(0).getFormattedMessage().contains(file.getFileName().toString()));
        assertTrue(WordScoreTable.read(file, CodeIndex.wordsKey(WORDS)).sameAs(rebuilt), "the file was rewritten");
    }

    @Test
    void aTruncatedTableFileIsRebuiltWithAWarning() throws Exception {
        try (CodeIndex index = open()) {
            index.wordScores(WORDS);
        }
        Path file = tableFile();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 9));
        try (CodeIndex index = open()) {
            assertTrue(index.wordScores(WORDS).sameAs(computed()));
        }
        assertEquals(1, logged.list.size(), logged.list.toString());
        assertTrue(WordScoreTable.read(file, CodeIndex.wordsKey(WORDS)) != null);
    }

    @Test
    void aTableOfOtherWordsIsNeverTakenForThisOne() throws Exception {
        try (CodeIndex index = open()) {
            index.wordScores(WORDS);
        }
        Path file = tableFile();
        IOException e = assertThrows(IOException.class,
                () -> WordScoreTable.read(file, CodeIndex.wordsKey(List.of("kidney"))));
        assertTrue(e.getMessage().contains("other words"), e.getMessage());
        assertFalse(CodeIndex.wordsKey(WORDS).equals(CodeIndex.wordsKey(List.of("kidney"))));
        assertEquals(CodeIndex.wordsKey(WORDS), CodeIndex.wordsKey(List.of("foot", "without", "kidney",
                "complication", "chronic", "kidney")));
    }
}
