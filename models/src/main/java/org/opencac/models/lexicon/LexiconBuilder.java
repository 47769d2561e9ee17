package org.opencac.models.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.codeset.icd10cm.IndexEntry;
import org.opencac.models.codeset.icd10cm.IndexXmlLoader;
import org.opencac.models.io.Resources;
import org.opencac.models.io.TsvRows;

/**
 * Builds the ICD-10-CM term lexicon from what is available in place of the Alphabetic Index: Tabular
 * titles (and their default-code core), inclusion terms with nonessential modifiers expanded, terms
 * generated from the Neoplasm and Drug tables by data templates, External Cause index terms and the
 * curated synonym list.
 */
public final class LexiconBuilder {
    public static final String CURATED = "lexicon/clinical_synonyms.tsv";
    public static final String LONG_TERM_DRUGS = "lexicon/long_term_drug_therapy.tsv";
    public static final String TEMPLATES = "lexicon/index_term_templates.tsv";
    public static final String QUALIFIERS = "lexicon/title_qualifiers.txt";
    public static final String RAISED_LEVEL_FORMS = RaisedLevelForms.RESOURCE;
    public static final String NEOPLASM = "data/icd10cm/icd-10-cm-neoplasm-2025.xml.xz";
    public static final String DRUGS = "data/icd10cm/icd-10-cm-drug-2025.xml.xz";
    public static final String EXTERNAL_CAUSE = "data/icd10cm/icd-10-cm-eindex-2025.xml.xz";

    private static final Pattern PARENS = Pattern.compile("\\s*[(\\[]([^()\\[\\]]*)[)\\]]");

    /**
     * The first words of a modifier that qualifies what it follows and is never written before it: a phrase
     * opened by a preposition ("Chills (without fever)" is never "without fever chills", which a note writes to
     * deny both). English grammar, not vocabulary.
     */
    private static final Set<String> TRAILING_ONLY = Set.of("without", "with", "due", "in", "of", "from", "not",
            "except", "by", "to", "on", "at", "after", "following", "during", "for");

    private final CodeSet codeSet;
    private final List<String> qualifiers;
    private final List<String[]> templates;

    public LexiconBuilder(CodeSet codeSet) {
        this.codeSet = codeSet;
        this.qualifiers = readLines(QUALIFIERS);
        List<String[]> rows = new ArrayList<>();
        TsvRows.read(Resources.bundled(TEMPLATES), TEMPLATES, h -> String.join("\t", h).equals("table\tcolumn\ttemplate"),
                "table<TAB>column<TAB>template", (t, lineNo) -> {
                    if (t.length != 3 || !(t[0].equals("neoplasm") || t[0].equals("drug")) || !t[1].matches("[2-7]")
                            || t[2].isEmpty()) {
                        throw new IllegalArgumentException(TEMPLATES + " line " + lineNo + ": bad template row "
                                + String.join("|", t));
                    }
                    rows.add(t);
                });
        this.templates = List.copyOf(rows);
    }

    /** Builds the lexicon from the bundled data files. */
    public Lexicon buildBundled() {
        List<Term> terms = new ArrayList<>(400_000);
        addTabularTerms(terms);
        addNeoplasmTerms(terms, IndexXmlLoader.bundled(NEOPLASM));
        addDrugTerms(terms, IndexXmlLoader.bundled(DRUGS));
        addExternalCauseTerms(terms, IndexXmlLoader.bundled(EXTERNAL_CAUSE));
        for (String curated : List.of(CURATED, LONG_TERM_DRUGS)) {
            try (InputStream in = Resources.bundled(curated)) {
                terms.addAll(new CuratedLexiconLoader().load(in, curated, c -> codeSet.get(c).isPresent()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        terms.addAll(new RaisedLevelForms(readLines(RAISED_LEVEL_FORMS)).added(terms));   // "increased creatinine"
        return new Lexicon(terms);
    }

    public void addTabularTerms(List<Term> out) {
        for (Code c : codeSet.all()) {
            for (String v : variants(c.title())) {
                out.add(new Term(v, c.code(), TermSource.TITLE));
            }
            String core = core(c.title());
            if (!core.equalsIgnoreCase(c.title())) {
                for (String v : variants(core)) {
                    out.add(new Term(v, c.code(), TermSource.TITLE_CORE));
                }
            }
            for (InstructionalNote n : c.notes()) {
                if (n.type() == NoteType.INCLUSION_TERM || n.type() == NoteType.INCLUDES) {
                    for (String v : variants(n.text())) {
                        out.add(new Term(v, c.code(), TermSource.INCLUSION));
                    }
                }
            }
        }
    }

    void addNeoplasmTerms(List<Term> out, IndexXmlLoader.IndexFile file) {
        for (IndexEntry e : file.entries()) {
            if (e.level() < 1 || e.level() > 2) {
                continue;
            }
            for (String site : sites(e)) {
                addTemplated(out, "neoplasm", "{site}", site, e);
            }
        }
    }

    void addDrugTerms(List<Term> out, IndexXmlLoader.IndexFile file) {
        for (IndexEntry e : file.entries()) {
            if (e.level() != 0) {
                continue;
            }
            for (String substance : substanceNames(e.mainTerm())) {
                addTemplated(out, "drug", "{substance}", substance, e);
            }
        }
    }

    /**
     * The names a main term of the Table of Drugs and Chemicals spells. "NEC" (not elsewhere classified) closes a
     * row's name without being part of it ("Lead NEC" is lead); a comma joins either word forms of one substance
     * ("Arsenic, arsenicals", "Mercury, mercurial, mercuric, mercurous": each part is a name, all sharing their
     * first four letters) or an inverted modifier ("Solvent, industrial"), which stays one name as printed.
     */
    static List<String> substanceNames(String mainTerm) {
        String full = mainTerm.replaceAll("\\s+", " ").trim();
        String name = full;
        boolean nec = name.endsWith(" NEC");
        if (nec) {
            name = name.substring(0, name.length() - 4).replaceAll(",\\s*$", "").trim();
        }
        String[] parts = name.split("\\s*,\\s*");
        if (parts.length > 1 && parts[0].length() >= 4) {
            String stem = parts[0].substring(0, 4).toLowerCase(Locale.ROOT);
            boolean forms = true;
            for (String p : parts) {
                forms &= p.indexOf(' ') < 0 && p.toLowerCase(Locale.ROOT).startsWith(stem);
            }
            if (forms) {
                return List.of(parts);
            }
        }
        return nec ? List.of(name, full) : List.of(mainTerm);
    }

    void addExternalCauseTerms(List<Term> out, IndexXmlLoader.IndexFile file) {
        for (IndexEntry e : file.entries()) {
            if (e.code() == null || e.level() > 2 || e.level() == 0 && e.mainTerm().split("\\s+").length < 2) {
                // A one-word main term ("Standing", "Activity") is an everyday word in notes, not a cause.
                continue;
            }
            resolve(e.code()).ifPresent(code ->
                    out.add(new Term(String.join(" ", e.path()), code, TermSource.EXTERNAL_CAUSE_INDEX)));
        }
    }

    private void addTemplated(List<Term> out, String table, String slot, String value, IndexEntry e) {
        TermSource source = table.equals("neoplasm") ? TermSource.NEOPLASM_TABLE : TermSource.DRUG_TABLE;
        for (String[] t : templates) {
            if (!t[0].equals(table)) {
                continue;
            }
            String cell = e.cells().get(Integer.parseInt(t[1]));
            if (cell == null) {
                continue;
            }
            Optional<String> code = resolve(cell);
            code.ifPresent(c -> out.add(new Term(t[2].replace(slot, value.toLowerCase(Locale.ROOT)), c, source)));
        }
    }

    private static List<String> sites(IndexEntry e) {
        List<String> own = siteNames(e.path().get(e.level()));
        if (e.level() == 1) {
            return own;
        }
        List<String> out = new ArrayList<>();
        for (String parent : siteNames(e.path().get(1))) {
            for (String child : own) {
                out.add(child + " of " + parent);
                out.add(parent + " " + child);
            }
        }
        return out;
    }

    /**
     * The names a site row of the Table of Neoplasms spells. A comma joins either word forms of one site ("anus,
     * anal", "pelvis, pelvic": each part is a name) or a head noun and its inverted modifier ("utricle, prostatic",
     * "calyx, renal", "stem, brain"): there the modifier alone names another, larger site, so the row reads as the
     * modifier before its head ("prostatic utricle", also "utricle of prostatic") and the head alone, never the
     * modifier alone. The two are told apart by spelling: word forms of one site share their first two letters.
     */
    static List<String> siteNames(String title) {
        List<String> parts = List.of(title.split(",\\s*"));
        if (parts.size() != 2 || sameStem(parts.get(0), parts.get(1))) {
            return parts;
        }
        String head = parts.get(0);
        String modifier = parts.get(1);
        return List.of(head, modifier + " " + head, head + " of " + modifier);
    }

    private static boolean sameStem(String a, String b) {
        return a.length() >= 2 && b.length() >= 2 && a.substring(0, 2).equalsIgnoreCase(b.substring(0, 2));
    }

    /** Turns an index cell such as "C50.9-" or "D05.-" into a code of this code set, if there is one. */
    private Optional<String> resolve(String cell) {
        String c = cell.replaceAll("[-.]+$", "").trim();
        return codeSet.get(c).map(Code::code);
    }

    /** Removes the title qualifiers that mark a default ("unspecified") code. */
    String core(String title) {
        String t = title.trim();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String q : qualifiers) {
                if (q.startsWith("^")) {
                    String head = q.substring(1);
                    if (t.regionMatches(true, 0, head, 0, head.length()) && t.length() > head.length()) {
                        t = t.substring(head.length()).trim();
                        changed = true;
                    }
                } else if (t.toLowerCase(Locale.ROOT).endsWith(q.toLowerCase(Locale.ROOT)) && t.length() > q.length()) {
                    t = t.substring(0, t.length() - q.length()).trim();
                    changed = true;
                }
            }
        }
        return t;
    }

    /**
     * Expands parenthesized nonessential modifiers: "Hypertension (arterial) (benign)" gives
     * "Hypertension", "Hypertension arterial benign", "arterial Hypertension", "benign Hypertension". A modifier
     * opened by a preposition ("Chills (without fever)") is not put before the head.
     */
    static Set<String> variants(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PARENS.matcher(text);
        List<String> mods = new ArrayList<>();
        while (m.find()) {
            mods.add(m.group(1).trim());
        }
        String bare = PARENS.matcher(text).replaceAll("").replaceAll("\\s+", " ").trim();
        if (!bare.isEmpty()) {
            out.add(bare);
        }
        if (mods.isEmpty()) {
            return out;
        }
        out.add(text.replaceAll("[()\\[\\]]", "").replaceAll("\\s+", " ").trim());
        if (text.trim().endsWith(")") && !bare.isEmpty()) {
            for (String mod : mods) {
                for (String alt : mod.split(",\\s*")) {
                    String[] words = alt.trim().split(" ");
                    if (!alt.isBlank() && words.length <= 4
                            && !TRAILING_ONLY.contains(words[0].toLowerCase(Locale.ROOT))) {
                        out.add(alt + " " + bare);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The lines of a bundled word list, "#" comments and blank lines passed over, each kept as written: a title
     * qualifier's leading space or comma is part of it (" NEC", ", NEC"), so the lines are not trimmed.
     */
    private static List<String> readLines(String resource) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Resources.bundled(resource),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
