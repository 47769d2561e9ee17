package org.opencac.engine.encounter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.WordStartPattern;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Whose record a note is, for the codes of pregnancy and childbirth (Guidelines I.C.15.a.1: chapter 15 codes
 * only on the maternal record; I.C.15.b.5: an outcome of delivery on the mother's delivery record). The note is
 * read once: a newborn's note (the infant is its patient) keeps none of the maternal codes (O00-O9A, weeks of
 * gestation, outcome of delivery) even when it tells the mother's labour; a note that says nothing of the
 * patient being pregnant or delivering keeps none either; a pregnant or delivering patient's note keeps them,
 * and there a liveborn-infant code (Z38, the newborn's) read from the delivery is the outcome of delivery
 * (Z37) it stands for on the mother's record. A newborn's note written in the neonatal period (days old, a
 * preterm infant's stay) reports a condition that has a code of its own for the newborn by that code
 * (Guidelines I.C.16.a; Index subterms "newborn", "neonatal": hypoglycemia P70.4, not E16.2), and a prematurity
 * documented without its weeks (P07.30) takes the code whose Tabular title names the weeks the note's weeks of
 * gestation give (34 weeks: P07.37; I.C.16.d). A neonate's record that tells the patient's own birth with its
 * type of delivery ("born by vaginal delivery"), outside a past-history section, is the birth episode: it carries
 * the liveborn-infant code (Z38) for that delivery (I.C.16.a.2), unless it tells a birth elsewhere, a
 * transfer in, or a multiple birth (whose Z38 codes the type of delivery alone does not give). On a pregnant
 * patient's record that tells a delivery (a cesarean section, a vaginal delivery), an injury of a pelvic organ is
 * obstetric trauma, coded in chapter 15 (I.C.15.a; Index: Injury, bladder, obstetrical trauma O71.5) in place of the
 * injury chapter's code. Cues and codes are data ({@code obstetric_record.tsv}).
 */
public final class ObstetricRecordCheck implements Stage {
    static final String FILE = "/org/opencac/engine/encounter/obstetric_record.tsv";

    /** Whose record a note is. */
    enum Record { PREGNANT, NEWBORN, OTHER }

    /** The weeks of gestation codes, and the category of preterm birth whose codes name the completed weeks. */
    private static final String WEEKS_CATEGORY = "Z3A.";
    private static final String PRETERM_CATEGORY = "P07";
    private static final String UNSPECIFIED_WEEKS = "unspecified weeks of gestation";
    /** The first week a P07 title names by its number ("gestational age 23 completed weeks"). */
    private static final int FIRST_NAMED_WEEK = 23;

    /**
     * The pregnant and the newborn patterns, each list searched as one ({@link AnyOf}): "any of them matches" is
     * answered by one scan of the note's word starts and one of its characters, instead of one per pattern.
     */
    private final AnyOf anyPregnant;
    private final AnyOf anyNewborn;
    /** Says the newborn patient is in the neonatal period (read only on a newborn's record). */
    private final AnyOf anyNeonate;
    /** Gives the patient an age past the neonatal period. */
    private final AnyOf anyOlder;
    private final List<String> maternal;
    private final Map<String, String> outcome;
    /** A code and the newborn's own code for the same condition, used on a neonate's record. */
    private final Map<String, String> perinatal;
    /** A liveborn-infant code and the pattern that tells the patient's own birth by that type of delivery. */
    private final Map<String, Pattern> birth;
    /** Says the birth was not this record's episode, or not a single birth: no Z38 is added. */
    private final List<Pattern> notBirthEpisode;
    /** Tells a delivery at this encounter (read only on a pregnant patient's record). */
    private final List<Pattern> delivering;
    /** An injury code prefix and the chapter 15 code of that injury when a delivery causes it. */
    private final Map<String, String> obstetricInjury;
    /**
     * The rows of an injury code whose chapter 15 code depends on the words of the injury's sentence (a laceration
     * of the vagina and vulva is a perineal laceration by its degree, or a vaginal one): the first row whose pattern
     * the sentence holds gives the code.
     */
    private final List<WordedInjury> wordedInjury;
    /**
     * The code prefixes used only on a newborn's record (chapter 16, Guidelines I.C.16: never on the maternal
     * record): a pregnant or delivering patient's record that holds a code of pregnancy keeps none of them.
     */
    private final List<String> newbornOnly;

    /** An injury code prefix, the chapter 15 code of that injury at a delivery, and the words that say which. */
    record WordedInjury(String prefix, String to, Pattern words) {
    }
    /** The category of the liveborn-infant codes. */
    private static final String LIVEBORN_CATEGORY = "Z38";
    /** Sections telling the patient's past, where a birth told is no episode of this record. */
    private static final Set<SectionType> PAST = EnumSet.of(
            SectionType.PAST_MEDICAL_HISTORY,
            SectionType.PAST_SURGICAL_HISTORY,
            SectionType.FAMILY_HISTORY,
            SectionType.SOCIAL_HISTORY,
            SectionType.PROBLEM_LIST);
    private final CodeSet codeSet;

    ObstetricRecordCheck(List<Pattern> pregnant, List<Pattern> newborn, List<String> maternal,
                         Map<String, String> outcome, CodeSet codeSet) {
        this(pregnant, newborn, List.of(), List.of(), maternal, outcome, Map.of(), Map.of(), List.of(), List.of(),
                Map.of(), codeSet);
    }

    ObstetricRecordCheck(List<Pattern> pregnant, List<Pattern> newborn, List<Pattern> neonate, List<Pattern> older,
                         List<String> maternal, Map<String, String> outcome, Map<String, String> perinatal,
                         Map<String, Pattern> birth, List<Pattern> notBirthEpisode, List<Pattern> delivering,
                         Map<String, String> obstetricInjury, CodeSet codeSet) {
        this(pregnant, newborn, neonate, older, maternal, outcome, perinatal, birth, notBirthEpisode, delivering,
                obstetricInjury, List.of(), codeSet);
    }

    ObstetricRecordCheck(List<Pattern> pregnant, List<Pattern> newborn, List<Pattern> neonate, List<Pattern> older,
                         List<String> maternal, Map<String, String> outcome, Map<String, String> perinatal,
                         Map<String, Pattern> birth, List<Pattern> notBirthEpisode, List<Pattern> delivering,
                         Map<String, String> obstetricInjury, List<WordedInjury> wordedInjury, CodeSet codeSet) {
        this(pregnant, newborn, neonate, older, maternal, outcome, perinatal, birth, notBirthEpisode, delivering,
                obstetricInjury, wordedInjury, List.of(), codeSet);
    }

    ObstetricRecordCheck(List<Pattern> pregnant, List<Pattern> newborn, List<Pattern> neonate, List<Pattern> older,
                         List<String> maternal, Map<String, String> outcome, Map<String, String> perinatal,
                         Map<String, Pattern> birth, List<Pattern> notBirthEpisode, List<Pattern> delivering,
                         Map<String, String> obstetricInjury, List<WordedInjury> wordedInjury,
                         List<String> newbornOnly, CodeSet codeSet) {
        this.anyPregnant = anyOf(List.copyOf(pregnant));
        this.anyNewborn = anyOf(List.copyOf(newborn));
        this.anyNeonate = anyOf(List.copyOf(neonate));
        this.anyOlder = anyOf(List.copyOf(older));
        this.maternal = List.copyOf(maternal);
        this.outcome = Map.copyOf(outcome);
        this.perinatal = Map.copyOf(perinatal);
        this.birth = new LinkedHashMap<>(birth);
        this.notBirthEpisode = List.copyOf(notBirthEpisode);
        this.delivering = List.copyOf(delivering);
        this.obstetricInjury = new LinkedHashMap<>(obstetricInjury);
        this.wordedInjury = List.copyOf(wordedInjury);
        this.newbornOnly = List.copyOf(newbornOnly);
        this.codeSet = codeSet;
        for (String code : birth.keySet()) {
            if (!code.startsWith(LIVEBORN_CATEGORY) || codeSet != null && codeSet.get(code).isEmpty()) {
                throw new IllegalStateException(FILE + ": birth code not a liveborn-infant code of the code set: " + code);
            }
        }
        List<String> injuryCodes = new ArrayList<>(obstetricInjury.values());
        wordedInjury.forEach(w -> injuryCodes.add(w.to()));
        for (String to : injuryCodes) {
            if (!to.startsWith("O") || codeSet != null && codeSet.get(to).filter(Code::billable).isEmpty()) {
                throw new IllegalStateException(FILE + ": obstetric injury code not a billable chapter 15 code: " + to);
            }
        }
        for (Map.Entry<String, String> row : perinatal.entrySet()) {
            if (codeSet != null && codeSet.get(row.getValue()).isEmpty()) {
                throw new IllegalStateException(FILE + ": perinatal code not in the code set: " + row.getValue());
            }
            // the code a suggestion is matched with exactly: a header (a category since subdivided) matches none
            if (codeSet != null && codeSet.get(row.getKey()).filter(Code::billable).isEmpty()) {
                throw new IllegalStateException(FILE + ": perinatal row's code is no billable code: " + row.getKey());
            }
        }
    }

    public static ObstetricRecordCheck standard(CodeSet codeSet) {
        List<Pattern> pregnant = new ArrayList<>();
        List<Pattern> newborn = new ArrayList<>();
        List<Pattern> neonate = new ArrayList<>();
        List<Pattern> older = new ArrayList<>();
        List<String> maternal = new ArrayList<>();
        Map<String, String> outcome = new LinkedHashMap<>();
        Map<String, String> perinatal = new LinkedHashMap<>();
        Map<String, Pattern> birth = new LinkedHashMap<>();
        List<Pattern> notBirthEpisode = new ArrayList<>();
        List<Pattern> delivering = new ArrayList<>();
        Map<String, String> obstetricInjury = new LinkedHashMap<>();
        List<WordedInjury> wordedInjury = new ArrayList<>();
        List<String> newbornOnly = new ArrayList<>();
        DataFiles.kindRows(FILE, Map.ofEntries(
                Map.entry("pregnant", v -> pregnant.add(pattern(v[0]))),
                Map.entry("newborn", v -> newborn.add(pattern(v[0]))),
                Map.entry("neonate", v -> neonate.add(pattern(v[0]))),
                Map.entry("older", v -> older.add(pattern(v[0]))),
                Map.entry("not_birth_episode", v -> notBirthEpisode.add(pattern(v[0]))),
                Map.entry("birth", v -> birth.put(v[0], pattern(two(v)[1]))),
                Map.entry("maternal", v -> maternal.add(v[0])),
                Map.entry("newborn_only", v -> newbornOnly.add(v[0])),
                Map.entry("delivering", v -> delivering.add(pattern(v[0]))),
                Map.entry("obstetric_injury", v -> {
                    two(v);
                    if (v.length > 2) {
                        wordedInjury.add(new WordedInjury(v[0], v[1], pattern(v[2])));
                    } else {
                        obstetricInjury.put(v[0], v[1]);
                    }
                }),
                Map.entry("perinatal", v -> perinatal.put(v[0], two(v)[1])),
                Map.entry("outcome", v -> outcome.put(v[0], two(v)[1]))));
        return new ObstetricRecordCheck(pregnant, newborn, neonate, older, maternal, outcome, perinatal, birth,
                notBirthEpisode, delivering, obstetricInjury, wordedInjury, newbornOnly, codeSet);
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** A row of a code and a second value (a code or a pattern), and for a worded injury a pattern after them. */
    private static String[] two(String[] values) {
        return DataFiles.values(FILE, values, 2, 3);
    }

    @Override
    public Document process(Document doc) {
        boolean maternalConcern = false;
        boolean perinatalConcern = false;
        for (CodeCandidate c : doc.candidates()) {
            maternalConcern |= maternal(c.code()) || outcomeOf(c.code()) != null || injuryOf(c.code()) != null
                    || wordedInjury.stream().anyMatch(w -> c.code().startsWith(w.prefix()));
            perinatalConcern |= perinatal.containsKey(c.code()) || c.code().startsWith(PRETERM_CATEGORY)
                    || c.code().startsWith("P") && !birth.isEmpty();   // a newborn's condition: the birth is read
        }
        if (!maternalConcern && !perinatalConcern) {
            return doc;   // most notes code nothing of pregnancy or of a newborn: the text is not read
        }
        // a code a newborn has its own code for (fever, reflux) is common in any note: the neonatal period's
        // rarer words are looked for first, and whose record it is only when they are there
        boolean neonatalWords = perinatalConcern && anyNeonate.foundIn(doc.text());
        if (!maternalConcern && !neonatalWords) {
            return doc;
        }
        Record record = record(doc.text());
        boolean neonate = record == Record.NEWBORN && neonatalWords
                && !anyOlder.foundIn(doc.text());
        boolean delivery = record == Record.PREGNANT && delivering.stream().anyMatch(p -> p.matcher(doc.text()).find());
        Map<String, CodeCandidate> out = new LinkedHashMap<>();
        boolean changed = false;
        String weeks = neonate ? weeksOfGestation(doc.candidates()) : null;
        for (CodeCandidate read : doc.candidates()) {
            CodeCandidate c = read;
            Code byWeeks = weeks == null ? null : pretermByWeeks(c, weeks);
            if (byWeeks != null) {
                changed = true;
                c = c.withCode(byWeeks, "Preterm newborn (Guidelines I.C.16.d): the note gives the birth at " + weeks
                        + " weeks of gestation, " + c.code() + " recoded");
            }
            if (maternal(c.code()) && record != Record.PREGNANT) {
                changed = true;
                continue;   // the mother's condition, or no pregnancy of this patient: not this record's code
            }
            if (record == Record.PREGNANT && maternalConcern && startsWithAny(c.code(), newbornOnly)) {
                changed = true;
                continue;   // the infant's condition ("cord gases sent for prematurity"): the mother's record has none
            }
            String trauma = delivery ? injuryOf(c, doc) : null;
            Code obstetric = trauma == null ? null : codeSet.get(trauma).orElse(null);
            if (obstetric != null) {
                changed = true;
                c = c.withCode(obstetric, "Obstetric trauma (Guidelines I.C.15.a; Index: Injury, bladder, obstetrical "
                        + "trauma): on a delivering patient's record the injury " + c.code() + " is coded in chapter 15");
            }
            String to = record == Record.PREGNANT ? outcomeOf(c.code()) : null;
            Code code = to == null ? null : codeSet.get(to).orElse(null);
            CodeCandidate now = c;
            String newbornCode = neonate ? perinatal.get(c.code()) : null;
            Code own = newbornCode == null ? null : codeSet.get(newbornCode).orElse(null);
            if (own != null) {
                changed = true;
                now = c.withCode(own, "Newborn (Guidelines I.C.16.a): in the neonatal period the condition "
                        + c.code() + " has the newborn's own code");
            } else if (code != null) {
                changed = true;
                now = c.withCode(code, "Outcome of delivery (Guidelines I.C.15.b.5): on the mother's record the "
                        + "liveborn infant " + c.code() + " is the outcome of her delivery");
            }
            out.putIfAbsent(now.code(), now);
        }
        CodeCandidate born = neonate ? birthEpisode(doc, out.keySet(),
                out.values().stream().mapToDouble(CodeCandidate::score).max().orElse(1.0)) : null;
        if (born != null) {
            Map<String, CodeCandidate> first = new LinkedHashMap<>();
            first.put(born.code(), born);
            first.putAll(out);
            return doc.withCandidates(List.copyOf(first.values()));
        }
        return changed ? doc.withCandidates(List.copyOf(out.values())) : doc;
    }

    /**
     * The liveborn-infant code of a neonate's birth episode: the first birth row whose pattern tells the patient's
     * birth outside a past-history section, when no Z38 code is there yet and the note tells no birth elsewhere,
     * transfer in or multiple birth; else null.
     */
    private CodeCandidate birthEpisode(Document doc, Set<String> codes, double score) {
        for (String code : codes) {
            if (code.startsWith(LIVEBORN_CATEGORY)) {
                return null;
            }
        }
        String text = doc.text();
        for (Pattern p : notBirthEpisode) {
            if (p.matcher(text).find()) {
                return null;
            }
        }
        for (Map.Entry<String, Pattern> e : birth.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                if (!PAST.contains(sectionAt(doc, m.start()))) {
                    Code code = codeSet.get(e.getKey()).orElse(null);
                    if (code == null) {
                        return null;
                    }
                    return new CodeCandidate(code.code(), code.title(), score, List.of(), List.of(
                            "Birth episode (Guidelines I.C.16.a.2): the newborn's record tells the patient's birth (\""
                                    + m.group() + "\"), so it carries the liveborn-infant code"));
                }
            }
        }
        return null;
    }

    /** The type of the section holding a character of the note, or UNKNOWN. */
    private static SectionType sectionAt(Document doc, int offset) {
        for (Section s : doc.sections()) {
            if (s.span().contains(offset)) {
                return s.type();
            }
        }
        return SectionType.UNKNOWN;
    }

    /**
     * The outcome of delivery a liveborn-infant code stands for: the row of the longest code prefix it starts with
     * ("Z38.0" for Z38.00, delivered vaginally, and Z38.01, by cesarean), or null.
     */
    private String outcomeOf(String code) {
        return longestPrefixRow(outcome, code);
    }

    /** The value of the row whose key is the longest prefix of {@code code}, or null if no key is a prefix of it. */
    private static String longestPrefixRow(Map<String, String> rows, String code) {
        String best = null;
        String to = null;
        for (Map.Entry<String, String> e : rows.entrySet()) {
            if (code.startsWith(e.getKey()) && (best == null || e.getKey().length() > best.length())) {
                best = e.getKey();
                to = e.getValue();
            }
        }
        return to;
    }

    /**
     * The completed weeks of gestation the note's weeks codes (Z3A.10-Z3A.42, read from "34 weeks' gestation") give
     * on a neonate's record, where they are the birth's; null when there are none or they disagree.
     */
    private static String weeksOfGestation(List<CodeCandidate> candidates) {
        String weeks = null;
        for (CodeCandidate c : candidates) {
            String code = c.code();
            if (code.startsWith(WEEKS_CATEGORY) && code.length() == WEEKS_CATEGORY.length() + 2
                    && code.charAt(WEEKS_CATEGORY.length()) >= '1' && code.charAt(WEEKS_CATEGORY.length()) <= '4') {
                String w = code.substring(WEEKS_CATEGORY.length());
                if (weeks != null && !weeks.equals(w)) {
                    return null;
                }
                weeks = w;
            }
        }
        return weeks;
    }

    /**
     * The preterm newborn's code (P07.2-, P07.3-) whose Tabular title names the completed weeks, for a candidate
     * whose title leaves them unspecified (P07.30 "prematurity"); null otherwise. Before 23 weeks the title says
     * "less than 23"; from 37 weeks no code of the category names them (a term birth: left as it is).
     */
    private Code pretermByWeeks(CodeCandidate c, String weeks) {
        if (!c.code().startsWith(PRETERM_CATEGORY)
                || !c.title().toLowerCase(java.util.Locale.ROOT).contains(UNSPECIFIED_WEEKS)) {
            return null;
        }
        int w = Integer.parseInt(weeks);
        String wanted = w < FIRST_NAMED_WEEK ? "gestational age less than " + FIRST_NAMED_WEEK + " completed weeks"
                : "gestational age " + w + " completed weeks";
        for (Code k : codeSet.billableDescendants(PRETERM_CATEGORY)) {
            if (k.title().toLowerCase(java.util.Locale.ROOT).endsWith(wanted)) {
                return k;
            }
        }
        return null;
    }

    /** Whose record the note is: a newborn's when it says so, a pregnant patient's when it says so, else other. */
    Record record(String text) {
        if (anyNewborn.foundIn(text)) {
            return Record.NEWBORN;
        }
        if (anyPregnant.foundIn(text)) {
            return Record.PREGNANT;
        }
        return Record.OTHER;
    }

    /**
     * Checked before the patterns that begin with a word boundary ({@code \b}): not between two ASCII word
     * characters. A boundary never holds there (both sides are letters, digits or '_'), so the check turns away
     * no place where such a pattern could match; it spares trying each of them, boundary first, at every
     * character inside a word, which is most of a note's characters.
     */
    static final String NOT_INSIDE_A_WORD = "(?!(?<=[A-Za-z0-9_])[A-Za-z0-9_])";

    /**
     * Whether any of a list of patterns matches a text, searched in at most two passes. {@code atWords}: the
     * patterns each of whose alternatives begins with a word boundary and a word, joined as one alternation and
     * tried only at the text's word starts whose first characters can begin one of them ({@link WordStartPattern});
     * null for none. {@code elsewhere}: the other patterns as one alternation searched at every character; null
     * for none. Either finds a match wherever one of its patterns does (not always the same match), which is all
     * {@link #record} asks.
     */
    record AnyOf(WordStartPattern atWords, Pattern elsewhere) {
        boolean foundIn(String text) {
            return atWords != null && atWords.find(text, 0, text.length()) != null
                    || elsewhere != null && elsewhere.matcher(text).find();
        }
    }

    /**
     * The patterns as {@link AnyOf}. The patterns share their flags (each row is compiled case-insensitive) and
     * hold no back-reference a merged numbering would shift. A pattern is searched at word starts only when each
     * of its alternatives begins at a word ({@link WordStartPattern#beginsAtWords}) and it holds nothing that
     * reads outside the place a word-start search tries (a lookbehind, an anchor) or sets flags beyond itself (an
     * inline flag group), as the alternatives are joined at the top level. Of the others, those beginning with a
     * word boundary are grouped behind {@link #NOT_INSIDE_A_WORD}, the rest after them.
     */
    static AnyOf anyOf(List<Pattern> patterns) {
        StringBuilder words = new StringBuilder();
        StringBuilder atWordStart = new StringBuilder();
        StringBuilder others = new StringBuilder();
        for (Pattern p : patterns) {
            if (p.flags() != patterns.get(0).flags() || p.pattern().matches("(?s).*\\\\(?:[1-9]|k<).*")) {
                throw new IllegalArgumentException("cannot merge the pattern " + p.pattern());
            }
            if (searchedAtWordStarts(p.pattern())) {
                words.append(words.length() == 0 ? "" : "|").append(p.pattern());
                continue;
            }
            StringBuilder b = eachAlternativeAtBoundary(p.pattern()) ? atWordStart : others;
            b.append(b.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
        }
        String gated = atWordStart.length() == 0 ? "" : NOT_INSIDE_A_WORD + "(?:" + atWordStart + ")";
        String merged = gated.isEmpty() ? others.toString()
                : others.length() == 0 ? gated : "(?:" + gated + ")|" + others;
        int flags = patterns.isEmpty() ? 0 : patterns.get(0).flags();
        return new AnyOf(words.length() == 0 ? null : WordStartPattern.of(Pattern.compile(words.toString(), flags)),
                merged.isEmpty() ? null : Pattern.compile(merged, flags));
    }

    /**
     * True if a pattern may be searched at word starts joined with others: each alternative begins at a word, and
     * it has no lookbehind, no anchor and no inline flag group (whose flags would reach the next pattern).
     */
    static boolean searchedAtWordStarts(String regex) {
        return WordStartPattern.beginsAtWords(regex) && !regex.contains("(?<") && !regex.contains("$")
                && !regex.matches("(?s).*(?<!\\[)\\^.*") && !regex.matches("(?s).*\\(\\?[a-zA-Z-]+[):].*");
    }

    /** True if each alternative of the regular expression's top level begins with a word boundary ({@code \b}). */
    static boolean eachAlternativeAtBoundary(String regex) {
        for (String alternative : WordStartPattern.topLevelAlternatives(regex)) {
            if (!alternative.startsWith("\\b")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The chapter 15 code of an injury a delivery causes: the first worded row of the code whose words a sentence of
     * the injury's mentions holds, else the row of the longest prefix the code starts with, or null.
     */
    private String injuryOf(CodeCandidate c, Document doc) {
        for (WordedInjury w : wordedInjury) {
            if (c.code().startsWith(w.prefix())) {
                for (int i : c.mentions()) {
                    Mention m = doc.mentions().get(i);
                    String sentence = doc.sentences().get(m.sentenceIndex()).span().coveredText(doc.text());
                    if (w.words().matcher(sentence).find()) {
                        return w.to();
                    }
                }
            }
        }
        return injuryOf(c.code());
    }

    /** The chapter 15 code of an injury a delivery causes: the row of the longest prefix the code starts with, or null. */
    private String injuryOf(String code) {
        return longestPrefixRow(obstetricInjury, code);
    }

    private boolean maternal(String code) {
        return startsWithAny(code, maternal);
    }

    private static boolean startsWithAny(String code, List<String> prefixes) {
        for (String p : prefixes) {
            if (code.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
