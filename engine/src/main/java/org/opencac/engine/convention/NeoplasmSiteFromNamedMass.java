package org.opencac.engine.convention;

import static org.opencac.engine.convention.NeoplasmSiteWords.mostSited;
import static org.opencac.engine.convention.NeoplasmSiteWords.words;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.mention.NotSitePhrases;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.lexicon.Term;

/**
 * The site of a neoplasm named where its morphology is reported (Guidelines I.C.2: a neoplasm is coded by its site):
 * a neoplasm coded at an unspecified site ("mesothelioma": C45.9) whose morphology the note reports in a section that
 * also names a mass of a site ("the biopsy of the pleural nodule shows mesothelioma", "a frontal lobe mass ... most
 * consistent with glioblastoma") is that mass, and is coded at the code of its category whose title names the most
 * of the mass's site words (C45.0 of pleura, C71.1 of frontal lobe). The site is read from the noun phrase before the
 * mass word ("pleural nodule", not a site across a verb), or after it behind a link word ("a mass at the hepatic
 * flexure": {@code after} rows); a word that is the part of a compound anatomy name ("the femoral neck", "the splenic
 * flexure"; {@link NotSitePhrases}) sites the neoplasm only at a code whose title names the whole compound, not the
 * lone part (a lesion in the femoral neck names no neck, C49.0); a mass of a site the category's titles do not name
 * (a "lung nodule" beside a brain tumour) gives nothing, and two codes naming as many site words leave the code alone.
 * Only sections where the morphology is the patient's own and not denied are read (its doubt does not matter: the
 * site is the mass's, whatever is concluded of it). Data: {@code neoplasm_site.tsv} (head, word and start rows).
 */
public final class NeoplasmSiteFromNamedMass implements Stage {
    /** The most words read before a mass word as its site. */
    private static final int SITE_WORDS = 4;

    private final CodeSet codeSet;
    private final NeoplasmSiteWords sites;

    NeoplasmSiteFromNamedMass(CodeSet codeSet, NeoplasmSiteWords sites) {
        this.codeSet = codeSet;
        this.sites = sites;
    }

    public static NeoplasmSiteFromNamedMass standard(CodeSet codeSet, NeoplasmSiteWords sites) {
        return new NeoplasmSiteFromNamedMass(codeSet, sites);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        return sites.recodeUnsited(doc, fin -> {
            // a neoplasm of the category the note already codes at a site is that one (one condition, merged later)
            if (in.stream().anyMatch(c -> c != fin && !sites.unsited(c)
                    && c.code().startsWith(fin.code().substring(0, 3)))) {
                return Stream.empty();
            }
            Code sited = sited(doc, fin);
            return sited == null ? Stream.empty() : Stream.of(fin.withCode(sited, "the neoplasm " + fin.code()
                    + " is the mass of the site its section names, coded at its site (Guidelines I.C.2)"));
        });
    }

    /** The code of the neoplasm's category naming the most site words of the masses its sections name; else null. */
    private Code sited(Document doc, CodeCandidate fin) {
        String category = fin.code().substring(0, 3);
        Set<Integer> sections = new HashSet<>();
        for (int m = 0; m < doc.mentions().size(); m++) {
            if (readable(doc, m) && namesCategory(doc.mentions().get(m), category)) {
                sections.add(doc.sentences().get(doc.mentions().get(m).sentenceIndex()).sectionIndex());
            }
        }
        Set<String> siteWords = new HashSet<>();
        Map<String, List<String>> compounds = new HashMap<>();
        for (int m = 0; m < doc.mentions().size(); m++) {
            Mention mass = doc.mentions().get(m);
            if (sections.contains(doc.sentences().get(mass.sentenceIndex()).sectionIndex()) && readable(doc, m)) {
                siteWords.addAll(siteWords(doc, mass, compounds));
            }
        }
        if (siteWords.isEmpty()) {
            return null;
        }
        Set<String> own = new HashSet<>(words(fin.title()));
        return mostSited(codeSet.billableDescendants(category), fin.code(), own, siteWords,
                title -> namesWholeCompounds(title, compounds));
    }

    /**
     * Whether a title that names the part of a compound anatomy name the masses write names the whole compound:
     * "neck" of "femoral neck" needs "femoral" in the title too (C49.0, of the neck, names no femur).
     */
    private static boolean namesWholeCompounds(Set<String> title, Map<String, List<String>> compounds) {
        for (Map.Entry<String, List<String>> e : compounds.entrySet()) {
            if (title.contains(e.getKey()) && !title.containsAll(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A mention the patient has, neither denied nor only supposed. */
    private static boolean readable(Document doc, int m) {
        Assertion a = doc.assertionOf(m);
        return !a.negated() && !a.hypothetical() && a.experiencer() == Experiencer.PATIENT;
    }

    private static boolean namesCategory(Mention m, String category) {
        for (Term t : m.candidateTerms()) {
            if (t.code().startsWith(category)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The site words of a mention ending in a mass word: its own words before that word, and the words of its noun
     * phrase before it back to a start word or punctuation ("biopsy of the pleural nodule": pleural, pleura); the
     * part of a compound anatomy name read among them is put in {@code compounds} with the compound's other words.
     */
    private Set<String> siteWords(Document doc, Mention mass, Map<String, List<String>> compounds) {
        List<Token> tokens = doc.tokens();
        int last = mass.endToken() - 1;
        if (last < mass.firstToken() || !sites.isHead(lower(tokens.get(last)))) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        int taken = 0;
        for (int k = last - 1; k >= 0 && taken < SITE_WORDS; k--) {
            Token t = tokens.get(k);
            String w = lower(t);
            if (t.sentenceIndex() != mass.sentenceIndex() || sites.isStart(w) || !word(w)) {
                break;
            }
            taken++;
            addSiteWord(tokens, k, out, compounds);
        }
        // the site a link word puts after the mass word ("a mass at the right hepatic flexure"), up to the next
        // start word or punctuation
        int k = last + 1;
        if (k < tokens.size() && tokens.get(k).sentenceIndex() == mass.sentenceIndex()
                && sites.isSiteLink(lower(tokens.get(k)))) {
            k++;
            while (k < tokens.size() && sites.isStart(lower(tokens.get(k)))
                    && !sites.isSiteLink(lower(tokens.get(k)))) {
                k++;
            }
            for (taken = 0; k < tokens.size() && taken < SITE_WORDS; k++, taken++) {
                Token t = tokens.get(k);
                String w = lower(t);
                if (t.sentenceIndex() != mass.sentenceIndex() || sites.isStart(w) || !word(w)) {
                    break;
                }
                addSiteWord(tokens, k, out, compounds);
            }
        }
        return out;
    }

    private void addSiteWord(List<Token> tokens, int k, Set<String> out, Map<String, List<String>> compounds) {
        String w = lower(tokens.get(k));
        sites.addSiteWord(w, out);
        List<String> whole = NotSitePhrases.compoundWholeOf(tokens, k);
        if (!whole.isEmpty()) {
            compounds.merge(w, whole, (a, b) -> a.size() <= b.size() ? a : b);
        }
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static boolean word(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
