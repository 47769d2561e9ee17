package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.CodeResolver;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.text.LowerWords;
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
    static final String RESOURCE = "/org/opencac/engine/convention/neoplasm_site.tsv";

    private final CodeSet codeSet;
    private final RevisedStatementCheck statements;
    private final WordForms forms;
    private final List<CodePattern> neoplasms;
    private final Set<String> heads;
    private final Set<String> ignored;

    NeoplasmSiteFromWorkingStatement(CodeSet codeSet, RevisedStatementCheck statements, WordForms forms,
                                     List<CodePattern> neoplasms, Set<String> heads, Set<String> ignored) {
        this.codeSet = codeSet;
        this.statements = statements;
        this.forms = forms;
        this.neoplasms = List.copyOf(neoplasms);
        this.heads = Set.copyOf(heads);
        this.ignored = Set.copyOf(ignored);
    }

    public static NeoplasmSiteFromWorkingStatement standard(CodeSet codeSet, RevisedStatementCheck statements,
                                                            WordForms forms) {
        List<CodePattern> neoplasms = new ArrayList<>();
        Set<String> heads = new HashSet<>();
        Set<String> ignored = new HashSet<>();
        DataFiles.kinds(RESOURCE, Map.of(
                "neoplasm", value -> neoplasms.addAll(CodePattern.parseList(value)),
                "head", value -> heads.add(value.toLowerCase(Locale.ROOT)),
                "word", value -> ignored.add(value.toLowerCase(Locale.ROOT)),
                "start", value -> { }));   // read by NeoplasmSiteFromNamedMass
        if (neoplasms.isEmpty() || heads.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": needs neoplasm and head rows");
        }
        return new NeoplasmSiteFromWorkingStatement(codeSet, statements, forms, neoplasms, heads, ignored);
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
            if (!unsitedNeoplasm(fin)) {
                continue;
            }
            for (CodeCandidate mass : in) {
                if (mass == fin || gone.contains(mass) || CodePattern.anyCovers(neoplasms, mass.code())
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
            if (unsitedNeoplasm(c)) {
                return true;
            }
        }
        return false;
    }

    /** A neoplasm code of the rows at an unspecified site: the final statement's code this stage may site. */
    private boolean unsitedNeoplasm(CodeCandidate c) {
        return CodePattern.anyCovers(neoplasms, c.code()) && CodeResolver.saysUnspecified(c.title());
    }

    /**
     * The code of the neoplasm's category whose title names a site word of a mention of the mass (a mention whose
     * head is a mass word), beyond the words of the unspecified code's own title; null unless exactly one does.
     */
    private Code sited(Document doc, CodeCandidate fin, CodeCandidate mass) {
        Set<String> sites = new HashSet<>();
        for (int m : mass.mentions()) {
            var span = doc.mentions().get(m).span();
            List<String> words = words(doc.text().substring(span.start(), span.end()));
            if (words.isEmpty() || !heads.contains(words.get(words.size() - 1))) {
                continue;
            }
            for (String w : words) {
                if (!heads.contains(w) && !ignored.contains(w)) {
                    sites.add(w);
                    String base = forms.base(w);
                    if (base != null) {
                        sites.addAll(words(base));
                    }
                }
            }
        }
        if (sites.isEmpty()) {
            return null;
        }
        Set<String> own = new HashSet<>(words(fin.title()));
        Code found = null;
        for (Code c : codeSet.billableDescendants(fin.code().substring(0, 3))) {
            if (c.code().equals(fin.code()) || CodeResolver.saysUnspecified(c.title())) {
                continue;
            }
            List<String> title = words(c.title());
            if (title.stream().anyMatch(w -> !own.contains(w) && sites.contains(w))) {
                if (found != null) {
                    return null;   // two codes name a site of the mass: not one to choose
                }
                found = c;
            }
        }
        return found;
    }

    /** The lowercase words of a text (a hyphen breaks them, as in the titles the words are compared with). */
    private static List<String> words(String text) {
        return LowerWords.of(text, LowerWords.Hyphens.BREAK);
    }
}
