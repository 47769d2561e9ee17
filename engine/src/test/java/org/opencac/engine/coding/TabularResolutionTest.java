package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

class TabularResolutionTest {

    private static List<String> codes(String note) {
        Document d = TestModels.pipeline().run(new Note(note, CareSetting.OUTPATIENT));
        return d.candidates().stream().map(CodeCandidate::code).toList();
    }

    @Test
    void aLateralityWordAfterTheClauseMakesTheCodeSpecific() {
        List<String> codes = codes("ASSESSMENT: Carpal tunnel syndrome, right.");
        assertEquals(List.of("G56.01"), codes.stream().filter(c -> c.startsWith("G56")).toList());
    }

    @Test
    void withoutLateralityTheDefaultCodeStays() {
        List<String> codes = codes("ASSESSMENT: Carpal tunnel syndrome.");
        assertEquals(List.of("G56.00"), codes.stream().filter(c -> c.startsWith("G56")).toList());
    }

    @Test
    void theLateralityWindowMustBeAWholeNumberOfWords() {
        List<String> lines = new ArrayList<>();
        for (String l : DataFiles.lines(ScoringWeights.RESOURCE)) {
            lines.add(l.startsWith(TabularResolution.LATERALITY_WINDOW + "\t")
                    ? TabularResolution.LATERALITY_WINDOW + "\t2.5\thalf words" : l);
        }
        ScoringWeights w = ScoringWeights.parse(lines, "test.tsv", ScoringWeights.NAMES);
        assertThrows(IllegalArgumentException.class,
                () -> new TabularResolution(TestModels.models().codeSet(), null, w));
    }
}
