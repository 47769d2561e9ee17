package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores office-visit medical decision making by the 2021 AMA rules from cue phrases (mdm_cues.tsv):
 * problems and risk are read in the assessment and plan (the whole note when it has no such section),
 * data in the whole note. Each element's level comes with the phrases that decided it.
 */
public final class MdmAssessor {
    /**
     * A cue phrase: its literal, found as a whole word ({@link WholeWord}), its place in the list of every cue's
     * literal, and the illness it names (a chronic illness's cue: "emphysema" names COPD; else its literal).
     */
    private record Cue(String literal, int id, String illness) {
    }

    /** The negation words of the cue file: a cue they negate ("no side effects") is no cue. */
    private static final CueNegation NEGATION = CueNegation.STANDARD;
    /** The words that give a cue right after them another sense: "Axis IV" is no intravenous drug. */
    private static final CueSenses SENSES = CueSenses.STANDARD;

    private final Map<String, Map<String, List<Cue>>> cues;
    /** Every cue's literal, by cue id: which of them a whole text contains is found in one pass. */
    private final LiteralScan literals;

    MdmAssessor(Map<String, Map<String, List<Cue>>> cues) {
        this.cues = cues;
        String[] byId = new String[cues.values().stream().flatMap(k -> k.values().stream()).mapToInt(List::size).sum()];
        cues.values().forEach(k -> k.values().forEach(l -> l.forEach(c -> byId[c.id()] = c.literal())));
        this.literals = new LiteralScan(List.of(byId));
    }

    public static MdmAssessor standard() {
        Map<String, Map<String, List<Cue>>> cues = new TreeMap<>();
        int id = 0;
        for (String[] c : MdmCueFile.ROWS) {
            if (c[0].equals(CueNegation.ELEMENT) || c[0].equals(CueSenses.ELEMENT)) {
                continue;
            }
            String literal = c[2].toLowerCase(Locale.ROOT);
            cues.computeIfAbsent(c[0], k -> new TreeMap<>()).computeIfAbsent(c[1], k -> new ArrayList<>())
                    .add(new Cue(literal, id++, c.length > 3 ? c[3].toLowerCase(Locale.ROOT) : literal));
        }
        return new MdmAssessor(cues);
    }

    /**
     * @param plan  the assessment and plan text (or the whole note)
     * @param whole the whole note
     */
    public MdmAssessment assess(String plan, String whole) {
        return assess(plan.equals(whole) ? null : plan, ScannedText.lowerCased(whole));
    }

    /**
     * As {@link #assess(String, String)}, with the whole note already lower-cased ({@code Locale.ROOT}) by the
     * caller, who scans it too; {@code plan} null when the note has no plan section (the whole note is read).
     */
    MdmAssessment assess(String plan, ScannedText wholeLower) {
        return assess(plan, wholeLower, MdmEncounter.OFFICE);
    }

    /**
     * As {@link #assess(String, ScannedText)}, for the {@code encounter} whose MDM it is. An emergency department
     * visit's {@code plan} is the visit's own course, results and impression: a test named there with a result word
     * ("CBC showed") was ordered and reviewed at the visit, and a diagnosis stated with no cue of a problem's
     * complexity is an acute illness or injury brought to the department (at least an acute uncomplicated one, low).
     * An emergency visit and a hospital stay's own note read the acute threats among the problems; a decision to
     * admit is high risk except in the hospital stay's own note.
     */
    MdmAssessment assess(String plan, ScannedText wholeLower, MdmEncounter encounter) {
        boolean emergency = encounter == MdmEncounter.EMERGENCY;
        String w = wholeLower.text();
        ScannedText planLower = plan == null ? wholeLower : ScannedText.lowerCased(plan);
        String p = planLower.text();
        // Which cue literals each text contains, in one pass each (a note without a plan section is both).
        boolean[] inW = literals.in(wholeLower);
        boolean[] inP = p == w ? inW : literals.in(planLower);
        List<String> reasons = new ArrayList<>();

        // problems
        // a moderate or high problem cue counts only in a sentence that tells no condition ("return if it worsens")
        List<Cue> conditional = present("problems", "conditional", inP);
        List<String> high = stated(present("problems", "high", inP), conditional, planLower);
        if (encounter != MdmEncounter.OFFICE) {
            high.addAll(stated(present("problems", "acute_threat", inP), conditional, planLower));
        }
        List<String> moderate = stated(present("problems", "moderate", inP), conditional, planLower);
        List<Cue> stableCues = present("problems", "chronic_stable", inP);
        List<Cue> chronicCues = present("problems", "chronic", inP);
        List<Cue> acuteCues = present("problems", "acute_uncomplicated", inP);
        List<Cue> minorCues = present("problems", "minor", inP);
        // cut into sentences only when a cue the plan has is to be counted in them
        List<String> planSentences = stableCues.isEmpty() && acuteCues.isEmpty() && minorCues.isEmpty() ? null
                : sentences(planLower);
        // chronic illnesses: the plan's problems (its numbered items, else its sentences) naming one or called stable
        int stable = stableCues.isEmpty() && chronicCues.isEmpty() ? 0 : countIllnesses(chronicCues, stableCues,
                problemItems(p, planSentences != null ? planSentences : sentences(planLower)));
        int acute = count(acuteCues, planSentences);
        int minor = count(minorCues, planSentences);
        MdmLevel problems;
        if (!high.isEmpty()) {
            problems = MdmLevel.HIGH;
            reasons.add("Problems high: " + quote(high) + " (severe exacerbation or threat to life or bodily function)");
        } else if (!moderate.isEmpty() || stable >= 2) {
            problems = MdmLevel.MODERATE;
            reasons.add("Problems moderate: " + (!moderate.isEmpty() ? quote(moderate)
                    + " (chronic illness with exacerbation or progression, or acute illness with systemic symptoms)"
                    : stable + " chronic illnesses (two or more stable ones, or one not at goal)"));
        } else if (stable == 1 || acute >= 1 || minor >= 2 || emergency && p != w && !p.isBlank()) {
            problems = MdmLevel.LOW;
            reasons.add("Problems low: " + (stable == 1 ? "one stable chronic illness" : acute >= 1
                    ? "an acute uncomplicated illness or injury" : minor >= 2 ? "two or more self-limited or minor problems"
                    : "an acute illness or injury brought to the emergency department"));
        } else {
            problems = MdmLevel.STRAIGHTFORWARD;
            reasons.add("Problems straightforward: one self-limited or minor problem (no chronic or acute illness documented)");
        }

        // data: category 1 = unique tests ordered or reviewed, external notes reviewed, independent historian
        Set<String> tests = new LinkedHashSet<>();
        int externalNotes = 0;
        // Only the cues the whole note has can be in one of its sentences.
        List<Cue> reviewCues = present("data", "review", inW);
        List<Cue> orderCues = present("data", "order", inW);
        List<Cue> testCues = present("test", "test", inW);
        if (emergency) {
            // the visit's own results: a test named with a result word in the course, results or impression
            List<Cue> resultCues = present("data", "result", inP);
            List<Cue> planTests = present("test", "test", inP);
            for (String sentence : resultCues.isEmpty() ? List.<String>of() : sentences(planLower)) {
                if (any(resultCues, sentence)) {
                    addTests(found(planTests, sentence), tests);
                }
            }
        }
        // (no review or order cue in the note: no sentence to read; no plan section: the plan's sentences are the note's)
        List<String> noteSentences = reviewCues.isEmpty() && orderCues.isEmpty() ? List.of()
                : p == w && planSentences != null ? planSentences : sentences(wholeLower);
        for (String sentence : noteSentences) {
            boolean review = any(reviewCues, sentence);
            boolean order = any(orderCues, sentence);
            if (review || order) {
                addTests(found(testCues, sentence), tests);
                if (review && (WholeWord.indexIn(sentence, "record") >= 0
                        || WholeWord.indexIn(sentence, "records") >= 0 || sentence.contains("notes from"))) {
                    externalNotes++;
                }
            }
        }
        boolean historian = any("data", "historian", w, inW);
        boolean interpretation = any("data", "interpretation", w, inW);
        boolean discussion = any("data", "discussion", w, inW);
        int category1 = tests.size() + externalNotes + (historian ? 1 : 0);
        int categories = (category1 >= 3 ? 1 : 0) + (interpretation ? 1 : 0) + (discussion ? 1 : 0);
        MdmLevel data = categories >= 2 ? MdmLevel.HIGH : categories == 1 ? MdmLevel.MODERATE
                : (tests.size() + externalNotes >= 2 || historian) ? MdmLevel.LOW : MdmLevel.STRAIGHTFORWARD;
        reasons.add("Data " + (data == MdmLevel.HIGH ? "extensive" : data == MdmLevel.MODERATE ? "moderate"
                : data == MdmLevel.LOW ? "limited" : "minimal") + ": " + tests.size() + " unique test(s) ordered or reviewed"
                + (tests.isEmpty() ? "" : " " + tests) + ", " + externalNotes + " external note(s)"
                + (historian ? ", independent historian" : "") + (interpretation ? ", independent interpretation of a test" : "")
                + (discussion ? ", management discussed with an external physician" : ""));

        // risk
        MdmLevel risk = MdmLevel.STRAIGHTFORWARD;
        List<String> riskCues = List.of();
        for (String[] k : new String[][] {{"high", "HIGH"}, {"moderate", "MODERATE"}, {"low", "LOW"}}) {
            List<String> f = found("risk", k[0], p, inP);
            if (k[0].equals("high") && encounter != MdmEncounter.HOSPITAL) {
                f.addAll(found("risk", "admit", p, inP));
            }
            if (emergency && k[0].equals("high")) {
                f.addAll(found("risk", "emergency_high", p, inP));
            }
            if (!f.isEmpty()) {
                risk = MdmLevel.valueOf(k[1]);
                riskCues = f;
                break;
            }
        }
        reasons.add("Risk " + (risk == MdmLevel.STRAIGHTFORWARD ? "minimal" : risk.label()) + (riskCues.isEmpty()
                ? ": no drug management, surgery or hospitalization decision documented" : ": " + quote(riskCues)));
        MdmLevel level = MdmLevel.twoOfThree(problems, data, risk);
        reasons.add("MDM " + level.label() + ": the level met or exceeded by two of the three elements (2021 AMA office E/M)");
        // An element with no cue at all is unknown, not minimal: a straightforward level (the floor every note
        // starts from) is a finding only when it stays straightforward with every unknown element at its highest.
        // A higher level is met by two elements found, so it is documented as at least that level.
        boolean supported = true;
        if (level == MdmLevel.STRAIGHTFORWARD) {
            boolean problemsFound = problems != MdmLevel.STRAIGHTFORWARD || minor > 0;
            boolean riskFound = !riskCues.isEmpty() || !found("risk", "minimal", p, inP).isEmpty();
            supported = MdmLevel.twoOfThree(problemsFound ? problems : MdmLevel.HIGH, data,
                    riskFound ? risk : MdmLevel.HIGH) == level;
            if (!supported) {
                reasons.add("MDM not supported: " + (problemsFound ? "" : "no problem addressed")
                        + (problemsFound || riskFound ? "" : " and ") + (riskFound ? "" : "no management")
                        + " documented in a way the level can be read from");
            }
        }
        return new MdmAssessment(problems, data, risk, level, reasons, supported);
    }

    /**
     * The literals of {@code cues} found in {@code text}, each only where a sentence with it has no {@code conditional}
     * cue: a problem's status told as a condition of the plan ("return should he have any worsening") is not stated.
     */
    private static List<String> stated(List<Cue> cues, List<Cue> conditional, ScannedText text) {
        if (conditional.isEmpty() || cues.isEmpty()) {
            return found(cues, text.text());
        }
        List<String> out = new ArrayList<>();
        for (String sentence : sentences(text)) {
            if (!any(conditional, sentence)) {
                for (String f : found(cues, sentence)) {
                    if (!out.contains(f)) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    /** Adds the tests named in one sentence: "chest x-ray" and "x-ray" are one test. */
    private static void addTests(List<String> named, Set<String> tests) {
        for (String t : named) {
            if (named.stream().noneMatch(o -> !o.equals(t) && o.contains(t))) {
                tests.add(t);
            }
        }
    }

    /** The cues of one element and kind found in the text, whose literals it contains ({@code in}, by cue id). */
    private List<String> found(String element, String kind, String text, boolean[] in) {
        return found(present(element, kind, in), text);
    }

    /**
     * The cues of one element and kind whose literal a text has ({@code in}, by cue id), in file order (a sentence
     * of it has no other).
     */
    private List<Cue> present(String element, String kind, boolean[] in) {
        List<Cue> out = new ArrayList<>();
        List<Cue> of = cues.getOrDefault(element, Map.of()).getOrDefault(kind, List.of());
        for (int i = 0; i < of.size(); i++) {
            if (in[of.get(i).id()]) {
                out.add(of.get(i));
            }
        }
        return out;
    }

    private static List<String> found(List<Cue> cues, String text) {
        return affirmedOf(cues, text, Cue::literal);
    }

    /** The illnesses named by the cues found in the text ("copd" for both "copd" and "emphysema"). */
    private static List<String> illnesses(List<Cue> cues, String text) {
        return affirmedOf(cues, text, Cue::illness);
    }

    /** {@code name} of each cue {@link #affirmed} in the text, in the cues' order. */
    private static List<String> affirmedOf(List<Cue> cues, String text, Function<Cue, String> name) {
        List<String> out = new ArrayList<>();
        for (Cue cue : cues) {
            if (affirmed(text, cue)) {
                out.add(name.apply(cue));
            }
        }
        return out;
    }

    /**
     * Whether the cue is written in the text as a whole word at least once where no negation word shortly before it
     * negates it ("no prescription drug management", "denies any worsening" are no cue).
     */
    private static boolean affirmed(String text, Cue cue) {
        return NEGATION.affirmedIn(text, cue.literal(), at -> SENSES.otherSense(text, cue.literal(), at));
    }

    /**
     * The sentences with one of the cues: problems are counted once per sentence or list line ("Insect bite, a
     * minor self-limited problem" is one). None when there is no cue, and then {@code sentences} may be null.
     */
    private static int count(List<Cue> cues, List<String> sentences) {
        if (cues.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String sentence : sentences) {
            if (any(cues, sentence)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The problems of {@code items} that are chronic illnesses: an item naming a chronic illness no earlier item named,
     * or naming none but calling its problem chronic or stable ({@code status}). One illness named again ("discoid lupus"
     * in one sentence, "whether it evolves into lupus" in the next), or by another of its names ("COPD" and
     * "emphysema"), is one problem addressed, not two.
     */
    private static int countIllnesses(List<Cue> named, List<Cue> status, List<String> items) {
        Set<String> counted = new HashSet<>();
        int n = 0;
        for (String item : items) {
            List<String> illnesses = illnesses(named, item);
            if (illnesses.isEmpty() ? any(status, item) : !counted.containsAll(illnesses)) {
                n++;
            }
            counted.addAll(illnesses);
        }
        return n;
    }

    /** A numbered list item's number ("2." after a line break, a comma or a space, or at the start). */
    private static final Pattern ITEM_NUMBER = Pattern.compile(
            "(?:^|[\\s,])\\d{1,2}\\.(?=\\s)");

    /**
     * The plan's problems: its numbered items when it numbers two or more ("1. Hypertension. Stable." is one
     * problem of two sentences), else its {@code sentences}.
     */
    static List<String> problemItems(String plan, List<String> sentences) {
        Matcher m = ITEM_NUMBER.matcher(plan);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        if (starts.size() < 2) {
            return sentences;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            out.add(plan.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : plan.length()));
        }
        return out;
    }

    /** Whether {@link #found} would find any cue: stops at the first. */
    private boolean any(String element, String kind, String text, boolean[] in) {
        return any(present(element, kind, in), text);
    }

    private static boolean any(List<Cue> cues, String text) {
        for (int k = 0; k < cues.size(); k++) {
            if (affirmed(text, cues.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text cut into sentences and list lines for {@link #count} and the data element: at every '.', line
     * break and ';', empty pieces left out (no cue is found in one). A scan by hand rather than a regex split:
     * the split of the whole note was about a third of this class's time in a JFR profile of the MTSamples notes.
     */
    static List<String> sentences(String text) {
        return sentences(ScannedText.of(text));
    }

    /** As {@link #sentences(String)}, reading the text's characters from its array. */
    private static List<String> sentences(ScannedText scanned) {
        String text = scanned.text();
        char[] chars = scanned.chars();
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '.' || c == '\n' || c == ';') {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static String quote(List<String> cues) {
        return String.join(", ", cues.stream().distinct().limit(4).map(c -> "\"" + c + "\"").toList());
    }
}
