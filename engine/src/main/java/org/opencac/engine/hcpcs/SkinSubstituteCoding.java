package org.opencac.engine.hcpcs;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.models.codeset.hcpcs.HcpcsCode;

/**
 * A skin substitute found by its product name: the code its words choose, units = the documented area in
 * square centimeters (rounded up), or one unit and a provider query asking for the area.
 */
final class SkinSubstituteCoding {
    private final QualifierChoice choice;
    private final PerformedCues performed;
    private final double score;

    SkinSubstituteCoding(QualifierChoice choice, PerformedCues performed, double score) {
        this.choice = choice;
        this.performed = performed;
        this.score = score;
    }

    void code(HcpcsTrigger t, HcpcsPhrase p, HcpcsFindings f) {
        if (performed.notPerformed(p) || t.codes().stream().noneMatch(f::allowed)) {
            return;
        }
        QualifierChoice.Choice c = choice.choose(t.codes(), t.headWords(), p.words(), Set.of());
        HcpcsCode code = c.chosen() != null ? c.chosen() : t.codes().get(0);
        EvidenceSpan ev = p.evidence(f.doc);
        Optional<Double> area = NoteFacts.area(f.doc.text().substring(p.sentence().span().start(), p.sentence().span().end()));
        int units = area.map(a -> (int) Math.ceil(a - 1e-9)).orElse(1);
        f.suggest(code, score, ev, units, List.of("Skin substitute documented: \"" + p.text(f.doc) + "\" (" + t.origin() + ")",
                code.code() + ": " + code.longDescription(), area.map(a -> "Units: " + HcpcsModule.fmt(a)
                        + " sq cm applied, one unit per square centimeter = " + units)
                        .orElse("Units: the area applied is not documented; 1 unit until it is")), c.others());
        if (area.isEmpty()) {
            f.query(new DocumentationQuery(code.code(), "area", "Document the size of " + p.text(f.doc)
                    + " applied in square centimeters: " + code.code() + " is billed per square centimeter.",
                    List.of(code.code()), List.of(ev)));
        }
    }
}
