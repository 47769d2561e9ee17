package org.opencac.engine.convention;

import static org.opencac.engine.convention.NeoplasmSiteWords.words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.CodeResolver;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * The site of a neoplasm the final statement names without one (Guidelines II, IV.M: the postoperative diagnosis is
 * the most definitive; I.C.2: a neoplasm is coded by its site): when the working statement (preoperative diagnosis)
 * names a mass or lesion of a site ("pleural mass") that the final statement does not restate, and the final
 * statement's neoplasm is coded at an unspecified site ("mesothelioma": C45.9), the neoplasm is the mass, and is coded
 * at the code of its category whose title names that site (C45.0 of pleura); the mass's own code gives way to it.
 * A category with no code of that site, or more than one, is left alone. Data: {@code neoplasm_site.tsv}.
 */
public final class NeoplasmSiteFromWorkingStatement implements Stage {
    private final CodeSet codeSet;
    private final RevisedStatementCheck statements;
    private final NeoplasmSiteWords sites;

    NeoplasmSiteFromWorkingStatement(CodeSet codeSet, RevisedStatementCheck statements, NeoplasmSiteWords sites) {
        this.codeSet = codeSet;
        this.statements = statements;
        this.sites = sites;
    }

    public static NeoplasmSiteFromWorkingStatement standard(CodeSet codeSet, RevisedStatementCheck statements,
                                                            NeoplasmSiteWords sites) {
        return new NeoplasmSiteFromWorkingStatement(codeSet, statements, sites);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        if (!anyUnsitedNeoplasm(in)) {
            return doc;   // most notes: no neoplasm coded at an unspecified site, nothing copied
        }
        List<CodeCandidate> out = new ArrayList<>(in);
        List<MentionDecision> decisions = new ArrayList<>();
        Set<CodeCandidate> gone = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            CodeCandidate fin = out.get(i);
            if (!sites.unsited(fin)) {
                continue;
            }
            for (CodeCandidate mass : in) {
                if (mass == fin || gone.contains(mass) || sites.isNeoplasm(mass.code())
                        || !statements.revises(doc, mass, fin)) {
                    continue;
                }
                Code sited = sited(doc, fin, mass);
                if (sited == null || out.stream().anyMatch(c -> c.code().equals(sited.code()))) {
                    continue;
                }
                String why = "the final statement's " + fin.code() + " is the working statement's " + mass.code()
                        + ", coded at its site (Guidelines I.C.2, IV.M)";
                out.set(i, fin.withCode(sited, why));
                gone.add(mass);
                decisions.addAll(Candidates.dropped(mass, NotCodedReason.COMBINED, "the working diagnosis "
                        + mass.code() + " is the neoplasm " + sited.code() + " of the final diagnostic statement",
                        sited.code()));
                break;
            }
        }
        if (gone.isEmpty()) {
            return doc;
        }
        out.removeAll(gone);
        return doc.withCandidates(out).withDecisions(decisions);
    }

    private boolean anyUnsitedNeoplasm(List<CodeCandidate> cands) {
        for (CodeCandidate c : cands) {
            if (sites.unsited(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The code of the neoplasm's category whose title names a site word of a mention of the mass (a mention whose
     * head is a mass word), beyond the words of the unspecified code's own title; null unless exactly one does.
     */
    private Code sited(Document doc, CodeCandidate fin, CodeCandidate mass) {
        Set<String> siteWords = new HashSet<>();
        for (int m : mass.mentions()) {
            var span = doc.mentions().get(m).span();
            List<String> words = words(doc.text().substring(span.start(), span.end()));
            if (words.isEmpty() || !sites.isHead(words.get(words.size() - 1))) {
                continue;
            }
            for (String w : words) {
                sites.addSiteWord(w, siteWords);
            }
        }
        if (siteWords.isEmpty()) {
            return null;
        }
        Set<String> own = new HashSet<>(words(fin.title()));
        Code found = null;
        for (Code c : codeSet.billableDescendants(fin.code().substring(0, 3))) {
            if (c.code().equals(fin.code()) || CodeResolver.saysUnspecified(c.title())) {
                continue;
            }
            List<String> title = words(c.title());
            if (title.stream().anyMatch(w -> !own.contains(w) && siteWords.contains(w))) {
                if (found != null) {
                    return null;   // two codes name a site of the mass: not one to choose
                }
                found = c;
            }
        }
        return found;
    }
}
