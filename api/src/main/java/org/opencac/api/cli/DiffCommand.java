package org.opencac.api.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opencac.evaluation.diff.DiffText;
import org.opencac.evaluation.diff.RunComparison;
import org.opencac.evaluation.diff.RunDiff;

/** {@code opencac eval diff A.json B.json [--json]}: compares two evaluation runs. */
public final class DiffCommand {
    public static final String USAGE = "opencac eval diff A/report.json B/report.json [--json]";

    private DiffCommand() {
    }

    public static void run(List<String> args, PrintStream out) {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        boolean json = args.contains("--json");
        if (files.size() != 2 || args.stream().anyMatch(a -> a.startsWith("--") && !a.equals("--json"))) {
            throw new UsageException("eval diff takes two report files");
        }
        for (String f : files) {
            if (!Files.isRegularFile(Path.of(f))) {
                throw new UsageException("no such report: " + f);
            }
        }
        RunComparison c = new RunDiff(RunDiff.DEFAULT_NOTES).compare(Path.of(files.get(0)), Path.of(files.get(1)));
        out.println(json ? DiffText.json(c) : DiffText.render(c));
    }
}
