package org.opencac.evaluation.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.evaluation.Codes;
import org.opencac.evaluation.Span;

class CodiEspGoldReaderTest {
    @TempDir
    Path dir;
    private Path notes;
    private final CodiEspGoldReader reader = new CodiEspGoldReader("inpatient", Codes.ICD10CM);

    @BeforeEach
    void writeNotes() throws IOException {
        notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("case1.txt"), "Paciente con diabetes y biopsia renal.");
        Files.writeString(notes.resolve("case2.txt"), "Sin hallazgos.");
    }

    private Path tsv(String... lines) throws IOException {
        return Files.write(dir.resolve("codes.tsv"), List.of(lines));
    }

    @Test
    void readsTwoColumnCodesAndNotesWithoutCodes() throws IOException {
        GoldSet set = reader.read(notes, tsv("case1\te11.9", "case1\tr69"));
        assertEquals(2, set.notes().size());
        GoldNote case1 = set.notes().get(0);
        assertEquals("inpatient", case1.setting());
        assertEquals(List.of("E11.9", "R69"), case1.codes().stream().map(GoldCode::code).toList());
        assertTrue(set.notes().get(1).codes().isEmpty());
    }

    @Test
    void readsFiveColumnCodesWithTypesAndOffsets() throws IOException {
        GoldSet set = reader.read(notes, tsv(
                "case1\tDIAGNOSTICO\te11.9\tdiabetes\t13 21",
                "case1\tPROCEDIMIENTO\t0tbj3zx\tbiopsia renal\t24 31;32 37"));
        List<GoldCode> codes = set.notes().get(0).codes();
        assertEquals(new GoldCode(Codes.ICD10CM, "E11.9", List.of(new Span(13, 21))), codes.get(0));
        assertEquals(new GoldCode(Codes.ICD10PCS, "0TBJ3ZX", List.of(new Span(24, 31), new Span(32, 37))), codes.get(1));
    }

    @Test
    void unknownNoteIdNamesTheLine() throws IOException {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> reader.read(notes, tsv("case1\tE11.9", "case9\tI10")));
        assertTrue(e.getMessage().contains("codes.tsv:2") && e.getMessage().contains("case9"), e.getMessage());
    }

    @Test
    void offsetsBeyondTheTextAreAnError() throws IOException {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> reader.read(notes, tsv("case2\tdiagnosis\tR69\tx\t5 500")));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }

    @Test
    void malformedOffsetsAreAnError() throws IOException {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> reader.read(notes, tsv("case2\tdiagnosis\tR69\tx\tfive")));
        assertTrue(e.getMessage().contains("offsets"), e.getMessage());
    }

    @Test
    void unknownTypeIsAnError() throws IOException {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> reader.read(notes, tsv("case2\tMORFOLOGIA\t8000/3\tx\t0 3")));
        assertTrue(e.getMessage().contains("MORFOLOGIA"), e.getMessage());
    }

    @Test
    void wrongColumnCountIsAnError() throws IOException {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> reader.read(notes, tsv("case2\tdiagnosis\tR69")));
        assertTrue(e.getMessage().contains("columns"), e.getMessage());
    }
}
