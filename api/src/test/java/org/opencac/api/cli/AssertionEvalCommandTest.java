package org.opencac.api.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.engine.Pipeline;
import org.opencac.engine.Stage;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

class AssertionEvalCommandTest {
    @Test
    void aFileInAFrozenFolderIsAFrozenPart() {
        assertTrue(AssertionEvalCommand.isFrozenPart(Path.of("corpus/assertion/frozen/assertion-frozen.tsv")));
    }

    @Test
    void theTunedSetIsNotAFrozenPart() {
        assertFalse(AssertionEvalCommand.isFrozenPart(Path.of("corpus/assertion/assertion-sentences.tsv")));
        assertFalse(AssertionEvalCommand.isFrozenPart(Path.of("corpus/assertion/frozen-notes.tsv")));
    }

    private static final String SET = "id\tsentence\ttarget\tnegated\tuncertain\thypothetical\thistorical\texperiencer\tnote\n"
            + "r1\tNo wheezing today.\twheezing\t1\t0\t0\t0\tpatient\t\n"
            + "r2\tRash on both arms.\tRash\t0\t0\t0\t0\tpatient\t\n";

    /** A pipeline with one mention, "wheezing", always present: r1 is wrong, r2 is not found. */
    private static Pipeline fakePipeline() {
        Stage stage = doc -> {
            int at = doc.text().indexOf("wheezing");
            return at < 0 ? doc : doc.withOutcomes(List.of(new MentionOutcome(at, at + 8, "wheezing", "unknown",
                    "present", "patient", List.of(), List.of(), true, null, null)));
        };
        return new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"), List.of(stage));
    }

    private static String run(Path file, String... flags) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of(file.toString()));
        args.addAll(List.of(flags));
        AssertionEvalCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                AssertionEvalCommandTest::fakePipeline);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void endToEndListsWrongAndNotFoundRowsOfATunedSet(@TempDir Path dir) throws Exception {
        Path tsv = Files.writeString(dir.resolve("set.tsv"), SET);
        String out = run(tsv, "--end-to-end");
        assertTrue(out.contains("(end to end)"), out);
        assertTrue(out.contains("not found: 1 rows"), out);
        assertTrue(out.contains("r1 (line 2)"), out);
        assertTrue(out.contains("r2 (line 3) [Rash] expected present, got not found"), out);
    }

    @Test
    void endToEndWithholdsTheRowsOfAFrozenPart(@TempDir Path dir) throws Exception {
        Path frozen = Files.createDirectories(dir.resolve("frozen"));
        Path tsv = Files.writeString(frozen.resolve("set.tsv"), SET);
        String out = run(tsv, "--end-to-end");
        assertTrue(out.contains("not found: 1 rows"), out);
        assertFalse(out.contains("r1"), out);
        assertFalse(out.contains("r2"), out);
        assertTrue(out.contains("withheld"), out);
        String json = run(tsv, "--end-to-end", "--json");
        assertTrue(json.contains("\"notFound\" : 1"), json);
        assertFalse(json.contains("r2"), json);
    }
}
