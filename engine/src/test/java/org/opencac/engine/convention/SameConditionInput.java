package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.note.Span;
import org.opencac.engine.testing.TestModels;

/** Codes given to the same-condition stage as they would come from a note, for the tests of its rules. */
final class SameConditionInput {

    /** A code with its title and the words of the mention it comes from. */
    record Coded(String code, String title, String words) {
    }

    private SameConditionInput() {
    }

    /** The codes the standard stage keeps; each code's words are one mention, in a sentence of its own. */
    static List<String> kept(Coded... coded) {
        List<Mention> mentions = new ArrayList<>();
        List<CodeCandidate> cands = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < coded.length; i++) {
            Coded c = coded[i];
            mentions.add(new Mention(new Span(at, at + c.words().length()), c.words(), List.of(), i, 0, 1));
            at += c.words().length() + 2;
            cands.add(new CodeCandidate(c.code(), c.title(), 0.8, List.of(i), List.of("Index: test")));
        }
        Document d = Document.of(new Note("x", CareSetting.OUTPATIENT)).withMentions(mentions).withCandidates(cands);
        return SameConditionCheck.standard(TestModels.models().codeSet()).process(d).candidates().stream()
                .map(CodeCandidate::code).toList();
    }
}
