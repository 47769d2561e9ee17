package org.opencac.engine.pcs;

import java.util.List;
import java.util.Optional;

/**
 * A procedure word or phrase and what it says about the code: the section and character 3 always,
 * characters 4 to 7 when the phrase itself determines them (else they are read from the sentence).
 *
 * @param phrase    lower-case phrase, e.g. "cholecystectomy"
 * @param section   label of character 1, e.g. "Medical and Surgical"
 * @param operation label of character 3, e.g. "Resection" or "Computerized Tomography (CT Scan)"
 * @param given     labels of characters 4 to 7, empty when the sentence decides
 * @param weight    how often the word names a reportable procedure, in (0, 1]: scales the score
 */
public record ProcedureTerm(String phrase, String section, String operation, List<Optional<String>> given,
                            double weight) {
    /** The section of phrases listed only so that they are not read as a shorter term ("optical coherence tomography"). */
    public static final String NOT_CODED = "not coded";

    public ProcedureTerm {
        if (given.size() != 4) {
            throw new IllegalArgumentException("a procedure term gives characters 4-7: " + phrase);
        }
        given = List.copyOf(given);
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in (0, 1]: " + phrase);
        }
    }

    /** Whether another term (a spelling variant of the phrase) codes the same characters with the same weight. */
    public boolean codesAs(ProcedureTerm other) {
        return section.equals(other.section) && operation.equals(other.operation) && given.equals(other.given)
                && weight == other.weight;
    }

    public boolean ignored() {
        return section.equals(NOT_CODED);
    }

    /** Whether the term names a measurement or monitoring of a body function ("visual acuity", "electrocardiogram"). */
    public boolean isMeasurement() {
        return section.equals("Measurement and Monitoring");
    }

    public boolean isSurgicalInspection() {
        return section.equals("Medical and Surgical") && operation.equals("Inspection");
    }

    /** The label this term fixes for character {@code position} (4-7), if any. */
    public Optional<String> given(int position) {
        return given.get(position - 4);
    }

    /**
     * The head a term gives the body part when the rest is read from the sentence: character 4 written as
     * "Lymphatic, *" ("lymphadenectomy": which lymphatic from "inguinal", "axillary" ...), else empty.
     */
    public Optional<String> bodyPartHead() {
        return given(4).filter(g -> g.endsWith(", *")).map(g -> g.substring(0, g.length() - 3));
    }

    /** Whether the term names the whole body part (character 4 given, not just its head). */
    public boolean namesBodyPart() {
        return given(4).isPresent() && bodyPartHead().isEmpty();
    }

    /** Whether the term names a biopsy (qualifier Diagnostic). */
    public boolean diagnostic() {
        return given(7).filter("Diagnostic"::equals).isPresent();
    }
}
