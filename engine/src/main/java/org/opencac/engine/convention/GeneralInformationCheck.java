package org.opencac.engine.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opencac.engine.Document;
import org.opencac.engine.RuleJson;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;

/**
 * A text of general information (a patient handout, a definition of a condition) is not the record of an
 * encounter: it opens by defining a condition ("Tinea is a fungal infection of ...", "X, better known as Y, is
 * ...") and names no particular patient anywhere (no "the patient", "he", "she", "Mrs."). Nothing it names is a
 * condition of the patient, so none of its candidates is coded (Guidelines I.A.19 and III: the provider's
 * diagnostic statement of the encounter). Data: {@code general_information.json}.
 */
public final class GeneralInformationCheck implements Stage {
    public static final String FILE = "general_information.json";

    /** The note's opening: a term (no section header, no pronoun), then a definition verb. */
    private final Pattern definitionOpening;
    /** Any word that names one particular patient. */
    private final Pattern patientWord;

    GeneralInformationCheck(List<String> definitionVerbs, List<String> notTerms, List<String> patientWords, int maxTerm) {
        if (definitionVerbs.isEmpty() || patientWords.isEmpty() || maxTerm < 1) {
            throw new IllegalArgumentException(FILE + ": definitionVerbs, patientWords and maxTermLength are required");
        }
        String not = notTerms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String verbs = definitionVerbs.stream().map(v -> v.trim().replace(" ", "\\s+")).collect(Collectors.joining("|"));
        // term words (letters, apostrophes, hyphens, spaces), an optional aside in commas, then the verb
        this.definitionOpening = Pattern.compile("^\\s*" + (not.isEmpty() ? "" : "(?!(?:" + not + ")\\b)")
                + "[\\p{L}][\\p{L}'\u2019 -]{1," + maxTerm + "}(?:,+[^.:;?!]{0," + maxTerm + "})?,*\\s+(?:" + verbs
                + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.patientWord = Pattern.compile("\\b(?:" + patientWords.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    public static GeneralInformationCheck standard() {
        try {
            JsonNode root = new ObjectMapper().readTree(RuleFiles.bundled(FILE));
            return new GeneralInformationCheck(RuleJson.strings(root, "definitionVerbs"),
                    RuleJson.strings(root, "notTerms"), RuleJson.strings(root, "patientWords"),
                    root.path("maxTermLength").asInt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(FILE, e);
        }
    }

    /**
     * True if the text opens by defining a condition and names no particular patient: it records no encounter,
     * so neither its diagnoses nor a procedure or supply it names is coded (the pipeline drops the plug-ins' codes).
     */
    public boolean isGeneralInformation(String text) {
        return definitionOpening.matcher(text).lookingAt() && !patientWord.matcher(text).find();
    }

    @Override
    public Document process(Document doc) {
        if (doc.candidates().isEmpty() || !isGeneralInformation(doc.text())) {
            return doc;
        }
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            decisions.addAll(Candidates.dropped(c, NotCodedReason.GENERAL_INFORMATION, c.code()
                    + ": the note defines the condition for a reader and names no patient (rule general-information)",
                    null));
        }
        return doc.withCandidates(List.of()).withDecisions(decisions);
    }
}
