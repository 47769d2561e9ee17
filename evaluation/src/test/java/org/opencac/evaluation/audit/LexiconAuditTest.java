package org.opencac.evaluation.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.engine.Pipeline;
import org.opencac.engine.Stage;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.evaluation.batch.BatchNote;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

class LexiconAuditTest {

    /** A pipeline that suggests R06.09 for every "does" and I10 for every "hypertension" in the note. */
    private static Pipeline fakePipeline() {
        Stage stage = doc -> {
            List<Suggestion> out = new ArrayList<>();
            for (String[] w : new String[][] {{"does", "R06.09", "Other forms of dyspnea"},
                    {"hypertension", "I10", "Essential (primary) hypertension"}}) {
                List<EvidenceSpan> ev = new ArrayList<>();
                Matcher m = Pattern.compile("(?i)\\b" + w[0] + "\\b").matcher(doc.text());
                while (m.find()) {
                    ev.add(new EvidenceSpan(m.start(), m.end(), m.group(), "unknown", false, "present", "patient"));
                }
                if (!ev.isEmpty()) {
                    out.add(new Suggestion(w[1], w[2], true, 0.5, ev, List.of(), false));
                }
            }
            return doc.withSuggestions(out);
        };
        return new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"), List.of(stage));
    }

    private static List<BatchNote> notes() {
        return List.of(
                new BatchNote("n1", "He does walk daily. He does not smoke. Known hypertension.", "outpatient", null),
                new BatchNote("n2", "She does well on her medicines today.", "outpatient", null),
                new BatchNote("n3", "Hypertension, controlled.", "outpatient", null),
                new BatchNote("n4", "She does fine.", "outpatient", null),
                new BatchNote("line-5", "", "outpatient", "bad JSON on line 5"));
    }

    @Test
    void triggersAreCountedOncePerNoteAndListedMostFrequentFirst() {
        AuditResult r = new LexiconAudit(fakePipeline(), 2).run(notes(), null);
        assertEquals(4, r.notes());
        assertEquals(1, r.skipped());
        Trigger first = r.triggers().get(0);
        assertEquals("doe", first.trigger());
        assertEquals("does", first.surface());
        assertEquals("R06.09", first.code());
        assertEquals(3, first.notes());
        assertEquals(3, first.mentions());
        assertEquals(3, first.examples().size());
        assertEquals("hypertension", r.triggers().get(1).trigger());
        assertEquals(2, r.triggers().get(1).notes());
    }

    @Test
    void fileContextsHoldAtMostThreeWordsEitherSide() {
        String text = "one two three four five trigger six seven eight nine ten";
        int start = text.indexOf("trigger");
        assertEquals("three four five [trigger] six seven eight",
                LexiconAudit.window(text, start, start + 7, 3));
        assertEquals("[one] two three four", LexiconAudit.window(text, 0, 3, 3));
        AuditResult r = new LexiconAudit(fakePipeline(), 1).run(notes(), null);
        for (Trigger t : r.triggers()) {
            for (TriggerExample e : t.examples()) {
                String[] parts = e.window().split("[\\[\\]]");
                assertTrue(parts[0].isBlank() || parts[0].trim().split("\\s+").length <= 3, e.window());
                assertTrue(parts.length < 3 || parts[2].trim().split("\\s+").length <= 3, e.window());
            }
        }
        assertEquals(3, LexiconAudit.windowWords("atrial fibrillation"));
        assertEquals(2, LexiconAudit.windowWords("one two three four five six"));
        assertEquals(0, LexiconAudit.windowWords("a b c d e f g h i j k"));
        String md = AuditWriter.markdown(r, 10, "Audit", null);
        assertFalse(md.contains("He does walk daily. He does not smoke"), "whole sentences are not written");
        assertFalse(md.contains("walk daily"), "the committed Markdown holds no note text at all");
    }

    @Test
    void verdictsAreMergedAndCountedInTheTop(@TempDir Path dir) throws Exception {
        Path v = dir.resolve("verdicts.tsv");
        Files.writeString(v, "trigger\tcode\tverdict\treason\ndoe\tR06.09\treject\tthe verb does\n"
                + "hypertension\tI10\taccept\t\n");
        AuditResult r = new LexiconAudit(fakePipeline(), 1).run(notes(), null).withVerdicts(Verdicts.read(v));
        assertTrue(r.triggers().get(0).rejected());
        int[] counts = r.verdictCounts(300);
        assertEquals(1, counts[0]);
        assertEquals(1, counts[1]);
        assertTrue(AuditWriter.tsv(r, 300).contains("doe\tR06.09\tOther forms of dyspnea"));
        assertTrue(AuditWriter.json(r, 300).contains("\"reject\" : 1"));
    }

    @Test
    void aBadVerdictRowFailsNamingTheLine(@TempDir Path dir) throws Exception {
        Path v = dir.resolve("verdicts.tsv");
        Files.writeString(v, "trigger\tcode\tverdict\treason\ndoe\tR06.09\tmaybe\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Verdicts.read(v));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
