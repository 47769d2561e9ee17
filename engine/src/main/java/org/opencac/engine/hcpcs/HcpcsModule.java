package org.opencac.engine.hcpcs;

import java.util.List;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.system.CodeSystemModule;
import org.opencac.engine.system.PluginNumbers;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.HcpcsCache;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.hcpcs.HcpcsCodeSet;
import org.opencac.models.codeset.hcpcs.HcpcsFileLoader;

/**
 * HCPCS Level II as a code-system plug-in (outpatient). One pass over each sentence's words finds the
 * phrases of the {@link HcpcsVocabulary} (drug names, service and supply descriptor heads, skin substitute
 * names, the team's supply list); each phrase goes to the step of its kind: {@link DrugCoding} (dose, route,
 * units), {@link ServiceCoding} (the code among those sharing a head, or a query), {@link SkinSubstituteCoding}
 * (units from the documented area), or the supply list here. A phrase read in another sense ({@link PhraseSenses}:
 * "wheelchair-bound") or with a not-performed cue ({@link PerformedCues}) is dropped; sections about other
 * encounters are not read. Numbers: {@code numbers.tsv}.
 */
public final class HcpcsModule implements CodeSystemModule {
    static final String DIR = "/org/opencac/engine/hcpcs/";
    static final String NUMBERS = DIR + "numbers.tsv";
    /** Every number this plug-in reads from {@link #NUMBERS}. */
    static final Set<String> NUMBER_NAMES = Set.of("score.drug", "score.service", "score.skin_substitute",
            "score.supply_list", "drug.window_chars", "cue.words_before", "cue.words_after");

    private final HcpcsCodeSet codes;
    private final HcpcsVocabulary vocabulary;
    private final NoteFacts.AgeBands ages;
    private final PerformedCues performed;
    private final PhraseSenses senses;
    private final DrugCoding drugs;
    private final ServiceCoding services;
    private final SkinSubstituteCoding skinSubstitutes;
    private final double supplyScore;

    public HcpcsModule(HcpcsCodeSet codes) {
        this.codes = codes;
        PluginNumbers numbers = PluginNumbers.load(NUMBERS, NUMBER_NAMES);
        List<HcpcsVocabulary.Synonym> synonyms = HcpcsVocabulary.Synonym.load(DIR + "synonyms.tsv");
        this.vocabulary = HcpcsVocabulary.build(codes, HcpcsFamily.load(DIR + "families.tsv"), synonyms);
        QualifierChoice choice = new QualifierChoice(Set.copyOf(DataFiles.lines(DIR + "function_words.txt")), synonyms,
                codes.all());
        this.ages = NoteFacts.AgeBands.load(DIR + "age_words.tsv");
        this.senses = PhraseSenses.load();
        this.performed = PerformedCues.load(numbers.count("cue.words_before"), numbers.count("cue.words_after"));
        this.drugs = new DrugCoding(codes, DataFiles.lines(DIR + "routes.txt"), DataFiles.lines(DIR + "oral_routes.txt"),
                DataFiles.lines(DrugCoding.SPECIAL_FORMS), performed, ProcedureDrugs.load(), numbers.value("score.drug"),
                numbers.count("drug.window_chars"));
        this.services = new ServiceCoding(choice, performed, numbers.value("score.service"));
        this.skinSubstitutes = new SkinSubstituteCoding(choice, performed, numbers.value("score.skin_substitute"));
        this.supplyScore = numbers.value("score.supply_list");
    }

    /** The bundled CMS file. */
    public static HcpcsModule bundled() {
        return new HcpcsModule(HcpcsFileLoader.loadBundled());
    }

    /** The bundled CMS file, its codes kept in (and read from) the models' cache under {@code cacheDir}. */
    public static HcpcsModule bundled(java.nio.file.Path cacheDir) {
        return new HcpcsModule(HcpcsCache.loadBundled(cacheDir));
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
        HcpcsFindings found = new HcpcsFindings(doc, new NoteFacts(doc, ages), vocabulary, codes.version().label());
        List<Token> tokens = doc.tokens();
        String[] words = new String[tokens.size()];
        int[] tokenOf = new int[tokens.size()];
        for (Sentence sentence : doc.sentences()) {
            if (performed.otherEncounter(doc.sectionOf(sentence).type())) {
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
                HcpcsPhrase p = new HcpcsPhrase(sentence, words, n, m.first(), m.end(),
                        tokens.get(tokenOf[m.first()]).span().start(), tokens.get(tokenOf[m.end() - 1]).span().end());
                if (senses.otherSense(p, tokens, tokenOf[m.first()]) != null) {
                    i = m.end();
                    continue;
                }
                for (HcpcsTrigger t : m.values()) {
                    switch (t.kind()) {
                        case DRUG -> drugs.code(t, p, found);
                        case DESCRIPTOR -> services.code(t, p, found);
                        case PRODUCT -> skinSubstitutes.code(t, p, found);
                        case SUPPLY_LIST -> supply(t, p, found);
                    }
                }
                i = m.end();
            }
        }
        return new SystemResult(codes.version(), found.suggestions(), found.queries());
    }

    /** A phrase of the team's supply list, documented as supplied at this encounter and not negated or planned. */
    private void supply(HcpcsTrigger t, HcpcsPhrase p, HcpcsFindings f) {
        if (performed.suppliedHere(p) && !performed.notPerformed(p)) {
            f.suggest(t.codes().get(0), supplyScore, p.evidence(f.doc), 1, List.of("Supply or equipment documented: \""
                    + p.text(f.doc) + "\" (team supply list)"), List.of());
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
