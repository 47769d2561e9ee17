package org.opencac.engine.testing;

import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;

/** Documents that hold only candidates, for the checks that read a note's candidates and nothing else of it. */
public final class CandidateDocs {
    private CandidateDocs() {
    }

    /** A document of an empty note in the setting, with these candidates. */
    public static Document doc(CareSetting setting, CodeCandidate... c) {
        return Document.of(new Note("x", setting)).withCandidates(List.of(c));
    }

    /** A candidate titled by its code, of support 0.8, found by one mention. */
    public static CodeCandidate cand(String code, int mention) {
        return new CodeCandidate(code, code, 0.8, List.of(mention), List.of("Index: test"));
    }

    /** The codes of the document's candidates, in order. */
    public static List<String> codes(Document d) {
        return d.candidates().stream().map(CodeCandidate::code).toList();
    }
}
