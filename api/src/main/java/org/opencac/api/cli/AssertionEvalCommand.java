package org.opencac.api.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.opencac.engine.Pipeline;
import org.opencac.evaluation.assertion.AssertionEvaluator;
import org.opencac.evaluation.assertion.AssertionReport;

/**
 * {@code opencac assertion-eval SENTENCES.tsv [--end-to-end] [--json]}: precision, recall and F1 of the assertion
 * stage per category on an annotated sentence set (see corpus/assertion). With {@code --end-to-end} each sentence
 * is coded by the full pipeline and the assertion of the mention covering the target is scored. A file in a folder named {@code frozen} is a
 * frozen test part: its misclassified rows are withheld, so nobody tunes on its errors.
 */
public final class AssertionEvalCommand {
    public static final String USAGE = "opencac assertion-eval SENTENCES.tsv [--end-to-end] [--json]";

    private static final List<String> FLAGS = List.of("--json", "--end-to-end");

    private AssertionEvalCommand() {
    }

    /** The assertion stage alone; {@code pipeline} is asked for only with {@code --end-to-end}. */
    public static void run(List<String> args, PrintStream out, Supplier<Pipeline> pipeline) throws Exception {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1 || args.stream().anyMatch(a -> a.startsWith("--") && !FLAGS.contains(a))) {
            throw new UsageException("assertion-eval takes one TSV file");
        }
        Path tsv = Path.of(files.get(0));
        if (!Files.isRegularFile(tsv)) {
            throw new UsageException("no such file: " + tsv);
        }
        AssertionReport report = args.contains("--end-to-end")
                ? AssertionEvaluator.evaluateEndToEnd(tsv, pipeline.get())
                : AssertionEvaluator.standard().evaluate(tsv);
        boolean frozen = isFrozenPart(tsv);
        if (frozen) {
            report = report.withoutErrors();
        }
        if (args.contains("--json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            out.println(report.toTable());
            if (frozen) {
                out.println("(frozen part: misclassified rows are withheld)");
            }
        }
    }

    /** True for a file inside a folder named {@code frozen}. */
    static boolean isFrozenPart(Path file) {
        for (Path p : file.toAbsolutePath().normalize()) {
            if (p.toString().equals("frozen")) {
                return true;
            }
        }
        return false;
    }
}
