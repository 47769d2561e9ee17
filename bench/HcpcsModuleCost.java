import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opencac.engine.Document;
import org.opencac.engine.Pipeline;
import org.opencac.engine.hcpcs.HcpcsModule;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/**
 * CPU cost of the HCPCS plug-in alone, on distinct notes: the shared stages it reads (sections, sentences,
 * tokens) run once per note outside the timing; then HcpcsModule.code runs over every note, and the thread
 * CPU time of each round is reported (round 1 includes warm-up). Also prints how often each code was
 * suggested (counts only, no note text).
 * Usage: java -cp api/target/opencac.jar bench/HcpcsModuleCost.java NOTES.jsonl [ROUNDS]
 */
public class HcpcsModuleCost {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Pipeline shared = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
                List.of(SectionDetector.standard(), SentenceSplitter.clinical()));
        List<Document> docs = new ArrayList<>();
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            docs.add(shared.run(new Note(n.get("text").asText(), CareSetting.OUTPATIENT)));
        }
        HcpcsModule module = HcpcsModule.bundled();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Map<String, Integer> counts = new TreeMap<>();
        for (int r = 1; r <= rounds; r++) {
            long t0 = bean.getCurrentThreadCpuTime();
            int suggestions = 0;
            for (Document d : docs) {
                List<Suggestion> s = module.code(d).suggestions();
                suggestions += s.size();
                if (r == 1) {
                    s.forEach(x -> counts.merge(x.code(), 1, Integer::sum));
                }
            }
            long cpu = bean.getCurrentThreadCpuTime() - t0;
            System.out.printf(java.util.Locale.ROOT, "round %d: %d notes, %.1f ms CPU, %.1f us CPU per note, %d suggestions%n",
                    r, docs.size(), cpu / 1e6, cpu / 1e3 / docs.size(), suggestions);
        }
        System.out.println("suggested codes (notes): " + counts);
    }
}
