package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.system.CodeSystemModule;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.hcpcs.DrugUnit;
import org.opencac.models.codeset.hcpcs.HcpcsCode;
import org.opencac.models.codeset.hcpcs.HcpcsCodeSet;
import org.opencac.models.codeset.hcpcs.HcpcsFileLoader;

/**
 * HCPCS Level II as a code-system plug-in (outpatient): drugs given by injection or infusion with the
 * units computed from the documented dose and the code's billing unit ("ceftriaxone 1 g IM" is J0696,
 * per 250 mg, times 4), and supplies or equipment named in the team's list. Steps: drug words (the
 * first names of the file's drug codes), documented dose and route in the same sentence, code choice,
 * units; then supplies. The code file loads on first use.
 */
public final class HcpcsModule implements CodeSystemModule {
    private static final String DIR = "/org/opencac/engine/hcpcs/";
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*");
    private static final Pattern DOSE = Pattern.compile(
            "^[^.;\\n]{0,30}?(\\d+(?:[.,]\\d+)?)\\s*(mg|mcg|micrograms?|µg|gm|grams?|g|units?|iu|ml|cc)\\b([^.;\\n]{0,30})",
            Pattern.CASE_INSENSITIVE);

    private final Supplier<HcpcsCodeSet> codes;
    private final CodeSetVersion version;
    private final Pattern supplies;
    private final Map<String, String> supplyCodes;
    private final List<String> routes;
    private final List<String> notPerformed;

    public HcpcsModule(Supplier<HcpcsCodeSet> codes, CodeSetVersion version) {
        this.codes = codes;
        this.version = version;
        Map<String, String> s = new LinkedHashMap<>();
        for (String line : DataFiles.lines(DIR + "supplies.tsv")) {
            String[] c = line.split("\t");
            s.put(c[0].toLowerCase(Locale.ROOT), c[1]);
        }
        this.supplyCodes = Map.copyOf(s);
        this.supplies = Pattern.compile("\\b(" + s.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")s?\\b", Pattern.CASE_INSENSITIVE);
        this.routes = DataFiles.lines(DIR + "routes.txt");
        this.notPerformed = DataFiles.lines("/org/opencac/engine/pcs/not_performed_cues.txt");
    }

    /** The bundled CMS file; its year is read when it loads, so the version label is read eagerly here. */
    public static HcpcsModule bundled() {
        HcpcsCodeSet set = HcpcsFileLoader.loadBundled();
        return new HcpcsModule(() -> set, set.version());
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.HCPCS;
    }

    @Override
    public CodeSetVersion version() {
        return version;
    }

    public HcpcsCodeSet codes() {
        return codes.get();
    }

    @Override
    public List<FoundCode> search(String query, int limit) {
        return codes.get().search(query, limit).stream().map(c -> new FoundCode(c.code(), c.longDescription())).toList();
    }

    @Override
    public SystemResult code(Document doc) {
        String text = doc.text();
        String lower = text.toLowerCase(Locale.ROOT);
        Map<String, Suggestion> out = new LinkedHashMap<>();
        List<DocumentationQuery> queries = new ArrayList<>();
        Matcher w = WORD.matcher(lower);
        while (w.find()) {
            List<HcpcsCode> candidates = codes.get().drugCodes(w.group());
            if (candidates.isEmpty() || negated(lower, w.start())) {
                continue;
            }
            Matcher d = DOSE.matcher(lower.substring(w.end(), Math.min(lower.length(), w.end() + 120)));
            if (!d.find()) {
                continue;
            }
            String after = d.group(3) + " ";
            Optional<String> route = routes.stream().filter(r -> (" " + after).contains(" " + r + " ")
                    || (" " + after).contains(" " + r + ",")).findFirst();
            if (route.isEmpty()) {
                continue;
            }
            double dose = Double.parseDouble(d.group(1).replace(',', '.'));
            String unit = DrugUnit.normalizeUnit(d.group(2));
            double doseBase = DrugUnit.toBase(dose, unit);
            String kind = kind(unit);
            String window = lower.substring(Math.max(0, w.start() - 40), Math.min(lower.length(), w.end() + d.end() + 40));
            Optional<HcpcsCode> best = candidates.stream()
                    .filter(c -> kind(c.drugUnit().get().unit()).equals(kind))
                    .filter(c -> SPECIAL_FORMS.stream().noneMatch(f -> c.longDescription().toLowerCase(Locale.ROOT).contains(f)
                            && !window.contains(f)))
                    .min(Comparator.comparingInt((HcpcsCode c) -> -namedWords(c, window))
                            .thenComparingInt(c -> c.code().startsWith("J") ? 0 : 1)
                            .thenComparingInt(c -> Math.abs(doseBase - c.drugUnit().get().amountInBase()) < 1e-9 ? 0 : 1)
                            .thenComparing(HcpcsCode::code));
            if (best.isEmpty()) {
                continue;
            }
            HcpcsCode c = best.get();
            DrugUnit u = c.drugUnit().get();
            int units = (int) Math.ceil(doseBase / u.amountInBase() - 1e-9);
            int start = w.start();
            int end = w.end() + d.end(2);
            List<String> why = List.of(
                    "Drug \"" + text.substring(w.start(), w.end()) + "\" with a documented dose of " + d.group(1) + " "
                            + d.group(2) + " given " + route.get().toUpperCase(Locale.ROOT),
                    c.code() + ": " + c.longDescription() + " (billing unit " + fmt(u.amount()) + " " + u.unit() + ")",
                    "Units: " + fmt(dose) + " " + unit + " / " + fmt(u.amount()) + " " + u.unit() + " = " + units
                            + (Math.abs(doseBase / u.amountInBase() - units) > 1e-9 ? " (rounded up: a partial unit is billed as one)" : ""));
            EvidenceSpan ev = new EvidenceSpan(start, end, text.substring(start, end), "unknown", false, "present", "patient");
            out.merge(c.code(), new Suggestion(c.code(), c.longDescription(), true, 0.8, List.of(ev), why, false,
                    CodeSystem.HCPCS, version.label(), units), (a, b) -> a);
            if (candidates.size() > 1 && candidates.stream().map(x -> x.drugUnit().get().route()).distinct().count() > 1) {
                queries.add(new DocumentationQuery(c.code(), "form", "More than one HCPCS code names "
                        + w.group() + " (" + candidates.stream().map(HcpcsCode::code).collect(Collectors.joining(", "))
                        + "): confirm the form and route given.", candidates.stream().map(HcpcsCode::code).limit(6).toList(),
                        List.of(ev)));
            }
        }
        Matcher s = supplies.matcher(text);
        while (s.find()) {
            String code = supplyCodes.get(s.group(1).toLowerCase(Locale.ROOT));
            Optional<HcpcsCode> c = codes.get().code(code);
            if (c.isEmpty() || negated(lower, s.start())) {
                continue;
            }
            EvidenceSpan ev = new EvidenceSpan(s.start(), s.end(), s.group(), "unknown", false, "present", "patient");
            out.putIfAbsent(code, new Suggestion(code, c.get().longDescription(), true, 0.6, List.of(ev),
                    List.of("Supply or equipment documented: \"" + s.group() + "\" (team supply list)"), false,
                    CodeSystem.HCPCS, version.label(), 1));
        }
        List<Suggestion> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        return new SystemResult(version, list, queries);
    }

    /** Descriptor words of special forms or routes a code applies to only when the note names them. */
    private static final List<String> SPECIAL_FORMS = List.of("intraocular", "intravitreal", "implant", "intrathecal",
            "ophthalmic", "liposom", "extended release", "inhalation", "intra-articular", "intravesical", "epidural");

    /** How many words of the descriptor's drug part ("dexamethasone sodium phosphate") the note names. */
    private static int namedWords(HcpcsCode c, String window) {
        String[] parts = c.longDescription().toLowerCase(Locale.ROOT).split(",");
        int n = 0;
        for (String word : parts[1].trim().split("\\s+")) {
            if (word.length() > 2 && window.contains(word)) {
                n++;
            }
        }
        return n;
    }

    private static String kind(String unit) {
        return switch (unit) {
            case "mg", "mcg", "g" -> "weight";
            default -> unit;
        };
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A not-performed cue among the five words before {@code offset} in the same sentence. */
    private boolean negated(String lower, int offset) {
        int from = Math.max(Math.max(lower.lastIndexOf('.', offset - 1), lower.lastIndexOf('\n', offset - 1)) + 1, offset - 60);
        String[] words = lower.substring(from, offset).split("[^\\p{L}\\p{N}]+");
        String window = " " + String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 5), words.length)) + " ";
        return notPerformed.stream().anyMatch(c -> window.contains(" " + c + " "));
    }
}
