package org.opencac.engine.convention;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.RuleJson;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;

/**
 * Symptoms explained by an established diagnosis (Guidelines I.B.4-5, IV.D): once the note's diagnostic
 * statement names a definitive diagnosis, symptoms documented only in the narrative are not coded;
 * symptoms the provider lists in the diagnostic statement stay. Complements {@link IntegralSymptomCheck},
 * which removes symptoms tied to a specific diagnosis wherever they appear. Data: {@code symptom_sections.json}.
 */
public final class NarrativeSymptomCheck implements Stage {
    public static final String FILE = "symptom_sections.json";

    private final String id;
    private final String guideline;
    private final Set<String> diagnosticSections;
    private final List<String> symptomPrefixes;
    private final List<String> nonDefinitivePrefixes;
    private final List<String> notSymptomPrefixes;

    public NarrativeSymptomCheck(String id, String guideline, Set<String> diagnosticSections,
                                 List<String> symptomPrefixes, List<String> nonDefinitivePrefixes) {
        this(id, guideline, diagnosticSections, symptomPrefixes, nonDefinitivePrefixes, List.of());
    }

    /**
     * @param notSymptomPrefixes codes among the symptom prefixes that name a condition no diagnosis explains
     *                           (bacteremia, severe sepsis, shock): kept where the narrative alone documents them
     */
    public NarrativeSymptomCheck(String id, String guideline, Set<String> diagnosticSections,
                                 List<String> symptomPrefixes, List<String> nonDefinitivePrefixes,
                                 List<String> notSymptomPrefixes) {
        if (diagnosticSections.isEmpty() || symptomPrefixes.isEmpty()) {
            throw new IllegalArgumentException(FILE + ": diagnosticSections and symptomPrefixes must not be empty");
        }
        this.id = id;
        this.guideline = guideline;
        this.diagnosticSections = Set.copyOf(diagnosticSections);
        this.symptomPrefixes = List.copyOf(symptomPrefixes);
        this.nonDefinitivePrefixes = List.copyOf(nonDefinitivePrefixes);
        this.notSymptomPrefixes = List.copyOf(notSymptomPrefixes);
    }

    public static NarrativeSymptomCheck standard() {
        try {
            JsonNode root = new ObjectMapper().readTree(RuleFiles.bundled(FILE));
            return new NarrativeSymptomCheck(root.path("id").asText("narrative-symptoms"),
                    root.path("guideline").asText(""), Set.copyOf(RuleJson.strings(root, "diagnosticSections")),
                    RuleJson.strings(root, "symptomPrefixes"), RuleJson.strings(root, "nonDefinitivePrefixes"),
                    RuleJson.strings(root, "notSymptomPrefixes"));
        } catch (IOException e) {
            throw new UncheckedIOException(FILE, e);
        }
    }

    @Override
    public Document process(Document doc) {
        CodeCandidate established = null;
        for (CodeCandidate c : doc.candidates()) {
            if (!startsWithAny(c.code(), nonDefinitivePrefixes) && inDiagnosticStatement(doc, c)) {
                established = c;
                break;
            }
        }
        if (established == null) {
            return doc;
        }
        List<CodeCandidate> out = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<org.opencac.engine.outcome.MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            if (startsWithAny(c.code(), symptomPrefixes) && !startsWithAny(c.code(), notSymptomPrefixes)
                    && !inDiagnosticStatement(doc, c)) {
                removed.add(c.code());
                decisions.addAll(Candidates.dropped(c, org.opencac.engine.outcome.NotCodedReason.EXPLAINED_BY_DIAGNOSIS,
                        c.code() + " explained by " + established.code(), established.code()));
            } else {
                out.add(c);
            }
        }
        if (removed.isEmpty()) {
            return doc;
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).code().equals(established.code())) {
                out.set(i, Candidates.withRationale(out.get(i), "Symptoms " + String.join(", ", removed)
                        + " documented only in the narrative are not coded: the diagnostic statement establishes "
                        + established.code() + " (Guidelines " + guideline + "; rule " + id + ")"));
            }
        }
        return doc.withCandidates(out).withDecisions(decisions);
    }

    private boolean inDiagnosticStatement(Document doc, CodeCandidate c) {
        for (int m : c.mentions()) {
            Mention mention = doc.mentions().get(m);
            if (diagnosticSections.contains(doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).category())) {
                return true;
            }
        }
        return false;
    }
}
