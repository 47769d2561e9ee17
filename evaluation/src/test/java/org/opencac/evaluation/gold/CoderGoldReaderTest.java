package org.opencac.evaluation.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.evaluation.Codes;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class CoderGoldReaderTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CoderGoldReaderTest.class.getResource(name).toURI());
    }

    private Path gold(String... lines) throws IOException {
        return Files.write(dir.resolve("gold.jsonl"), List.of(lines));
    }

    @Test
    void attachesEachNotesTextByIdAndKeepsPartAndFirstListed() throws Exception {
        GoldSet set = new CoderGoldReader().read(resource("coder-gold.jsonl"), resource("coder-notes.jsonl"), null);
        assertEquals(List.of("syn-1", "syn-2", "syn-3"), set.notes().stream().map(GoldNote::id).toList());
        GoldNote first = set.notes().get(0);
        assertTrue(first.text().startsWith("ASSESSMENT: Essential hypertension"), first.text());
        assertEquals("outpatient", first.setting());
        assertEquals(List.of("I10", "E11.9"), first.codes().stream().map(GoldCode::code).toList());
        assertEquals(Codes.ICD10CM, first.codes().get(0).system());
        assertEquals("tuning", first.attributes().get(CoderGoldReader.PART));
        assertEquals("I10", first.attributes().get(CoderGoldReader.FIRST_LISTED));
        assertEquals("office", first.attributes().get("noteKind"));
        assertEquals("inpatient", set.notes().get(1).setting());
        GoldNote empty = set.notes().get(2);
        assertTrue(empty.codes().isEmpty());
        assertFalse(empty.attributes().containsKey(CoderGoldReader.FIRST_LISTED));
    }

    @Test
    void partKeepsOnlyThatHalf() throws Exception {
        GoldSet frozen = new CoderGoldReader().read(resource("coder-gold.jsonl"), resource("coder-notes.jsonl"), "frozen");
        assertEquals(List.of("syn-2", "syn-3"), frozen.notes().stream().map(GoldNote::id).toList());
        assertEquals("coder-gold.jsonl (frozen)", frozen.source());
    }

    @Test
    void readsAnXzCompressedNotesFile() throws Exception {
        Path xz = dir.resolve("notes.jsonl.xz");
        try (OutputStream out = new XZOutputStream(Files.newOutputStream(xz), new LZMA2Options())) {
            out.write(Files.readAllBytes(resource("coder-notes.jsonl")));
        }
        GoldSet set = new CoderGoldReader().read(resource("coder-gold.jsonl"), xz, null);
        assertTrue(set.notes().get(1).text().contains("pneumonia"));
    }

    @Test
    void aGoldNoteMissingFromTheNotesFileIsNamed() throws Exception {
        Path gold = gold("{\"id\":\"syn-9\",\"setting\":\"outpatient\",\"part\":\"tuning\",\"codes\":[]}");
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> new CoderGoldReader().read(gold, resource("coder-notes.jsonl"), null));
        assertTrue(e.getMessage().contains("'syn-9' is not in the notes file"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void aMissingNotesFileIsAClearError() throws Exception {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> new CoderGoldReader().read(resource("coder-gold.jsonl"), dir.resolve("absent.jsonl"), null));
        assertTrue(e.getMessage().contains("notes file not found"), e.getMessage());
    }

    @Test
    void twoFirstListedCodesInOneNoteAreRejected() throws Exception {
        Path gold = gold("{\"id\":\"syn-1\",\"setting\":\"outpatient\",\"part\":\"tuning\",\"codes\":["
                + "{\"code\":\"I10\",\"firstListed\":true},{\"code\":\"E11.9\",\"firstListed\":true}]}");
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> new CoderGoldReader().read(gold, resource("coder-notes.jsonl"), null));
        assertTrue(e.getMessage().contains("more than one first-listed"), e.getMessage());
    }

    @Test
    void anUnknownPartOrSettingIsRejected() throws Exception {
        Path notes = resource("coder-notes.jsonl");
        Path badPart = gold("{\"id\":\"syn-1\",\"setting\":\"outpatient\",\"part\":\"test\",\"codes\":[]}");
        assertTrue(assertThrows(GoldFormatException.class, () -> new CoderGoldReader().read(badPart, notes, null))
                .getMessage().contains("part must be tuning or frozen"));
        Path badSetting = gold("{\"id\":\"syn-1\",\"setting\":\"er\",\"part\":\"tuning\",\"codes\":[]}");
        assertTrue(assertThrows(GoldFormatException.class, () -> new CoderGoldReader().read(badSetting, notes, null))
                .getMessage().contains("setting must be"));
        assertThrows(IllegalArgumentException.class,
                () -> new CoderGoldReader().read(resource("coder-gold.jsonl"), notes, "holdout"));
    }
}
