package org.opencac.evaluation.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencac.evaluation.EvaluationReport;

/** Writes an evaluation report as indented JSON and reads it back, e.g. for {@code RunDiff}. */
public final class JsonReportWriter {
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public void write(EvaluationReport report, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            json.writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file, e);
        }
    }

    public String toJson(EvaluationReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EvaluationReport read(Path file) {
        try {
            return json.readValue(file.toFile(), EvaluationReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report " + file, e);
        }
    }
}
