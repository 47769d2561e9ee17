package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.models.codeset.hcpcs.HcpcsCode;

/**
 * A service or supply found by its descriptor head: the code among those sharing the head that the rest of
 * the note's words choose ({@link QualifierChoice}), or a provider query naming the codes when the note does
 * not decide.
 */
final class ServiceCoding {
    private final QualifierChoice choice;
    private final PerformedCues performed;
    private final double score;

    ServiceCoding(QualifierChoice choice, PerformedCues performed, double score) {
        this.choice = choice;
        this.performed = performed;
        this.score = score;
    }

    void code(HcpcsTrigger t, HcpcsPhrase p, HcpcsFindings f) {
        List<HcpcsCode> allowed = t.codes().stream().filter(f::allowed).toList();
        if (allowed.isEmpty() || performed.notPerformed(p)) {
            return;
        }
        QualifierChoice.Choice c = choice.choose(allowed, t.headWords(), p.words(), f.facts.ageWords());
        EvidenceSpan ev = p.evidence(f.doc);
        if (c.chosen() == null) {
            f.query(new DocumentationQuery(commonPrefix(c.tied()), "detail", "The note documents \"" + p.text(f.doc)
                    + "\" but not which of " + c.tied().stream().map(HcpcsCode::code).collect(Collectors.joining(", "))
                    + " applies; no HCPCS code was suggested for it. Document: " + c.tied().stream()
                    .map(x -> x.code() + " " + x.longDescription()).collect(Collectors.joining("; ")),
                    c.tied().stream().map(HcpcsCode::code).limit(6).toList(), List.of(ev)));
            return;
        }
        if (performed.labTestSentOut(c.chosen().code(), p)) {
            return;
        }
        List<String> why = new ArrayList<>();
        why.add("Documented: \"" + p.text(f.doc) + "\" (" + t.origin() + (t.origin().contains(t.phrase()) ? "" : " \"" + t.phrase() + "\"") + ")");
        why.add(c.chosen().code() + ": " + c.chosen().longDescription());
        if (!c.named().isEmpty()) {
            why.add("Chosen among " + allowed.size() + " codes with this head: the note names " + String.join(", ", c.named()));
        }
        f.suggest(c.chosen(), score, ev, 1, why, c.others());
    }

    private static String commonPrefix(List<HcpcsCode> codes) {
        String p = codes.get(0).code();
        for (HcpcsCode c : codes) {
            while (!c.code().startsWith(p)) {
                p = p.substring(0, p.length() - 1);
            }
        }
        return p;
    }
}
