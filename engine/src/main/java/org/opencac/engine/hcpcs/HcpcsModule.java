package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.system.CodeSystemModule;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.hcpcs.DrugUnit;
import org.opencac.models.codeset.hcpcs.HcpcsCode;
import org.opencac.models.codeset.hcpcs.HcpcsCodeSet;
import org.opencac.models.codeset.hcpcs.HcpcsFileLoader;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * HCPCS Level II as a code-system plug-in (outpatient). One pass over each sentence's words finds the
 * phrases of the {@link HcpcsVocabulary} (drug names, service and supply descriptor heads, skin substitute
 * names, the team's supply list); then, per phrase: drugs need a documented dose and route after the name
 * and get units = dose / billing unit rounded up ("ceftriaxone 1 g IM" is J0696, per 250 mg, times 4);
 * services and supplies are chosen among the codes sharing a head by the rest of their descriptors
 * ({@link QualifierChoice}), or queried when the note does not decide; skin substitutes get units from the
 * documented area. A not-performed cue before the phrase drops it.
 */
public final class HcpcsModule implements CodeSystemModule {
    private static final String DIR = "/org/opencac/engine/hcpcs/";

    private final HcpcsCodeSet codes;
    private final HcpcsVocabulary vocabulary;
    private final QualifierChoice choice;
    private final List<String> routes;
    private final List<String> oralRoutes;
    private final List<String> notPerformed;
    private final List<String> notPerformedAfter;
    private final java.util.Set<org.opencac.engine.section.SectionType> otherEncounterSections;
    private final NoteFacts.AgeBands ages;

    public HcpcsModule(HcpcsCodeSet codes) {
        this.codes = codes;
        List<HcpcsVocabulary.Synonym> synonyms = HcpcsVocabulary.Synonym.load(DIR + "synonyms.tsv");
        this.vocabulary = HcpcsVocabulary.build(codes, HcpcsFamily.load(DIR + "families.tsv"), synonyms);
        this.choice = new QualifierChoice(java.util.Set.copyOf(DataFiles.lines(DIR + "function_words.txt")), synonyms,
                codes.all());
        this.routes = DataFiles.lines(DIR + "routes.txt");
        this.oralRoutes = DataFiles.lines(DIR + "oral_routes.txt");
        List<String> after = new ArrayList<>(DataFiles.lines("/org/opencac/engine/pcs/not_performed_after_cues.txt"));
        List<String> before = new ArrayList<>(DataFiles.lines("/org/opencac/engine/pcs/not_performed_cues.txt"));
        java.util.Set<org.opencac.engine.section.SectionType> sections = java.util.EnumSet.noneOf(org.opencac.engine.section.SectionType.class);
        for (String line : DataFiles.lines(DIR + "earlier_encounter.tsv")) {
            String[] c = line.split("\t");
            switch (c.length == 2 ? c[0] : "") {
                case "section" -> sections.add(org.opencac.engine.section.SectionType.fromId(c[1]));
                case "before" -> before.add(c[1]);
                case "after" -> after.add(c[1]);
                default -> throw new IllegalStateException(DIR + "earlier_encounter.tsv: bad line '" + line + "'");
            }
        }
        this.notPerformed = before.stream().map(TermNormalizer::key).filter(k -> !k.isEmpty()).toList();
        this.notPerformedAfter = after.stream().map(TermNormalizer::key).filter(k -> !k.isEmpty()).toList();
        this.otherEncounterSections = java.util.Set.copyOf(sections);
        this.ages = NoteFacts.AgeBands.load(DIR + "age_words.tsv");
    }

    /** The bundled CMS file. */
    public static HcpcsModule bundled() {
        return new HcpcsModule(HcpcsFileLoader.loadBundled());
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.HCPCS;
    }

    @Override
    public CodeSetVersion version() {
        return codes.version();
    }

    public HcpcsCodeSet codes() {
        return codes;
    }

    @Override
    public List<FoundCode> search(String query, int limit) {
        return codes.search(query, limit).stream().map(c -> new FoundCode(c.code(), c.longDescription())).toList();
    }

    @Override
    public SystemResult code(Document doc) {
        Found found = new Found(doc, new NoteFacts(doc, ages));
        List<org.opencac.engine.text.Token> tokens = doc.tokens();
        String[] words = new String[tokens.size()];
        int[] tokenOf = new int[tokens.size()];
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            if (otherEncounterSections.contains(doc.sectionOf(sentence).type())) {
                continue;
            }
            int n = 0;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                String norm = tokens.get(t).norm();
                if (!norm.isEmpty()) {
                    words[n] = norm;
                    tokenOf[n++] = t;
                }
            }
            for (int i = 0; i < n; ) {
                PhraseTrie.Match<HcpcsTrigger> m = vocabulary.trie().longestAt(words, i, n);
                if (m == null) {
                    i++;
                    continue;
                }
                Phrase p = new Phrase(sentence, words, n, m.first(), m.end(), tokens.get(tokenOf[m.first()]).span().start(),
                        tokens.get(tokenOf[m.end() - 1]).span().end());
                for (HcpcsTrigger t : m.values()) {
                    switch (t.kind()) {
                        case DRUG -> drug(t, p, found);
                        case DESCRIPTOR -> descriptor(t, p, found);
                        case PRODUCT -> product(t, p, found);
                        case SUPPLY_LIST -> {
                            if (!notPerformed(p)) {
                                found.suggest(t.codes().get(0), 0.6, p.evidence(doc), 1, List.of("Supply or equipment documented: \""
                                        + p.text(doc) + "\" (team supply list)"), List.of());
                            }
                        }
                    }
                }
                i = m.end();
            }
        }
        List<Suggestion> list = new ArrayList<>(found.out.values());
        list.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        return new SystemResult(codes.version(), list, found.queries);
    }

    /**
     * A phrase found: its sentence, the sentence's words ({@code words[0, count)}), the phrase's words
     * ({@code [first, last)}), and its extent in the note.
     */
    private record Phrase(Sentence sentence, String[] all, int count, int first, int last, int start, int end) {
        List<String> words() {
            return java.util.Arrays.asList(all).subList(0, count);
        }

        String text(Document doc) {
            return doc.text().substring(start, end);
        }

        EvidenceSpan evidence(Document doc) {
            return new EvidenceSpan(start, end, text(doc), doc.sectionOf(sentence).type().id(), false, "present", "patient");
        }
    }

    /** What one note gives: suggestions by code (the first evidence kept) and queries. */
    private final class Found {
        private final Document doc;
        private final NoteFacts facts;
        private final Map<String, Suggestion> out = new LinkedHashMap<>();
        private final List<DocumentationQuery> queries = new ArrayList<>();

        Found(Document doc, NoteFacts facts) {
            this.doc = doc;
            this.facts = facts;
        }

        void suggest(HcpcsCode c, double score, EvidenceSpan ev, int units, List<String> why,
                     List<org.opencac.engine.coding.Alternative> others) {
            out.putIfAbsent(c.code(), new Suggestion(c.code(), c.longDescription(), true, score, List.of(ev), why, false,
                    CodeSystem.HCPCS, codes.version().label(), units, others));
        }

        boolean allowed(HcpcsCode c) {
            List<String> req = vocabulary.requirements(c.code());
            return req.isEmpty() || req.stream().anyMatch(facts::mentions);
        }
    }

    private void drug(HcpcsTrigger t, Phrase p, Found f) {
        Document doc = f.doc;
        Optional<DocumentedDose> found = DocumentedDose.after(doc.text(), p.end(), routes, oralRoutes);
        if (found.isEmpty() || notPerformed(p)) {
            return;
        }
        DocumentedDose dose = found.get();
        String window = doc.text().substring(Math.max(0, p.start() - 40), Math.min(doc.text().length(), dose.end() + 40))
                .toLowerCase(Locale.ROOT);
        List<HcpcsCode> candidates = t.codes();
        Optional<HcpcsCode> best = candidates.stream()
                .filter(c -> c.drugUnit().get().route().equals("oral") == dose.oral() && f.allowed(c))
                .filter(c -> DocumentedDose.kind(c.drugUnit().get().unit()).equals(dose.kind()))
                .filter(c -> SPECIAL_FORMS.stream().noneMatch(x -> c.longDescription().toLowerCase(Locale.ROOT).contains(x)
                        && !window.contains(x)))
                .min(Comparator.comparingInt((HcpcsCode c) -> -namedWords(c, window))
                        .thenComparingInt(c -> c.code().startsWith("J") ? 0 : 1)
                        .thenComparingInt(c -> Math.abs(dose.amount() - c.drugUnit().get().amountInBase()) < 1e-9 ? 0 : 1)
                        .thenComparing(HcpcsCode::code));
        if (best.isEmpty()) {
            return;
        }
        HcpcsCode c = best.get();
        DrugUnit u = c.drugUnit().get();
        int units = (int) Math.ceil(dose.amount() / u.amountInBase() - 1e-9);
        EvidenceSpan ev = new EvidenceSpan(p.start(), dose.end(), doc.text().substring(p.start(), dose.end()),
                doc.sectionOf(p.sentence()).type().id(), false, "present", "patient");
        String unit = DrugUnit.normalizeUnit(dose.unit());
        f.suggest(c, 0.8, ev, units, List.of(
                "Drug \"" + p.text(doc) + "\" with a documented dose of " + dose.number() + " " + dose.unit() + " given "
                        + dose.route().toUpperCase(Locale.ROOT),
                c.code() + ": " + c.longDescription() + " (billing unit " + fmt(u.amount()) + " " + u.unit() + ")",
                "Units: " + dose.number() + " " + unit + " / " + fmt(u.amount()) + " " + u.unit() + " = " + units
                        + (Math.abs(dose.amount() / u.amountInBase() - units) > 1e-9 ? " (rounded up: a partial unit is billed as one)" : "")),
                List.of());
        if (candidates.size() > 1 && candidates.stream().map(x -> x.drugUnit().get().route()).distinct().count() > 1) {
            f.queries.add(new DocumentationQuery(c.code(), "form", "More than one HCPCS code names " + t.phrase() + " ("
                    + candidates.stream().map(HcpcsCode::code).collect(Collectors.joining(", "))
                    + "): confirm the form and route given.", candidates.stream().map(HcpcsCode::code).limit(6).toList(), List.of(ev)));
        }
    }

    private void descriptor(HcpcsTrigger t, Phrase p, Found f) {
        List<HcpcsCode> allowed = t.codes().stream().filter(f::allowed).toList();
        if (allowed.isEmpty() || notPerformed(p)) {
            return;
        }
        QualifierChoice.Choice c = choice.choose(allowed, t.headWords(), p.words(), f.facts.ageWords());
        EvidenceSpan ev = p.evidence(f.doc);
        if (c.chosen() == null) {
            f.queries.add(new DocumentationQuery(commonPrefix(c.tied()), "detail", "The note documents \"" + p.text(f.doc)
                    + "\" but not which of " + c.tied().stream().map(HcpcsCode::code).collect(Collectors.joining(", "))
                    + " applies; no HCPCS code was suggested for it. Document: " + c.tied().stream()
                    .map(x -> x.code() + " " + x.longDescription()).collect(Collectors.joining("; ")),
                    c.tied().stream().map(HcpcsCode::code).limit(6).toList(), List.of(ev)));
            return;
        }
        List<String> why = new ArrayList<>();
        why.add("Documented: \"" + p.text(f.doc) + "\" (" + t.origin() + (t.origin().contains(t.phrase()) ? "" : " \"" + t.phrase() + "\"") + ")");
        why.add(c.chosen().code() + ": " + c.chosen().longDescription());
        if (!c.named().isEmpty()) {
            why.add("Chosen among " + allowed.size() + " codes with this head: the note names " + String.join(", ", c.named()));
        }
        f.suggest(c.chosen(), 0.7, ev, 1, why, c.others());
    }

    private void product(HcpcsTrigger t, Phrase p, Found f) {
        if (notPerformed(p) || t.codes().stream().noneMatch(f::allowed)) {
            return;
        }
        QualifierChoice.Choice c = choice.choose(t.codes(), t.headWords(), p.words(), java.util.Set.of());
        HcpcsCode code = c.chosen() != null ? c.chosen() : t.codes().get(0);
        EvidenceSpan ev = p.evidence(f.doc);
        Optional<Double> area = NoteFacts.area(f.doc.text().substring(p.sentence().span().start(), p.sentence().span().end()));
        int units = area.map(a -> (int) Math.ceil(a - 1e-9)).orElse(1);
        f.suggest(code, 0.7, ev, units, List.of("Skin substitute documented: \"" + p.text(f.doc) + "\" (" + t.origin() + ")",
                code.code() + ": " + code.longDescription(), area.map(a -> "Units: " + fmt(a) + " sq cm applied, one unit per square centimeter = "
                        + units).orElse("Units: the area applied is not documented; 1 unit until it is")), c.others());
        if (area.isEmpty()) {
            f.queries.add(new DocumentationQuery(code.code(), "area", "Document the size of " + p.text(f.doc)
                    + " applied in square centimeters: " + code.code() + " is billed per square centimeter.", List.of(code.code()), List.of(ev)));
        }
    }

    /** Descriptor words of special forms or routes a code applies to only when the note names them. */
    private static final List<String> SPECIAL_FORMS = List.of("intraocular", "intravitreal", "implant", "intrathecal",
            "ophthalmic", "liposom", "extended release", "inhalation", "intra-articular", "intravesical", "epidural");

    /** How many words of the descriptor's drug part ("dexamethasone sodium phosphate") the note names. */
    private static int namedWords(HcpcsCode c, String window) {
        String[] parts = c.longDescription().toLowerCase(Locale.ROOT).split(",");
        int n = 0;
        for (String word : parts[Math.min(1, parts.length - 1)].trim().split("\\s+")) {
            if (word.length() > 2 && window.contains(word)) {
                n++;
            }
        }
        return n;
    }

    private static String commonPrefix(List<HcpcsCode> codes) {
        String p = codes.get(0).code();
        for (HcpcsCode c : codes) {
            while (!c.code().startsWith(p)) {
                p = p.substring(0, p.length() - 1);
            }
        }
        return p;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * A not-performed cue among the five words before the phrase {@code [first, end)} of the sentence, or
     * a planning or earlier-encounter cue among the six words after it ("is recommended").
     */
    private boolean notPerformed(Phrase p) {
        List<String> words = p.words();
        String before = " " + String.join(" ", words.subList(Math.max(0, p.first() - 5), p.first())) + " ";
        String after = " " + String.join(" ", words.subList(p.last(), Math.min(words.size(), p.last() + 6))) + " ";
        return notPerformed.stream().anyMatch(c -> before.contains(" " + c + " "))
                || notPerformedAfter.stream().anyMatch(c -> after.contains(" " + c + " "));
    }
}
