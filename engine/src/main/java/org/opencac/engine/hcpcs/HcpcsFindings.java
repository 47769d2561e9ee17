package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencac.engine.Document;
import org.opencac.engine.coding.Alternative;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.hcpcs.HcpcsCode;

/** What one note gives: suggestions by code (the first evidence of a code kept) and provider queries. */
final class HcpcsFindings {
    final Document doc;
    final NoteFacts facts;
    private final HcpcsVocabulary vocabulary;
    private final String version;
    private final Map<String, Suggestion> out = new LinkedHashMap<>();
    private final List<DocumentationQuery> queries = new ArrayList<>();

    HcpcsFindings(Document doc, NoteFacts facts, HcpcsVocabulary vocabulary, String version) {
        this.doc = doc;
        this.facts = facts;
        this.vocabulary = vocabulary;
        this.version = version;
    }

    void suggest(HcpcsCode c, double score, EvidenceSpan ev, int units, List<String> why, List<Alternative> others) {
        out.putIfAbsent(c.code(), new Suggestion(c.code(), c.longDescription(), true, score, List.of(ev), why, false,
                CodeSystem.HCPCS, version, units, others));
    }

    void query(DocumentationQuery q) {
        queries.add(q);
    }

    /**
     * True if the note has one of the words the code's family requires (or it requires none), none of the words
     * it excludes, and states no age below the family's lowest.
     */
    boolean allowed(HcpcsCode c) {
        List<String> req = vocabulary.requirements(c.code());
        int lowest = vocabulary.lowestAge(c.code());
        return (req.isEmpty() || req.stream().anyMatch(facts::mentions))
                && vocabulary.exclusions(c.code()).stream().noneMatch(facts::mentions)
                && (lowest == 0 || facts.age().orElse(lowest) >= lowest);
    }

    /** The suggestions, best score first. */
    List<Suggestion> suggestions() {
        List<Suggestion> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        return list;
    }

    List<DocumentationQuery> queries() {
        return queries;
    }
}
