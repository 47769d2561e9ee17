package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.CodePrefixes;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Token;
import org.opencac.models.lexicon.Lexicon;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * A study report names in its indication what the study was done for, often a bare symptom ("INDICATION: Pain."),
 * and in its title what it looked at ("EXAM: Three views of the left wrist."). The symptom is the symptom of the
 * site studied: the reason for the test (Guidelines IV.K) is pain of the left wrist (M25.532), as a coder reads it.
 * A finding of an indication section whose words are one symptom word ({@code study_site.tsv} {@code symptom} rows)
 * is read as the lexicon term made of the longest run of the title's words and the symptom ("left wrist pain"), when
 * the term's code is a site code of the symptom ({@code codes} rows); a title naming no such site leaves it a finding.
 * The title is the first clause of the study's account whose header is a study header ({@code header} rows: EXAM:,
 * EXAMINATION:), written before the indication.
 */
public final class StudySiteReading implements Stage {
    public static final String SITES = "/org/opencac/engine/mention/study_site.tsv";
    /** The most title words a site is read from ("right upper arm"). */
    private static final int MAX_SITE_WORDS = 4;

    private final Lexicon lexicon;
    private final Set<String> headers;
    private final Set<String> symptoms;
    private final List<String> codePrefixes;

    StudySiteReading(Lexicon lexicon, Set<String> headers, Set<String> symptoms, List<String> codePrefixes) {
        this.lexicon = lexicon;
        this.headers = Set.copyOf(headers);
        this.symptoms = Set.copyOf(symptoms);
        this.codePrefixes = List.copyOf(codePrefixes);
    }

    /** With the bundled headers, symptoms and site codes. */
    public static StudySiteReading standard(Lexicon lexicon) {
        Map<String, Set<String>> rows = DataFiles.kindSets(SITES, "header", "symptom", "codes");
        return new StudySiteReading(lexicon, rows.get("header"), rows.get("symptom"),
                List.copyOf(rows.get("codes")));
    }

    @Override
    public Document process(Document doc) {
        List<Mention> mentions = doc.mentions();
        List<Mention> read = null;
        List<String> title = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.isFinding() || !symptoms.contains(m.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Section section = doc.sectionOf(doc.sentences().get(m.sentenceIndex()));
            if (section.type() != SectionType.INDICATION) {
                continue;
            }
            if (title == null) {
                title = titleWords(doc, m.span().start());
            }
            List<Term> terms = siteTerms(title, m.text().toLowerCase(Locale.ROOT));
            if (terms.isEmpty()) {
                continue;
            }
            if (read == null) {
                read = new ArrayList<>(mentions);
            }
            read.set(i, m.withTerms(terms, List.of()));
        }
        return read == null ? doc : doc.withMentions(read);
    }

    /**
     * The words of the study's title: the first clause (to the first period) of the first section before
     * {@code before} whose header is a study header and which the section detector read as the study's account;
     * empty if there is none.
     */
    private List<String> titleWords(Document doc, int before) {
        for (Section s : doc.sections()) {
            if (s.span().start() >= before) {
                break;
            }
            if (s.type() != SectionType.PROCEDURE || !studyHeader(doc, s)) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (Token t : doc.tokens()) {
                if (t.span().start() < s.header().end() || t.span().end() > s.span().end()) {
                    continue;
                }
                if (t.text().equals(".")) {
                    break;
                }
                if (!t.norm().isEmpty()) {
                    words.add(t.norm());
                }
            }
            return words;
        }
        return List.of();
    }

    private boolean studyHeader(Document doc, Section s) {
        List<String> words = TermNormalizer.words(doc.text().substring(s.header().start(), s.header().end()));
        return !words.isEmpty() && headers.contains(words.get(0));
    }

    /** The lexicon terms of the longest run of title words before the symptom whose code is a site code, first found. */
    private List<Term> siteTerms(List<String> title, String symptom) {
        for (int n = Math.min(MAX_SITE_WORDS, title.size()); n > 0; n--) {
            for (int from = 0; from + n <= title.size(); from++) {
                String site = String.join(" ", title.subList(from, from + n));
                List<Term> terms = new ArrayList<>();
                for (Term t : lexicon.lookup(site + " " + symptom)) {
                    if (CodePrefixes.startsWithAny(t.code(), codePrefixes)) {
                        terms.add(new Term(t.text() + " (the site the study's title names)", t.code(), t.source()));
                    }
                }
                if (!terms.isEmpty()) {
                    return terms;
                }
            }
        }
        return List.of();
    }
}
