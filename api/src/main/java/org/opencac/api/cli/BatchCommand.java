package org.opencac.api.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opencac.engine.Pipeline;
import org.opencac.evaluation.ProgressBar;
import org.opencac.evaluation.batch.BatchCoder;
import org.opencac.evaluation.batch.BatchSummary;
import org.opencac.evaluation.coder.PipelineNoteCoder;

/**
 * {@code opencac batch INPUT OUTPUT.jsonl [--threads N] [--date-of-service YYYY-MM-DD]}: codes a folder or JSONL
 * of notes, resumably. A JSONL line's {@code dateOfService} picks its code-set releases; the option is the date
 * of the notes that name none.
 */
public final class BatchCommand {
    public static final String USAGE = "opencac batch NOTES_DIR|NOTES.jsonl OUTPUT.jsonl [--threads N] [--date-of-service YYYY-MM-DD]";

    private BatchCommand() {
    }

    /**
     * Parsed arguments.
     *
     * @param input   folder of .txt notes or a JSONL file
     * @param output  the JSONL output (appended to on rerun)
     * @param threads worker threads
     * @param dateOfService the date of service of the notes that name none, or null
     */
    public record Args(Path input, Path output, int threads, java.time.LocalDate dateOfService) {
        public static Args parse(List<String> args, int defaultThreads) {
            int threads = defaultThreads;
            java.time.LocalDate date = null;
            java.util.ArrayList<String> files = new java.util.ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("--threads")) {
                    threads = EvalCommand.positive(EvalCommand.value(args, ++i, "--threads"), "--threads");
                } else if (args.get(i).equals("--date-of-service")) {
                    date = CodeCommand.Args.dateOption(EvalCommand.value(args, ++i, "--date-of-service"),
                            "--date-of-service");
                } else if (args.get(i).startsWith("--")) {
                    throw new UsageException("unknown option " + args.get(i));
                } else {
                    files.add(args.get(i));
                }
            }
            if (files.size() != 2) {
                throw new UsageException("batch takes an input and an output");
            }
            if (!Files.exists(Path.of(files.get(0)))) {
                throw new UsageException("no such input: " + files.get(0));
            }
            return new Args(Path.of(files.get(0)), Path.of(files.get(1)), threads, date);
        }
    }

    public static void run(Args args, Pipeline pipeline, PrintStream out) {
        long cpu0 = processCpuNanos();
        BatchCoder coder = new BatchCoder(new PipelineNoteCoder(pipeline), args.threads(), ProgressBar.stderr("batch"),
                System.err);
        BatchSummary s = coder.run(args.input(), args.output(), args.dateOfService());
        out.println(s);
        long cpu = processCpuNanos() - cpu0;
        int notes = s.coded() + s.failed();
        if (notes > 0 && s.wallTimeMillis() > 0 && cpu > 0) {
            out.printf(java.util.Locale.ROOT, "batch: %d notes in %.2f s (%.0f notes/s) with %d thread(s); CPU %.2f s "
                    + "(%.0f notes per CPU second)%n", notes, s.wallTimeMillis() / 1000.0,
                    notes * 1000.0 / s.wallTimeMillis(), args.threads(), cpu / 1e9, notes / (cpu / 1e9));
        }
        long coding = coder.codingCpuNanos();
        if (notes > 0 && coding > 0) {
            out.printf(java.util.Locale.ROOT, "batch: coding threads CPU %.2f s (%.0f notes per coding-thread CPU second,"
                    + " %.2f ms per note)%n", coding / 1e9, notes / (coding / 1e9), coding / 1e6 / notes);
        }
    }

    /** CPU time of the whole process (all threads, JIT and GC included), or 0 if the JVM cannot tell. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }
}
