package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.cpt.CptCodeSet;

/** Services are found as whole words in any letter case, the longest phrase first, with their offsets. */
class ServicePhraseScanTest {
    private static final Pipeline PIPELINE = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
            List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(CptModule.of(CptCodeSet.teamList())));

    private static List<Suggestion> services(String text) {
        return PIPELINE.code(new Note(text, CareSetting.OUTPATIENT), List.of(CodeSystem.CPT)).systems().get(0)
                .suggestions().stream().filter(s -> !s.code().startsWith("992")).toList();
    }

    @Test
    void aServiceIsFoundInAnyCaseWithItsOffsets() {
        String text = "Seen today. An EKG was done in the office.";
        List<Suggestion> found = services(text);
        assertEquals(List.of("93000"), found.stream().map(Suggestion::code).toList());
        int start = text.indexOf("EKG");
        assertEquals(start, found.get(0).evidence().get(0).start());
        assertEquals(start + 3, found.get(0).evidence().get(0).end());
        assertEquals("EKG", found.get(0).evidence().get(0).text());
    }

    @Test
    void aPhraseInsideALongerWordIsNotAService() {
        assertEquals(List.of(), services("Seen today. Labs: cbcx and tshirt sizes noted, preekg."));
    }

    @Test
    void theLongestPhraseWrittenWins() {
        List<Suggestion> found = services("Seen today. Comprehensive metabolic panel drawn in the office.");
        assertEquals(List.of("80053"), found.stream().map(Suggestion::code).toList());
        assertEquals("Comprehensive metabolic panel", found.get(0).evidence().get(0).text());
    }

    @Test
    void aServiceOnlyPlannedIsNotCoded() {
        assertEquals(List.of(), services("Seen today. Will schedule urinalysis next week."));
    }
}
