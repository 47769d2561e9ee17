package org.opencac.models.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.lexicon.Lexicon;

/**
 * The word score table is the same whatever order things come in: its file is byte for byte the same for the
 * same words given in another order, and codes that score alike rank by code, not by where the index wrote them.
 * Words outside its set change no ranking.
 */
class WordScoreTableOrderTest {
    @TempDir
    Path first;
    @TempDir
    Path second;

    /** Codes written to the index in reverse code order, two of them with titles that score a word alike. */
    private static CodeSet codes() {
        List<Code> codes = List.of(
                code("N28", "Other disorders of kidney", false, null),
                code("N28.9", "Kidney stone", true, "N28"),
                code("N28.1", "Kidney cyst", true, "N28"),
                code("N28.0", "Ischemia and infarction of kidney", true, "N28"));
        return new CodeSet(new CodeSetVersion(CodeSystem.ICD10CM, "2026"), codes, List.of(),
                new CodeSet.LoadReport(codes.size(), 3, 0, 0, 0));
    }

    private static Code code(String code, String title, boolean billable, String parent) {
        return new Code(code, title, billable, parent, "N25-N29", "14", List.of(), List.of());
    }

    private static byte[] tableBytes(Path cache, List<String> words) throws IOException {
        try (CodeIndex index = CodeIndex.openOrBuild(cache, "test", codes(), new Lexicon(List.of()),
                AbbreviationMap.toSynonymMap(Map.of("ckd", "chronic kidney disease")))) {
            index.wordScores(words);
        }
        try (Stream<Path> files = Files.walk(cache)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith("word-scores-")).findFirst()
                    .orElseThrow();
            return Files.readAllBytes(file);
        }
    }

    @Test
    void theSameWordsInAnotherOrderWriteTheSameFile() throws Exception {
        assertArrayEquals(tableBytes(first, List.of("kidney", "stone", "cyst", "ischemia")),
                tableBytes(second, List.of("ischemia", "cyst", "stone", "kidney")));
    }

    @Test
    void codesThatScoreAlikeRankByCodeNotByIndexOrder() throws Exception {
        try (CodeIndex index = CodeIndex.openOrBuild(first, "test", codes(), new Lexicon(List.of()),
                AbbreviationMap.toSynonymMap(Map.of("ckd", "chronic kidney disease")))) {
            WordScoreTable table = index.wordScores(List.of("kidney", "stone", "cyst"));
            List<Code> kids = codes().billableDescendants("N28");
            List<CodeHit> hits = table.rank(List.of("kidney"), kids, 3);
            assertEquals(hits.get(0).score(), hits.get(1).score());
            assertEquals(List.of("N28.1", "N28.9"), hits.subList(0, 2).stream().map(CodeHit::code).toList());
        }
    }

    @Test
    void wordsOutsideTheTablesSetAreIgnoredWhereverTheyCome() throws Exception {
        try (CodeIndex index = CodeIndex.openOrBuild(first, "test", codes(), new Lexicon(List.of()),
                AbbreviationMap.toSynonymMap(Map.of("ckd", "chronic kidney disease")))) {
            WordScoreTable table = index.wordScores(List.of("kidney", "stone", "cyst"));
            List<Code> kids = codes().billableDescendants("N28");
            assertEquals(table.rank(List.of("stone", "cyst"), kids, 3),
                    table.rank(List.of("pelvis", "stone", "ureter", "cyst", "calyx"), kids, 3));
            assertEquals(List.of(), table.rank(List.of("pelvis", "ureter"), kids, 3));
        }
    }
}
