package org.opencac.evaluation.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.evaluation.Codes;
import org.opencac.evaluation.Span;

class JsonLinesGoldReaderTest {
    private static final String GOOD = "{\"id\":\"n1\",\"text\":\"Type 2 diabetes.\",\"setting\":\"outpatient\","
            + "\"specialty\":\"endocrinology\",\"codes\":[{\"system\":\"ICD-10-CM\",\"code\":\"e119\",\"spans\":[[0,15]]}]}";
    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        return Files.write(dir.resolve("gold.jsonl"), List.of(lines));
    }

    private GoldFormatException bad(String... lines) throws IOException {
        return assertThrows(GoldFormatException.class, () -> new JsonLinesGoldReader().read(file(lines)));
    }

    @Test
    void readsNotesNormalizesCodesAndKeepsExtraFields() throws IOException {
        GoldSet set = new JsonLinesGoldReader().read(file(GOOD, "",
                "{\"id\":\"n2\",\"text\":\"HTN\",\"setting\":\"inpatient\",\"codes\":[{\"system\":\"ICD-10-CM\",\"code\":\"I10\"}]}"));
        assertEquals("gold.jsonl", set.source());
        assertEquals(2, set.notes().size());
        GoldNote n1 = set.notes().get(0);
        assertEquals(List.of(new GoldCode(Codes.ICD10CM, "E11.9", List.of(new Span(0, 15)))), n1.codes());
        assertEquals(Map.of("specialty", "endocrinology"), n1.attributes());
        assertEquals("inpatient", set.notes().get(1).setting());
        assertTrue(set.notes().get(1).codes().get(0).spans().isEmpty());
    }

    @Test
    void badJsonNamesFileAndLine() throws IOException {
        GoldFormatException e = bad(GOOD.replace("n1", "a"), "{\"id\": oops");
        assertTrue(e.getMessage().contains("gold.jsonl:2"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void missingSettingIsAnError() throws IOException {
        GoldFormatException e = bad(GOOD.replace("\"setting\":\"outpatient\",", ""));
        assertTrue(e.getMessage().contains("gold.jsonl:1") && e.getMessage().contains("setting"), e.getMessage());
    }

    @Test
    void unknownSettingIsAnError() throws IOException {
        assertTrue(bad(GOOD.replace("outpatient", "emergency")).getMessage().contains("emergency"));
    }

    @Test
    void missingCodeFieldIsAnError() throws IOException {
        GoldFormatException e = bad(GOOD.replace("\"code\":\"e119\",", ""));
        assertTrue(e.getMessage().contains("'code'"), e.getMessage());
    }

    @Test
    void spanBeyondTheTextIsAnError() throws IOException {
        GoldFormatException e = bad(GOOD, GOOD.replace("n1", "n2").replace("[[0,15]]", "[[10,99]]"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }

    @Test
    void malformedSpanIsAnError() throws IOException {
        assertTrue(bad(GOOD.replace("[[0,15]]", "[[0]]")).getMessage().contains("[start, end]"));
    }

    @Test
    void duplicateIdIsAnError() throws IOException {
        GoldFormatException e = bad(GOOD, GOOD);
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("duplicate note id 'n1'"), e.getMessage());
    }

    @Test
    void aRepeatedCodeIsKeptOnceWithBothSpans() throws IOException {
        String twice = GOOD.replace("[[0,15]]}]", "[[0,6]]},{\"system\":\"ICD-10-CM\",\"code\":\"E11.9\",\"spans\":[[7,15]]}]");
        GoldNote note = new JsonLinesGoldReader().read(file(twice)).notes().get(0);
        assertEquals(1, note.codes().size());
        assertEquals(List.of(new Span(0, 6), new Span(7, 15)), note.codes().get(0).spans());
    }
}
