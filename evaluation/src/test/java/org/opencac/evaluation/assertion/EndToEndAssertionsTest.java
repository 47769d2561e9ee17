package org.opencac.evaluation.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Pipeline;
import org.opencac.engine.Stage;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

class EndToEndAssertionsTest {

    /**
     * A pipeline whose only stage records a mention outcome for each of three concepts ("chest pain",
     * "pneumonia", "breast cancer", plus "cough"), negated after "denies", uncertain after "Possible", family
     * after "mother": enough to check the matching of mentions to targets and the scoring, not the cues.
     */
    private static Pipeline fakePipeline() {
        Stage stage = doc -> {
            String text = doc.text();
            String lower = text.toLowerCase(Locale.ROOT);
            List<MentionOutcome> out = new ArrayList<>();
            for (String concept : List.of("chest pain", "pneumonia", "breast cancer", "cough")) {
                int at = lower.indexOf(concept);
                if (at >= 0) {
                    String status = lower.contains("denies") ? "negated" : lower.contains("possible") ? "uncertain"
                            : "present";
                    String who = lower.contains("mother") ? "family" : "patient";
                    boolean coded = status.equals("present") && who.equals("patient");
                    out.add(new MentionOutcome(at, at + concept.length(), text.substring(at, at + concept.length()),
                            "unknown", status, who, List.of(), List.of(), coded, coded ? null : status,
                            coded ? null : status));
                }
            }
            return doc.withOutcomes(out);
        };
        return new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"), List.of(stage));
    }

    private static Path sentences() throws URISyntaxException {
        return Path.of(EndToEndAssertionsTest.class.getResource("end-to-end-sentences.tsv").toURI());
    }

    @Test
    void scoresTheMentionCoveringTheTargetAndCountsUncoveredTargetsAsMisses() throws Exception {
        AssertionReport r = AssertionEvaluator.evaluateEndToEnd(sentences(), fakePipeline());
        assertEquals("end to end", r.mode());
        assertEquals(6, r.rows());
        assertEquals(1, r.notFound(), "fever (no mention)");
        assertEquals(4, r.exact(), "t1, t2, t3 and t4 (productive cough, read from its head's mention, cough)");
        CategoryScore negated = r.score("negated");
        assertEquals(1, negated.tp());
        assertEquals(0, negated.fp());
        assertEquals(1, negated.fn(), "the negated fever that was not found is a miss");
        assertEquals(1.0, r.score("uncertain").f1(), 1e-9);
        assertEquals(1.0, r.score("family").f1(), 1e-9);
        assertEquals(1, r.score("historical").fn(), "t6's gold is wrong on purpose");
        List<String> notFound = r.errors().stream().filter(e -> e.predicted().equals("not found"))
                .map(Misclassified::id).toList();
        assertEquals(List.of("t5"), notFound);
        assertTrue(r.toTable().contains("not found: 1 rows"), r.toTable());
        assertFalse(r.withoutErrors().toTable().contains("t5 (line"), "the row t5 is not listed (the file path may hold \"t5\")");
    }

    @Test
    void theSmallestCoveringMentionIsChosen() {
        MentionOutcome wide = new MentionOutcome(0, 16, "productive cough", "unknown", "present", "patient",
                List.of(), List.of(), true, null, null);
        MentionOutcome narrow = new MentionOutcome(11, 16, "cough", "unknown", "negated", "patient",
                List.of(), List.of(), false, "negated", "negated");
        assertEquals(narrow, EndToEndAssertions.covering(List.of(wide, narrow), 11, 16).orElseThrow());
        assertEquals(wide, EndToEndAssertions.covering(List.of(wide, narrow), 0, 16).orElseThrow());
        assertTrue(EndToEndAssertions.covering(List.of(narrow), 0, 16).isEmpty(), "a mention inside the target does not cover it");
    }

    @Test
    void withoutACoveringMentionTheMentionOfTheTargetsHeadIsRead() {
        MentionOutcome head = new MentionOutcome(11, 16, "cough", "unknown", "negated", "patient",
                List.of(), List.of(), false, "negated", "negated");
        MentionOutcome modifier = new MentionOutcome(0, 10, "productive", "unknown", "present", "patient",
                List.of(), List.of(), true, null, null);
        assertEquals(head, EndToEndAssertions.head(List.of(modifier, head), 0, 16).orElseThrow());
        assertTrue(EndToEndAssertions.head(List.of(modifier), 0, 16).isEmpty(),
                "a mention of a modifier alone is not the target's head");
    }

    @Test
    void aMentionFromTheTargetsHeadOnIsReadWhenNoneCoversIt() {
        // target "closed fracture" [0, 15); the mention starts at its head and goes on with the site
        MentionOutcome site = new MentionOutcome(7, 36, "fracture of the distal radius", "unknown", "negated",
                "patient", List.of(), List.of(), false, "negated", "negated");
        MentionOutcome after = new MentionOutcome(20, 36, "distal radius", "unknown", "present", "patient",
                List.of(), List.of(), true, null, null);
        assertEquals(site, EndToEndAssertions.fromHead(List.of(after, site), 0, 15).orElseThrow());
        assertTrue(EndToEndAssertions.fromHead(List.of(after), 0, 15).isEmpty(),
                "a mention after the target is not its head");
    }

    @Test
    void theAssertionStageModeReportsNoNotFoundRows() throws Exception {
        AssertionReport r = AssertionEvaluator.standard().evaluate(sentences());
        assertEquals("assertion stage", r.mode());
        assertEquals(0, r.notFound());
        assertFalse(r.toTable().contains("not found:"));
    }
}
