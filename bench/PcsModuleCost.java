import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opencac.engine.Document;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.pcs.PcsModule;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/**
 * CPU cost of the ICD-10-PCS plug-in alone, on distinct notes: the shared stages it reads (sections,
 * sentences) run once per note outside the timing; then PcsModule.code runs over every note, and the thread
 * CPU time of each round is reported (round 1 includes the tables' loading and warm-up).
 * With OUT, every note's full result (suggestions with rationale and evidence, queries) of round 1 is
 * written there, to compare the output of two builds.
 * Usage: java -cp api/target/opencac.jar bench/PcsModuleCost.java NOTES_DIR [ROUNDS] [OUT]
 */
public class PcsModuleCost {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Pipeline shared = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
                List.of(SectionDetector.standard(), SentenceSplitter.clinical()));
        List<Document> docs = new ArrayList<>();
        for (Path p : files) {
            docs.add(shared.run(new Note(Files.readString(p), CareSetting.INPATIENT)));
        }
        PcsModule module = PcsModule.bundled();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (args.length > 2) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                out.add(files.get(i).getFileName() + "\t" + module.code(docs.get(i)));
            }
            Files.write(Path.of(args[2]), out);
        }
        for (int r = 1; r <= rounds; r++) {
            long t0 = bean.getCurrentThreadCpuTime();
            int suggestions = 0;
            for (Document d : docs) {
                suggestions += module.code(d).suggestions().size();
            }
            long cpu = bean.getCurrentThreadCpuTime() - t0;
            System.out.printf(java.util.Locale.ROOT, "round %d: %d notes, %.1f ms CPU, %.2f ms CPU per note, %d suggestions%n",
                    r, docs.size(), cpu / 1e6, cpu / 1e6 / docs.size(), suggestions);
        }
    }
}
