package org.opencac.api.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.evaluation.gold.CodiEspGoldReader;
import org.opencac.evaluation.gold.GoldCode;
import org.opencac.evaluation.gold.GoldNote;
import org.opencac.evaluation.gold.GoldSet;
import org.opencac.evaluation.gold.CoderGoldReader;
import org.opencac.evaluation.gold.JsonLinesGoldReader;
import org.opencac.models.ModelBundle;
import org.opencac.workbench.learning.LearningSimulation;

/**
 * {@code opencac learning-sim GOLD.jsonl}, {@code opencac learning-sim CODES.tsv --notes DIR} (CodiEsp) or
 * {@code opencac learning-sim CODER-GOLD.jsonl --notes NOTES.jsonl[.xz]} (ids-only coder gold): the learning gain
 * measured with a simulated coder (see {@link LearningSimulation}).
 */
public final class LearningSimCommand {
    public static final String USAGE = "opencac learning-sim GOLD.jsonl | CODES.tsv --notes DIR | CODER-GOLD.jsonl --notes NOTES.jsonl"
            + " [--setting outpatient|inpatient]"
            + " [--limit N]";

    private LearningSimCommand() {
    }

    public record Args(Path gold, Path notes, String setting, int limit) {
        public static Args parse(List<String> args) {
            Path gold = null;
            Path notes = null;
            String setting = "outpatient";
            int limit = Integer.MAX_VALUE;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--notes" -> notes = Path.of(CommandArgs.value(args, ++i, a));
                    case "--setting" -> setting = CommandArgs.value(args, ++i, a).toLowerCase(Locale.ROOT);
                    case "--limit" -> limit = CommandArgs.positive(CommandArgs.value(args, ++i, a), a);
                    default -> gold = CommandArgs.positional(a, gold);
                }
            }
            if (gold == null || !Files.isRegularFile(gold)) {
                throw new UsageException("learning-sim needs an existing gold file");
            }
            if (notes != null && !Files.isDirectory(notes) && !Files.isRegularFile(notes)) {
                throw new UsageException("--notes must name a folder of notes (CodiEsp) or a notes JSONL file"
                        + " (a coder-labelled gold set that holds ids only)");
            }
            if (CareSetting.parse(setting).isEmpty()) {
                throw new UsageException("--setting must be outpatient or inpatient");
            }
            return new Args(gold, notes, setting, limit);
        }
    }

    public static void run(Args args, ModelBundle models, Pipeline pipeline, PrintStream out) {
        GoldSet gold = args.notes() == null ? new JsonLinesGoldReader().read(args.gold())
                : Files.isDirectory(args.notes())
                ? new CodiEspGoldReader(args.setting(), "ICD-10-CM").read(args.notes(), args.gold())
                : new CoderGoldReader().read(args.gold(), args.notes(), null);
        List<LearningSimulation.GoldNote> notes = new ArrayList<>();
        for (GoldNote n : gold.notes()) {
            if (notes.size() >= args.limit()) {
                break;
            }
            List<LearningSimulation.GoldCode> codes = new ArrayList<>();
            for (GoldCode c : n.codes()) {
                if (c.system().equals("ICD-10-CM")) {
                    codes.add(new LearningSimulation.GoldCode(
                            models.codeSet().get(c.code()).map(x -> x.code()).orElse(c.code()),
                            c.spans().stream().map(s -> new int[] {s.start(), s.end()}).toList()));
                }
            }
            CareSetting setting = CareSetting.parse(n.setting()).orElse(CareSetting.OUTPATIENT);
            notes.add(new LearningSimulation.GoldNote(n.id(), n.text(), setting, codes));
        }
        LearningSimulation.Result r = new LearningSimulation(pipeline, models.codeSet()).run(notes);
        out.println("Learning from feedback, simulated coder: " + notes.size() + " notes from " + args.gold()
                + " (exact ICD-10-CM codes; active suggestions only)");
        out.println();
        out.print(LearningSimulation.table(r));
    }
}
