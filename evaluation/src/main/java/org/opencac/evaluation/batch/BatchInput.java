package org.opencac.evaluation.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opencac.engine.note.PatientSex;
import org.opencac.engine.system.DateOfService;

/**
 * Reads the notes of a batch: every {@code .txt} file of a folder (setting outpatient), or a JSON
 * Lines file of {@code {"id","text","setting"?,"dateOfService"?,"sex"?}} (setting defaults to outpatient; the
 * date of service, YYYY-MM-DD, picks the code-set releases; the patient's sex, male, female or unknown, decides
 * codes for one sex only, else the note is read for it). A line that is not valid becomes a note with a
 * problem, named {@code line-N} when it has no id, so one bad line cannot stop a batch.
 */
public final class BatchInput {
    static final String DEFAULT_SETTING = "outpatient";
    private final ObjectMapper json = new ObjectMapper();

    /**
     * How many notes {@link #read} would return, counting no further than {@code limit} (a folder's {@code .txt}
     * files, a JSON Lines file's non-blank lines), without parsing them: cheap on a large input.
     */
    public long countUpTo(Path input, long limit) {
        try (Stream<?> entries = Files.isDirectory(input) ? Files.list(input).filter(BatchInput::isNoteFile)
                : Files.lines(input, StandardCharsets.UTF_8).filter(l -> !l.isBlank())) {
            return entries.limit(limit).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read " + input, e.getCause());
        }
    }

    public List<BatchNote> read(Path input) {
        try {
            return Files.isDirectory(input) ? folder(input) : jsonLines(input);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read batch input " + input, e);
        }
    }

    private static List<BatchNote> folder(Path folder) throws IOException {
        List<BatchNote> notes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(BatchInput::isNoteFile).sorted().toList()) {
                String name = file.getFileName().toString();
                notes.add(new BatchNote(name.substring(0, name.length() - 4),
                        Files.readString(file, StandardCharsets.UTF_8), DEFAULT_SETTING, null));
            }
        }
        return notes;
    }

    /** A folder's note: a {@code .txt} file. */
    private static boolean isNoteFile(Path file) {
        return file.getFileName().toString().endsWith(".txt");
    }

    private List<BatchNote> jsonLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<BatchNote> notes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                notes.add(parse(lines.get(i), i + 1));
            }
        }
        return notes;
    }

    private BatchNote parse(String line, int number) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (IOException e) {
            return new BatchNote("line-" + number, "", DEFAULT_SETTING, "bad JSON on line " + number);
        }
        if (node == null || !node.path("id").isTextual() || node.path("id").asText().isBlank()) {
            return new BatchNote("line-" + number, "", DEFAULT_SETTING, "missing id on line " + number);
        }
        String setting = node.path("setting").isTextual() ? node.get("setting").asText() : DEFAULT_SETTING;
        String problem = node.path("text").isTextual() ? null : "missing text";
        if (!setting.equals("outpatient") && !setting.equals("inpatient")) {
            problem = "setting must be outpatient or inpatient";
        }
        java.time.LocalDate date = null;
        JsonNode dos = node.path("dateOfService");
        if (!dos.isMissingNode() && !dos.isNull()) {
            date = DateOfService.parse(dos.isTextual() ? dos.asText() : null).orElse(null);
            if (date == null && problem == null) {
                problem = "dateOfService must be a date written YYYY-MM-DD";
            }
        }
        PatientSex sex = PatientSex.UNKNOWN;
        JsonNode sexField = node.path("sex");
        if (!sexField.isMissingNode() && !sexField.isNull()) {
            sex = PatientSex.parse(sexField.isTextual() ? sexField.asText() : null).orElse(null);
            if (sex == null && problem == null) {
                problem = "sex must be male, female or unknown";
            }
        }
        return new BatchNote(node.get("id").asText(), node.path("text").asText(""), setting, problem, date, sex);
    }
}
