package org.opencac.api.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.evaluation.audit.AuditResult;
import org.opencac.evaluation.audit.AuditWriter;
import org.opencac.evaluation.audit.LexiconAudit;
import org.opencac.evaluation.audit.Verdicts;
import org.opencac.evaluation.batch.BatchInput;

/**
 * {@code opencac audit NOTES [--top N] [--out FILE] [--setting S] [--verdicts TSV] [--threads N]}: lists the
 * triggers of the suggested codes, most frequent first. The file form (by extension: .md, .tsv or .json)
 * holds only a few words of context either side of each trigger; the screen shows whole sentences.
 */
public final class AuditCommand {
    public static final String USAGE = "opencac audit NOTES.jsonl|NOTES_DIR [--top N] [--out FILE.md|.tsv|.json]"
            + " [--setting outpatient|inpatient] [--verdicts VERDICTS.tsv] [--threads N]";

    private AuditCommand() {
    }

    /**
     * Parsed arguments.
     *
     * @param input    folder of .txt notes or a JSONL file of {id, text}
     * @param top      how many triggers to list
     * @param out      the file to write, or null for the screen only
     * @param setting  the setting every note is coded in, or null for each note's own (default outpatient)
     * @param verdicts a reviewer's verdict file, or null
     * @param threads  worker threads
     */
    public record Args(Path input, int top, Path out, CareSetting setting, Path verdicts, int threads) {
        public static Args parse(List<String> args, int defaultThreads) {
            Path input = null;
            int top = 300;
            Path out = null;
            CareSetting setting = null;
            Path verdicts = null;
            int threads = defaultThreads;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--top" -> top = CommandArgs.positive(CommandArgs.value(args, ++i, a), a);
                    case "--out" -> out = Path.of(CommandArgs.value(args, ++i, a));
                    case "--setting" -> {
                        String v = CommandArgs.value(args, ++i, a).toLowerCase(Locale.ROOT);
                        setting = CareSetting.parse(v)
                                .orElseThrow(() -> new UsageException("--setting must be outpatient or inpatient"));
                    }
                    case "--verdicts" -> verdicts = Path.of(CommandArgs.value(args, ++i, a));
                    case "--threads" -> threads = CommandArgs.positive(CommandArgs.value(args, ++i, a), a);
                    default -> input = CommandArgs.positional(a, input);
                }
            }
            if (input == null) {
                throw new UsageException("audit needs a notes file or folder");
            }
            if (!Files.exists(input)) {
                throw new UsageException("no such notes file or folder: " + input);
            }
            if (verdicts != null && !Files.isRegularFile(verdicts)) {
                throw new UsageException("no such verdict file: " + verdicts);
            }
            if (out != null && !out.toString().matches(".*\\.(md|tsv|json)$")) {
                throw new UsageException("--out must end in .md, .tsv or .json");
            }
            return new Args(input, top, out, setting, verdicts, threads);
        }
    }

    /** The command that reproduces a report (the input named by its file name only). */
    static String command(Args a) {
        return "java -jar api/target/opencac.jar audit " + a.input().getFileName() + " --top " + a.top()
                + (a.setting() == null ? "" : " --setting " + a.setting().name().toLowerCase(Locale.ROOT))
                + (a.verdicts() == null ? "" : " --verdicts " + a.verdicts()) + " --out " + a.out();
    }

    public static void run(Args args, Pipeline pipeline, PrintStream out) throws IOException {
        AuditResult result = new LexiconAudit(pipeline, args.threads())
                .run(new BatchInput().read(args.input()), args.setting());
        if (args.verdicts() != null) {
            result = result.withVerdicts(Verdicts.read(args.verdicts()));
        }
        AuditWriter.print(result, args.top(), out);
        if (args.out() != null) {
            String name = args.out().toString();
            String body = name.endsWith(".json") ? AuditWriter.json(result, args.top())
                    : name.endsWith(".tsv") ? AuditWriter.tsv(result, args.top())
                    : AuditWriter.markdown(result, args.top(), "Lexicon audit", command(args));
            Path parent = args.out().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(args.out(), body, StandardCharsets.UTF_8);
            out.println("wrote " + args.out());
        }
    }
}
