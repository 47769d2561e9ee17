package org.opencac.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataFilesTest {
    private static final String WORDS = "/org/opencac/engine/mention/name_position_words.tsv";
    private static final String KINDS = "/org/opencac/engine/convention/neoplasm_site.tsv";

    @Test
    void rowsAreTheLinesAfterTheNamedHeaderSplitAtTabs() {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        DataFiles.rows(WORDS, "word\tkind\tmeaning", (cols, lineNo) -> {
            rows.add(cols);
            lineNumbers.add(lineNo);
        });
        List<String> lines = DataFiles.lines(WORDS);
        assertEquals(lines.size() - 1, rows.size());
        assertEquals(String.join("\t", rows.get(0)), lines.get(1));
        assertTrue(lineNumbers.get(0) >= 2, "the header's line is not a row");
        for (String[] row : rows) {
            assertTrue(row.length >= 3 && !row[0].equals("word"), String.join("|", row));
        }
    }

    @Test
    void anotherHeaderOrAMissingFileFailsNamingTheFile() {
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> DataFiles.rows(WORDS, "word\tmeaning", (cols, lineNo) -> { }));
        assertTrue(header.getMessage().contains(WORDS), header.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> DataFiles.rows("/org/opencac/engine/no_such_file.tsv", "word", (cols, lineNo) -> { }));
        assertTrue(missing.getMessage().contains("no_such_file.tsv"), missing.getMessage());
    }

    @Test
    void theLinesAfterTheHeaderLeaveTheHeaderOutAndAnotherHeaderFailsNamingTheFile() {
        List<String> lines = DataFiles.lines(WORDS);
        assertEquals(lines.subList(1, lines.size()), DataFiles.afterHeader(WORDS, "word\tkind\tmeaning"));
        assertEquals(lines.subList(1, lines.size()), DataFiles.afterHeader(WORDS, h -> h[0].equals("word"), "word"));
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> DataFiles.afterHeader(WORDS, "word\tmeaning"));
        assertTrue(header.getMessage().contains(WORDS) && header.getMessage().contains("word<TAB>meaning"),
                header.getMessage());
    }

    @Test
    void eachValueGoesToTheReaderOfItsKindAndTheCommentColumnIsLeftOut() {
        List<String> neoplasms = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        DataFiles.kinds(KINDS, Map.of("neoplasm", neoplasms::add, "head", heads::add, "word", words::add,
                "start", starts::add, "after", others::add, "finding", others::add, "unsited", others::add));
        assertEquals(List.of("C00-D49"), neoplasms);
        assertTrue(heads.contains("mass"), heads.toString());
        assertEquals(DataFiles.lines(KINDS).size(),
                neoplasms.size() + heads.size() + words.size() + starts.size() + others.size());
    }

    @Test
    void aKindNoReaderTakesFailsNamingTheFile() {
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> DataFiles.kinds(KINDS, Map.of("neoplasm", v -> { }, "word", v -> { })));
        assertTrue(unknown.getMessage().contains(KINDS) && unknown.getMessage().contains("head"),
                unknown.getMessage());
    }

    @Test
    void aKindRowGivesItsReaderEveryValueAfterTheKindTrimmed() {
        List<String[]> regions = new ArrayList<>();
        List<String> other = new ArrayList<>();
        DataFiles.kindRows("/org/opencac/engine/mention/spinal_regions.tsv", Map.of("region", regions::add,
                "junction", v -> other.add(v[2]), "level_region", v -> other.add(v[2]), "spine_codes", v -> { },
                "note_codes", v -> { }, "span_codes", v -> { }, "disc_word", v -> { }));
        assertTrue(regions.stream().anyMatch(v -> String.join("|", v).equals("l1|l5|lumbar")),
                regions.stream().map(v -> String.join("|", v)).toList().toString());
        assertTrue(other.contains("lumbosacral"), other.toString());
    }

    @Test
    void kindSetsGathersEachKindsValuesIntoItsOwnUnmodifiableSet() {
        String file = "/org/opencac/engine/convention/sequela_title_words.tsv";
        Map<String, Set<String>> words = DataFiles.kindSets(file, "filler", "place");
        assertEquals(Set.of("filler", "place"), words.keySet());
        assertTrue(words.get("filler").contains("and") && !words.get("place").contains("and"), words.toString());
        assertThrows(UnsupportedOperationException.class, () -> words.get("place").add("elbow"));
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> DataFiles.kindSets(file, "filler"));
        assertTrue(unknown.getMessage().contains("place"), unknown.getMessage());
    }

    @Test
    void aTableGivesEveryLineItsTrimmedColumnsInFileOrder() {
        String file = "/org/opencac/engine/convention/unknown_site.tsv";
        List<String[]> rows = DataFiles.table(file, 3, 3);
        List<String> lines = DataFiles.lines(file);
        assertEquals(lines.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(lines.get(i), String.join("\t", rows.get(i)));
        }
    }

    @Test
    void aTableRowOfTooFewOrTooManyColumnsFailsNamingTheFile() {
        String file = "/org/opencac/engine/convention/unknown_site.tsv";
        IllegalStateException few = assertThrows(IllegalStateException.class, () -> DataFiles.table(file, 4, 5));
        assertTrue(few.getMessage().contains(file) && few.getMessage().contains("4 to 5"), few.getMessage());
        IllegalStateException many = assertThrows(IllegalStateException.class, () -> DataFiles.table(file, 2, 2));
        assertTrue(many.getMessage().contains(file) && many.getMessage().contains("expected 2 "), many.getMessage());
    }
}
