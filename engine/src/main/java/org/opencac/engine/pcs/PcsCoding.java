package org.opencac.engine.pcs;

import java.util.List;
import org.opencac.engine.note.Span;

/**
 * What the PCS stages built from one procedure word: a complete code, or the characters that could be
 * determined with the first one that could not.
 *
 * @param code      7 characters when complete, else the determined prefix (at least 4 characters)
 * @param complete  whether all seven characters were determined
 * @param missing   the title of the first undetermined character ("Approach", "Contrast" ...), or null
 * @param options   the values that character may take in the table row, as "0 Open"
 * @param rationale how each character was chosen, in order
 * @param evidence  the procedure word and the words that decided characters
 * @param score     confidence in [0, 1]
 */
public record PcsCoding(String code, boolean complete, String missing, List<String> options, List<String> rationale,
                        List<Span> evidence, double score) {
    public PcsCoding {
        options = List.copyOf(options);
        rationale = List.copyOf(rationale);
        evidence = List.copyOf(evidence);
    }
}
