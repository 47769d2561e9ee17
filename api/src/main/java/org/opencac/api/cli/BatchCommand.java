package org.opencac.api.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opencac.engine.Pipeline;
import org.opencac.evaluation.ProgressBar;
import org.opencac.evaluation.batch.BatchCoder;
import org.opencac.evaluation.batch.BatchInput;
import org.opencac.evaluation.batch.BatchNote;
import org.opencac.evaluation.batch.BatchSummary;
import org.opencac.evaluation.coder.PipelineNoteCoder;

/**
 * {@code opencac batch INPUT OUTPUT.jsonl [--threads N] [--date-of-service YYYY-MM-DD] [--warmup OTHER_NOTES]}:
 * codes a folder or JSONL of notes, resumably. A JSONL line's {@code dateOfService} picks its code-set releases;
 * the option is the date of the notes that name none. {@code --warmup} first codes other notes, unwritten and
 * timed apart, so the figures that follow are the steady state; the warm-up time is printed too.
 */
public final class BatchCommand {
    public static final String USAGE = "opencac batch NOTES_DIR|NOTES.jsonl OUTPUT.jsonl [--threads N] [--date-of-service YYYY-MM-DD] [--warmup OTHER_NOTES]";

    private BatchCommand() {
    }

    /**
     * Parsed arguments.
     *
     * @param input   folder of .txt notes or a JSONL file
     * @param output  the JSONL output (appended to on rerun)
     * @param threads worker threads
     * @param dateOfService the date of service of the notes that name none, or null
     * @param warmUp  other notes to code first, untimed in the figures (null: none)
     */
    public record Args(Path input, Path output, int threads, java.time.LocalDate dateOfService, Path warmUp) {
        public static Args parse(List<String> args, int defaultThreads) {
            int threads = defaultThreads;
            java.time.LocalDate date = null;
            Path warmUp = null;
            java.util.ArrayList<String> files = new java.util.ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("--threads")) {
                    threads = CommandArgs.positive(CommandArgs.value(args, ++i, "--threads"), "--threads");
                } else if (args.get(i).equals("--date-of-service")) {
                    date = CodeCommand.Args.dateOption(CommandArgs.value(args, ++i, "--date-of-service"),
                            "--date-of-service");
                } else if (args.get(i).equals("--warmup")) {
                    warmUp = Path.of(CommandArgs.value(args, ++i, "--warmup"));
                    if (!Files.exists(warmUp)) {
                        throw new UsageException("no such warm-up input: " + warmUp);
                    }
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
            return new Args(Path.of(files.get(0)), Path.of(files.get(1)), threads, date, warmUp);
        }

        /** The input's notes per worker thread, counted no further than {@code limit} a thread. */
        public long notesPerThreadUpTo(long limit) {
            return new BatchInput().countUpTo(input, limit * threads) / threads;
        }
    }

    public static void run(Args args, Pipeline pipeline, PrintStream out) {
        BatchCoder coder = new BatchCoder(new PipelineNoteCoder(pipeline), args.threads(), ProgressBar.stderr("batch"),
                System.err);
        if (args.warmUp() != null) {
            List<BatchNote> warmUp = new BatchInput().read(args.warmUp());
            java.time.Duration took = coder.warmUp(warmUp, args.input());
            out.printf(java.util.Locale.ROOT, "batch: warm-up on %d other notes took %.2f s (not in the figures below)%n",
                    warmUp.size(), took.toNanos() / 1e9);
        }
        long cpu0 = processCpuNanos();
        ThreadCpu.Snapshot threads0 = ThreadCpu.now();
        long coding0 = coder.codingCpuNanos();
        BatchSummary s = coder.run(args.input(), args.output(), args.dateOfService());
        java.util.Map<String, Long> byKind = ThreadCpu.now().since(threads0);
        out.println(s);
        long cpu = processCpuNanos() - cpu0;
        int notes = s.coded() + s.failed();
        if (notes > 0 && s.wallTimeMillis() > 0 && cpu > 0) {
            out.printf(java.util.Locale.ROOT, "batch: %d notes in %.2f s (%.0f notes/s) with %d thread(s); CPU %.2f s "
                    + "(%.0f notes per CPU second)%n", notes, s.wallTimeMillis() / 1000.0,
                    notes * 1000.0 / s.wallTimeMillis(), args.threads(), cpu / 1e9, notes / (cpu / 1e9));
        }
        long coding = coder.codingCpuNanos() - coding0;
        if (notes > 0 && coding > 0) {
            out.printf(java.util.Locale.ROOT, "batch: coding threads CPU %.2f s (%.0f notes per coding-thread CPU second,"
                    + " %.2f ms per note)%n", coding / 1e9, notes / (coding / 1e9), coding / 1e6 / notes);
        }
        if (byKind.values().stream().anyMatch(v -> v > 0)) {
            out.printf(java.util.Locale.ROOT, "batch: other threads' CPU while coding: %s %.2f s, %s %.2f s, %s %.2f s%n",
                    ThreadCpu.JIT, byKind.get(ThreadCpu.JIT) / 1e9, ThreadCpu.GC, byKind.get(ThreadCpu.GC) / 1e9,
                    ThreadCpu.OTHER, byKind.get(ThreadCpu.OTHER) / 1e9);
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
