package org.opencac.engine.hcpcs;

import java.util.Arrays;
import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.text.Sentence;

/**
 * A phrase of the vocabulary found in a sentence: the sentence, its words ({@code all[0, count)}), the phrase's
 * words ({@code [first, last)}) and its extent in the note ({@code [start, end)}).
 */
record HcpcsPhrase(Sentence sentence, String[] all, int count, int first, int last, int start, int end) {
    List<String> words() {
        return Arrays.asList(all).subList(0, count);
    }

    String text(Document doc) {
        return doc.text().substring(start, end);
    }

    EvidenceSpan evidence(Document doc) {
        return new EvidenceSpan(start, end, text(doc), doc.sectionOf(sentence).type().id(), false, "present", "patient");
    }
}
