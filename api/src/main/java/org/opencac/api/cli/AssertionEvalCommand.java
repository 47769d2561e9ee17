package org.opencac.api.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opencac.evaluation.assertion.AssertionEvaluator;
import org.opencac.evaluation.assertion.AssertionReport;

/**
 * {@code opencac assertion-eval SENTENCES.tsv [--json]}: precision, recall and F1 of the assertion stage per
 * category on an annotated sentence set (see corpus/assertion).
 */
public final class AssertionEvalCommand {
    public static final String USAGE = "opencac assertion-eval SENTENCES.tsv [--json]";

    private AssertionEvalCommand() {
    }

    public static void run(List<String> args, PrintStream out) throws Exception {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1 || args.stream().anyMatch(a -> a.startsWith("--") && !a.equals("--json"))) {
            throw new UsageException("assertion-eval takes one TSV file");
        }
        Path tsv = Path.of(files.get(0));
        if (!Files.isRegularFile(tsv)) {
            throw new UsageException("no such file: " + tsv);
        }
        AssertionReport report = AssertionEvaluator.standard().evaluate(tsv);
        if (args.contains("--json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            out.println(report.toTable());
        }
    }
}
