package org.opencac.engine.suggest;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.AssertionStatus;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;

/**
 * A provider query for each condition of the patient whose code of an unstated site was rejected because
 * its sentence names the site, and for which no site code was found ({@link NotCodedReason#SITE_QUERY},
 * recorded by the trigger check): the coder asks which code the named site takes. A negated, hypothetical
 * or relative's mention asks nothing.
 */
public final class SiteQueries implements Stage {

    @Override
    public Document process(Document doc) {
        List<DocumentationQuery> queries = new ArrayList<>();
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (MentionDecision d : doc.decisions()) {
            if (d.reason() != NotCodedReason.SITE_QUERY || d.relatedCode() == null) {
                continue;
            }
            Assertion a = doc.assertionOf(d.mentionIndex());
            if (a.experiencer() != Experiencer.PATIENT || a.status() == AssertionStatus.NEGATED
                    || a.status() == AssertionStatus.HYPOTHETICAL || !asked.add(d.relatedCode())) {
                continue;
            }
            String text = doc.mentions().get(d.mentionIndex()).text();
            queries.add(new DocumentationQuery(d.relatedCode(), "site",
                    "The note names the site of \"" + text + "\" but no code for that site was found (" + d.relatedCode()
                            + " is for an unstated site, so it is not suggested): which code does the documented site take?",
                    List.of(), List.of(SuggestionBuilder.evidence(doc, d.mentionIndex()))));
        }
        if (queries.isEmpty()) {
            return doc;
        }
        List<DocumentationQuery> all = new ArrayList<>(doc.queries());
        all.addAll(queries);
        return doc.withQueries(all);
    }
}
