package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.cpt.CptCodeSet;

/** The shipped CPT list carries only short team-written descriptions; a licensed file replaces it. */
class CptSourceTest {

    @Test
    void everyShippedDescriptionHasAtMostTenWords() {
        CptCodeSet team = CptCodeSet.teamList();
        assertTrue(team.codes().size() >= 30, "team list too small: " + team.codes().size());
        team.codes().forEach((code, description) -> {
            int words = description.trim().split("\\s+").length;
            assertTrue(words <= 10, code + " has " + words + " words: " + description);
        });
        assertEquals("team-list", team.source());
    }

    @Test
    void aLicensedFileReplacesTheTeamListAndItsSourceIsReported() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("synthetic_cpt_file.tsv").toURI());
        CptCodeSet licensed = CptCodeSet.configured(file);
        assertEquals("licensed-file", licensed.source());
        assertEquals("CPT licensed file synthetic_cpt_file.tsv", licensed.version().label());
        assertEquals(4, licensed.codes().size());
        assertTrue(licensed.description("99999").isPresent(), "a code the team list lacks is enabled");
        assertTrue(licensed.description("99202").isEmpty(), "the team list is replaced, not merged");

        Pipeline p = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
                List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(CptModule.of(licensed)));
        Suggestion em = p.code(new Note("Established patient follow-up.\nAssessment and Plan:\nHypertension, stable. "
                + "Continue lisinopril.", CareSetting.OUTPATIENT), List.of(CodeSystem.CPT)).systems().get(0).suggestions().get(0);
        assertEquals("99213", em.code());
        assertEquals("Made-up descriptor for loader tests, level three", em.description());
    }

    @Test
    void aMalformedOrMissingFileFailsNamingTheProblem(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("cpt.tsv");
        Files.writeString(bad, "99213\tok\nnot-a-code descriptor\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CptCodeSet.licensedFile(bad));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CptCodeSet.licensedFile(Path.of("/no/such/cpt.tsv")));
    }
}
