package org.opencac.models.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The other ways of writing "elevated X" for an abnormal test finding: every lexicon term that begins with
 * "elevated" and points to a code of abnormal findings of tests (R70-R97) is also read in each form of
 * {@code raised_level_forms.txt} ("increased creatinine", "an increase in liver enzymes"), with the same
 * code and source. Terms already in the lexicon are not repeated.
 */
public final class RaisedLevelForms {
    public static final String RESOURCE = "lexicon/raised_level_forms.txt";
    private static final String LEAD = "elevated ";
    private static final String SLOT = "{x}";

    private final List<String> forms;

    public RaisedLevelForms(List<String> forms) {
        for (String f : forms) {
            if (!f.contains(SLOT) || f.isBlank()) {
                throw new IllegalArgumentException(RESOURCE + ": a form must hold " + SLOT + ": " + f);
            }
        }
        this.forms = List.copyOf(forms);
    }

    /** Whether the code is an abnormal finding of a test (R70-R97), the codes an "elevated" term reports. */
    static boolean testFinding(String code) {
        return code.length() >= 3 && code.charAt(0) == 'R' && code.compareTo("R70") >= 0 && code.compareTo("R98") < 0;
    }

    /** The terms the forms add to {@code terms}. */
    public List<Term> added(List<Term> terms) {
        Set<String> known = new HashSet<>();
        for (Term t : terms) {
            known.add(t.text().toLowerCase(Locale.ROOT) + "\t" + t.code());
        }
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            String text = t.text().toLowerCase(Locale.ROOT);
            if (!text.startsWith(LEAD) || !testFinding(t.code())) {
                continue;
            }
            String rest = text.substring(LEAD.length()).trim();
            if (rest.isEmpty()) {
                continue;
            }
            for (String form : forms) {
                String variant = form.replace(SLOT, rest);
                if (known.add(variant + "\t" + t.code())) {
                    out.add(new Term(variant, t.code(), t.source()));
                }
            }
        }
        return out;
    }
}
