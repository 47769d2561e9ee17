package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.Alternative;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.models.codeset.Code;

/**
 * A neoplasm coded without its site ("carcinoma" alone gives C80.1) beside a code of the same kind with a
 * documented site ("renal cell carcinoma", C64.9) is the same neoplasm: the site code is reported, in the
 * earlier of the two places, with the evidence of both, and the site-less default becomes its alternative.
 * A default with no site code in the note is left alone. The pairs are data ({@code unknown_site.tsv}).
 */
public final class UnknownSiteCheck implements Stage {
    public static final String RESOURCE = "/org/opencac/engine/convention/unknown_site.tsv";

    /**
     * One default and the site codes that replace it.
     *
     * @param code    the site-less default, e.g. "C80.1"
     * @param sites   3-character ranges ("C00-C76") or code prefixes ("C79.5")
     * @param meaning what the default means, for the reason shown to the coder
     */
    public record Rule(String code, List<String> sites, String meaning) {
        public Rule {
            sites = List.copyOf(sites);
            for (String s : sites) {
                if (s.contains("-") && !s.matches("[A-Z]\\d\\d-[A-Z]\\d\\d")) {
                    throw new IllegalArgumentException("site range must look like C00-C76, was " + s);
                }
            }
        }

        boolean isSite(String candidate) {
            if (candidate.equals(code)) {
                return false;
            }
            String category = Code.categoryOf(candidate);
            for (String s : sites) {
                int dash = s.indexOf('-');
                if (dash > 0 ? category.compareTo(s.substring(0, dash)) >= 0 && category.compareTo(s.substring(dash + 1)) <= 0
                        : candidate.startsWith(s)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Rule> rules;

    public UnknownSiteCheck(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static UnknownSiteCheck standard() {
        List<Rule> rules = new ArrayList<>();
        for (String[] f : DataFiles.table(RESOURCE, 3, 3)) {
            rules.add(new Rule(f[0], List.of(f[1].split(",")), f[2]));
        }
        return new UnknownSiteCheck(rules);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> out = new ArrayList<>(doc.candidates());
        boolean changed = false;
        for (Rule rule : rules) {
            int def = indexOf(out, rule.code());
            if (def < 0) {
                continue;
            }
            int site = -1;
            for (int i = 0; i < out.size() && site < 0; i++) {
                if (rule.isSite(out.get(i).code())) {
                    site = i;
                }
            }
            if (site < 0) {
                continue;
            }
            CodeCandidate d = out.get(def);
            CodeCandidate s = out.get(site);
            out.set(Math.min(def, site), merged(s, d, rule));
            out.remove(Math.max(def, site));
            changed = true;
        }
        return changed ? doc.withCandidates(out) : doc;
    }

    private static CodeCandidate merged(CodeCandidate site, CodeCandidate def, Rule rule) {
        TreeSet<Integer> mentions = new TreeSet<>(site.mentions());
        mentions.addAll(def.mentions());
        List<Alternative> alternatives = new ArrayList<>(site.alternatives());
        alternatives.addAll(def.alternatives());
        alternatives.add(new Alternative(def.code(), def.title(), "not specific: " + def.code() + " is " + rule.meaning()
                + ", and the note documents the site: " + site.code() + " (Guidelines I.C.2)"));
        List<String> why = new ArrayList<>(site.rationale());
        why.add("One neoplasm: " + site.code() + " reported for its documented site, not " + def.code());
        return new CodeCandidate(site.code(), site.title(), Math.max(site.score(), def.score()),
                List.copyOf(mentions), why, alternatives);
    }

    private static int indexOf(List<CodeCandidate> list, String code) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
