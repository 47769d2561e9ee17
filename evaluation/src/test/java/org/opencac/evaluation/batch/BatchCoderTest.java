package org.opencac.evaluation.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.evaluation.Codes;
import org.opencac.evaluation.NoteCoder;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.Prediction;
import org.opencac.evaluation.ProgressListener;
import org.opencac.evaluation.Span;

class BatchCoderTest {
    @TempDir
    Path dir;
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    private final NoteCoder coder = (id, text, setting) -> {
        calls.add(id);
        if (text.contains("explode")) {
            throw new IllegalArgumentException("cannot code this");
        }
        return new Prediction(Codes.ICD10CM, "2025",
                List.of(new PredictedCode(Codes.ICD10CM, "I10", 0.75, List.of(new Span(0, 3)))));
    };

    private BatchSummary run(Path input, Path output) {
        return new BatchCoder(coder, 2, ProgressListener.NONE, new PrintStream(errors, true, StandardCharsets.UTF_8))
                .run(input, output);
    }

    private Path threeNotes() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        for (String id : List.of("a", "b", "c")) {
            Files.writeString(notes.resolve(id + ".txt"), "HTN, note " + id);
        }
        return notes;
    }

    @Test
    void codesAFolderToOneLinePerNote() throws IOException {
        Path out = dir.resolve("out.jsonl");
        BatchSummary summary = run(threeNotes(), out);
        assertEquals(new BatchSummary(3, 0, 3, 0, summary.wallTimeMillis()), summary);
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        assertTrue(lines.contains("{\"id\":\"a\",\"setting\":\"outpatient\",\"codeSystem\":\"ICD-10-CM\","
                + "\"codeSetVersion\":\"2025\",\"codes\":[{\"system\":\"ICD-10-CM\",\"code\":\"I10\",\"score\":0.75,"
                + "\"spans\":[[0,3]]}]}"), lines.toString());
    }

    @Test
    void rerunCodesOnlyTheNotesMissingFromTheOutput() throws IOException {
        Path notes = threeNotes();
        Path out = dir.resolve("out.jsonl");
        run(notes, out);
        List<String> lines = new ArrayList<>(Files.readAllLines(out));
        lines.removeIf(l -> l.contains("\"id\":\"b\""));
        Files.write(out, lines);
        calls.clear();
        BatchSummary summary = run(notes, out);
        assertEquals(List.of("b"), calls);
        assertEquals(2, summary.skipped());
        assertEquals(1, summary.coded());
        assertEquals(3, Files.readAllLines(out).size());
    }

    @Test
    void aTornLastLineIsDroppedAndItsNoteRecoded() throws IOException {
        Path notes = threeNotes();
        Path out = dir.resolve("out.jsonl");
        run(notes, out);
        List<String> lines = new ArrayList<>(Files.readAllLines(out));
        String last = lines.remove(2);
        Files.writeString(out, String.join("\n", lines) + "\n" + last.substring(0, 12));
        calls.clear();
        run(notes, out);
        assertEquals(1, calls.size());
        assertEquals(3, Files.readAllLines(out).size());
    }

    @Test
    void aFailingNoteIsReportedAndSkippedWithoutStoppingTheBatch() throws IOException {
        Path input = Files.write(dir.resolve("in.jsonl"), List.of(
                "{\"id\":\"ok1\",\"text\":\"HTN\"}",
                "{\"id\":\"bad\",\"text\":\"please explode\",\"setting\":\"inpatient\"}",
                "{\"id\":\"empty\",\"text\":\"  \"}",
                "not json",
                "{\"id\":\"ok2\",\"text\":\"HTN again\",\"setting\":\"inpatient\"}"));
        Path out = dir.resolve("out.jsonl");
        BatchSummary summary = run(input, out);
        assertEquals(2, summary.coded());
        assertEquals(3, summary.failed());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.contains("{\"id\":\"bad\",\"error\":\"IllegalArgumentException: cannot code this\"}"), lines.toString());
        assertTrue(lines.contains("{\"id\":\"empty\",\"error\":\"empty text\"}"), lines.toString());
        assertTrue(lines.contains("{\"id\":\"line-4\",\"error\":\"bad JSON on line 4\"}"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("{\"id\":\"ok2\",\"setting\":\"inpatient\"")));
        String stderr = errors.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("note bad failed: IllegalArgumentException: cannot code this"), stderr);
        assertTrue(!stderr.contains("please explode"), "note text is never echoed");

        calls.clear();
        assertEquals(5, run(input, out).skipped());
        assertTrue(calls.isEmpty(), "failed notes count as finished; delete their lines to retry");
    }

    @Test
    void warmUpCodesOtherNotesAndWritesNothing() throws IOException {
        Path measured = threeNotes();
        Path out = dir.resolve("out.jsonl");
        BatchCoder batch = new BatchCoder(coder, 2, ProgressListener.NONE,
                new PrintStream(errors, true, StandardCharsets.UTF_8));
        batch.warmUp(List.of(new BatchNote("w1", "COPD, other note", "outpatient", null),
                new BatchNote("w2", "asthma, other note", "outpatient", null)), measured);
        assertEquals(2, calls.size());
        assertTrue(calls.containsAll(List.of("w1", "w2")));
        assertTrue(Files.notExists(out));
        batch.run(measured, out);
        assertEquals(3, Files.readAllLines(out).size());
    }

    @Test
    void aWarmUpNoteThatIsAlsoMeasuredIsRefused() throws IOException {
        Path measured = threeNotes();
        BatchCoder batch = new BatchCoder(coder, 1, ProgressListener.NONE,
                new PrintStream(errors, true, StandardCharsets.UTF_8));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> batch.warmUp(List.of(new BatchNote("copy", "HTN, note b", "outpatient", null)), measured));
        assertTrue(e.getMessage().contains("copy"), e.getMessage());
        assertTrue(calls.isEmpty());
    }
}
