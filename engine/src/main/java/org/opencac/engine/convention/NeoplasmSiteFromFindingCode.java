package org.opencac.engine.convention;

import static org.opencac.engine.convention.NeoplasmSiteWords.mostSited;
import static org.opencac.engine.convention.NeoplasmSiteWords.words;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * The subsite of a neoplasm told by the finding coded beside it (Guidelines I.C.2: a neoplasm is coded by its site;
 * I.A.9: the highest documented specificity): a breast cancer coded at an unspecified site of the left breast
 * (C50.912) beside a lump of the left breast whose code names its quadrant (N63.24, lower inner) is that lump, and is
 * coded at the code of its category whose title keeps every word of the unspecified code's side and organ and names
 * the most words of the finding's site (C50.312), and every word of the finding's title that the category's titles use
 * (a lump of the right breast names no quadrant of a cancer of the left). The finding is left for the
 * integral-symptom check, which drops it beside its cancer. A finding of no subsite, or two codes naming as many of
 * its words, leaves the neoplasm alone.
 * Data: {@code neoplasm_site.tsv} (finding rows: which finding codes site which neoplasm category; unsited rows:
 * the words of an unspecified code's title that name no side or organ).
 */
public final class NeoplasmSiteFromFindingCode implements Stage {
    private final CodeSet codeSet;
    private final NeoplasmSiteWords sites;

    NeoplasmSiteFromFindingCode(CodeSet codeSet, NeoplasmSiteWords sites) {
        this.codeSet = codeSet;
        this.sites = sites;
    }

    public static NeoplasmSiteFromFindingCode standard(CodeSet codeSet, NeoplasmSiteWords sites) {
        return new NeoplasmSiteFromFindingCode(codeSet, sites);
    }

    @Override
    public Document process(Document doc) {
        return sites.recodeUnsited(doc, fin -> doc.candidates().stream()
                .filter(finding -> sites.sitesNeoplasm(finding.code(), fin.code().substring(0, 3)))
                .map(finding -> {
                    Code sited = sited(fin, finding);
                    return sited == null ? null : fin.withCode(sited, "the neoplasm " + fin.code() + " is the "
                            + finding.code() + " whose code names its site, coded at that site"
                            + " (Guidelines I.C.2, I.A.9)");
                })
                .filter(Objects::nonNull));
    }

    /**
     * The code of the neoplasm's category that keeps the words of its title naming side and organ and names the
     * most words of the finding's title beyond them; null when none names one, or two name as many.
     */
    private Code sited(CodeCandidate fin, CodeCandidate finding) {
        Set<String> own = new HashSet<>(words(fin.title()));
        Set<String> kept = new HashSet<>(own);
        kept.removeIf(sites::isUnsitedTitleWord);
        Set<String> siteWords = new HashSet<>(words(finding.title()));
        siteWords.removeAll(own);
        List<Code> codes = codeSet.billableDescendants(fin.code().substring(0, 3));
        // the finding's words the category's titles tell apart (its side, its quadrant) must all be the sited code's
        Set<String> vocabulary = new HashSet<>();
        codes.forEach(c -> vocabulary.addAll(words(c.title())));
        Set<String> told = new HashSet<>(words(finding.title()));
        told.retainAll(vocabulary);
        told.removeIf(sites::isUnsitedTitleWord);
        return mostSited(codes, fin.code(), own, siteWords,
                title -> title.containsAll(kept) && title.containsAll(told));
    }
}
