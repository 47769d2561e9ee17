package org.opencac.engine.hcpcs;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.models.codeset.hcpcs.DrugUnit;
import org.opencac.models.codeset.hcpcs.HcpcsCode;
import org.opencac.models.codeset.hcpcs.HcpcsCodeSet;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * A drug name with a documented dose (after it, or just before it) and a route after it: the code whose descriptor fits (route, unit kind,
 * special forms named, most descriptor words named, a J code first, the exact billing amount, else the largest
 * strength that bills the dose in whole units) and units =
 * dose / billing unit rounded up ("ceftriaxone 1 g IM" is J0696, per 250 mg, times 4). A name several codes
 * share with different routes gets a provider query on the form given. A drug given as part of a procedure
 * ({@link ProcedureDrugs}: sedation, premedication, anesthesia), or with a daily or more frequent schedule after its
 * dose (a regimen: {@code regimen_frequencies.txt}), is not coded.
 */
final class DrugCoding {
    /** Descriptor words of special forms or routes a code applies to only when the note names them. */
    static final String SPECIAL_FORMS = HcpcsModule.DIR + "special_forms.txt";
    /** Frequencies after a dose that make it a regimen over days rather than one dose given here. */
    static final String REGIMEN_FREQUENCIES = HcpcsModule.DIR + "regimen_frequencies.txt";
    /** Words of a sentence that prepares a dose ("drawn up") whose route the next sentence tells. */
    static final String PREPARED_CUES = HcpcsModule.DIR + "prepared_cues.txt";

    /** The code set whose billing units, read once when it was made, the candidates' are looked up in. */
    private final HcpcsCodeSet codes;
    private final List<String> routes;
    private final List<String> oralRoutes;
    private final List<String> specialForms;
    private final List<String> regimenFrequencies;
    private final List<String> preparedCues;
    private final PerformedCues performed;
    private final ProcedureDrugs procedureDrugs;
    private final double score;
    private final int window;

    DrugCoding(HcpcsCodeSet codes, List<String> routes, List<String> oralRoutes, List<String> specialForms, PerformedCues performed,
               ProcedureDrugs procedureDrugs, double score, int window) {
        this.codes = codes;
        this.routes = List.copyOf(routes);
        this.oralRoutes = List.copyOf(oralRoutes);
        this.specialForms = List.copyOf(specialForms);
        this.regimenFrequencies = DataFiles.lines(REGIMEN_FREQUENCIES);
        this.preparedCues = DataFiles.lines(PREPARED_CUES).stream().map(TermNormalizer::key).toList();
        this.performed = performed;
        this.procedureDrugs = procedureDrugs;
        this.score = score;
        this.window = window;
    }

    void code(HcpcsTrigger t, HcpcsPhrase p, HcpcsFindings f) {
        Document doc = f.doc;
        Optional<DocumentedDose> found = DocumentedDose.after(doc.text(), p.end(), routes, oralRoutes)
                .or(() -> DocumentedDose.before(doc.text(), p.start(), p.end(), routes, oralRoutes))
                .or(() -> DocumentedDose.fromConcentration(doc.text(), p.start(), p.end(), routes, oralRoutes))
                .or(() -> preparedThenGiven(doc, p));
        if (found.isEmpty() || regimen(found.get()) || performed.notPerformed(p)
                || performed.drugNotGivenHere(p, doc.sectionOf(p.sentence()).type())) {
            return;
        }
        DocumentedDose dose = atItsSites(doc, p, found.get());
        int from = Math.min(p.start(), dose.start());
        int to = Math.max(p.end(), dose.end());
        String around = doc.text().substring(Math.max(0, from - window), Math.min(doc.text().length(), to + window))
                .toLowerCase(Locale.ROOT);
        List<HcpcsCode> candidates = t.codes();
        Optional<HcpcsCode> best = candidates.stream()
                .filter(c -> unit(c).route().equals("oral") == dose.oral() && f.allowed(c))
                .filter(c -> DocumentedDose.kind(unit(c).unit()).equals(dose.kind()))
                .filter(c -> specialForms.stream().noneMatch(x -> c.longDescription().toLowerCase(Locale.ROOT).contains(x)
                        && !around.contains(x)))
                .min(Comparator.comparingInt((HcpcsCode c) -> -namedWords(c, around))
                        .thenComparingInt(c -> c.code().startsWith("J") ? 0 : 1)
                        .thenComparingInt(c -> Math.abs(dose.amount() - unit(c).amountInBase()) < 1e-9 ? 0 : 1)
                        .thenComparingDouble(c -> wholeUnits(dose, c) ? -unit(c).amountInBase() : 0)
                        .thenComparing(HcpcsCode::code));
        if (best.isEmpty()) {
            return;
        }
        HcpcsCode c = best.get();
        if (procedureDrugs.partOfProcedure(p, c.code(), doc)) {
            return;
        }
        DrugUnit u = unit(c);
        int units = (int) Math.ceil(dose.amount() / u.amountInBase() - 1e-9);
        EvidenceSpan ev = new EvidenceSpan(from, to, doc.text().substring(from, to),
                doc.sectionOf(p.sentence()).type().id(), false, "present", "patient");
        String unit = DrugUnit.normalizeUnit(dose.unit());
        f.suggest(c, score, ev, units, List.of(
                "Drug \"" + p.text(doc) + "\" with a documented dose of " + dose.number() + " " + dose.unit() + " given "
                        + dose.route().toUpperCase(Locale.ROOT) + (dose.sites().count() > 1 ? " through each of "
                        + dose.sites().count() + " " + dose.sites().noun() + " named" : ""),
                c.code() + ": " + c.longDescription() + " (billing unit " + HcpcsModule.fmt(u.amount()) + " " + u.unit() + ")",
                "Units: " + (dose.sites().count() > 1 ? dose.sites().count() + " x " : "") + dose.number() + " " + unit
                        + " / " + HcpcsModule.fmt(u.amount()) + " " + u.unit() + " = " + units
                        + (Math.abs(dose.amount() / u.amountInBase() - units) > 1e-9 ? " (rounded up: a partial unit is billed as one)" : "")),
                List.of());
        if (candidates.size() > 1 && candidates.stream().map(x -> unit(x).route()).distinct().count() > 1) {
            f.query(new DocumentationQuery(c.code(), "form", "More than one HCPCS code names " + t.phrase() + " ("
                    + candidates.stream().map(HcpcsCode::code).collect(Collectors.joining(", "))
                    + "): confirm the form and route given.", candidates.stream().map(HcpcsCode::code).limit(6).toList(), List.of(ev)));
        }
    }

    /**
     * The dose given at each of the sites its sentence makes it per site for ({@link PerSiteDose}: "through each
     * needle"), counted in its section up to the dose.
     */
    private static DocumentedDose atItsSites(Document doc, HcpcsPhrase p, DocumentedDose dose) {
        String sentence = " " + p.sentence().span().coveredText(doc.text()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ") + " ";
        int sectionStart = doc.sectionOf(p.sentence()).span().start();
        int to = Math.max(p.end(), dose.end());
        String before = doc.text().substring(Math.min(sectionStart, to), to).toLowerCase(Locale.ROOT);
        return dose.atSites(PerSiteDose.STANDARD.sites(sentence, before));
    }

    /**
     * The dose written before the name in a sentence that prepares it ({@code prepared_cues.txt}: "drawn up"),
     * given by the route of the sentence after it ("6 mg of dexamethasone and some bupivacaine were drawn up. The
     * bursa was injected ...").
     */
    private Optional<DocumentedDose> preparedThenGiven(Document doc, HcpcsPhrase p) {
        if (!PerformedCues.anyCue(preparedCues, PerformedCues.padded(p.words()))) {
            return Optional.empty();
        }
        int i = doc.sentences().indexOf(p.sentence());
        if (i < 0 || i + 1 >= doc.sentences().size()) {
            return Optional.empty();
        }
        String next = doc.sentences().get(i + 1).span().coveredText(doc.text());
        return DocumentedDose.beforeThenGivenNext(doc.text(), p.start(), next, routes, oralRoutes);
    }

    /** A dose with a frequency of a day or more often after it ("1 g IV q6h"): a regimen, not one dose given here. */
    private boolean regimen(DocumentedDose dose) {
        return regimenFrequencies.stream().anyMatch(f -> dose.routeWords().contains(" " + f + " "));
    }

    /** A candidate's billing unit (a drug trigger's codes all have one), from the set rather than its descriptor. */
    private DrugUnit unit(HcpcsCode c) {
        return codes.drugUnit(c).get();
    }

    /**
     * Whether the dose is a whole number of the code's billing units: among codes of one drug in several
     * strengths, the largest strength that bills the dose exactly is chosen ("160 mg" is 2 x 80 mg, not
     * 8 x 20 mg); a dose no strength divides keeps the code order.
     */
    private boolean wholeUnits(DocumentedDose dose, HcpcsCode c) {
        double n = dose.amount() / unit(c).amountInBase();
        return Math.abs(n - Math.rint(n)) < 1e-9;
    }

    /** How many words of the descriptor's drug part ("dexamethasone sodium phosphate") the note names. */
    private static int namedWords(HcpcsCode c, String around) {
        String[] parts = c.longDescription().toLowerCase(Locale.ROOT).split(",");
        int n = 0;
        for (String word : parts[Math.min(1, parts.length - 1)].trim().split("\\s+")) {
            if (word.length() > 2 && around.contains(word)) {
                n++;
            }
        }
        return n;
    }
}
