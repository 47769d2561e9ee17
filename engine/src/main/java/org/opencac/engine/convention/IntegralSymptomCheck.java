package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.Span;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.text.LowerWords;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.lexicon.Term;

/**
 * Integral signs and symptoms (Guidelines I.B.4-5, I.C.18.b): a symptom routinely associated with a
 * diagnosis among the candidates is removed, and the diagnosis's rationale names it and the rule.
 * Symptoms no rule ties to a present diagnosis stay coded, and so does a symptom that the Tabular "use additional
 * code" note of another candidate asks for (I.B.7: N40.1, benign prostatic hyperplasia with lower urinary tract
 * symptoms, asks for its urgency and nocturia, which an overactive bladder beside it does not take away). Rules:
 * {@code integral_symptoms.tsv}.
 */
public final class IntegralSymptomCheck implements Stage {
    public static final String FILE = "integral_symptoms.tsv";

    private final List<IntegralSymptomRule> rules;
    /** By rule: the code heads its symptom patterns may cover ({@link CodeHeads}). */
    private final long[][] symptomHeads;

    /** The body sites of codes, for the rules of scope {@code site}. */
    private final BodySites sites;

    /** The code set whose "use additional code" notes keep a symptom they ask for; null reads no notes. */
    private final CodeSet codeSet;

    public IntegralSymptomCheck(List<IntegralSymptomRule> rules) {
        this(rules, BodySites.standard(), null);
    }

    public IntegralSymptomCheck(List<IntegralSymptomRule> rules, BodySites sites) {
        this(rules, sites, null);
    }

    public IntegralSymptomCheck(List<IntegralSymptomRule> rules, BodySites sites, CodeSet codeSet) {
        this.rules = List.copyOf(rules);
        this.sites = sites;
        this.codeSet = codeSet;
        this.symptomHeads = new long[this.rules.size()][];
        for (int i = 0; i < symptomHeads.length; i++) {
            symptomHeads[i] = CodeHeads.covered(this.rules.get(i).symptoms());
        }
    }

    /** The bundled rules, without the Tabular's "use additional code" notes. */
    public static IntegralSymptomCheck standard() {
        return new IntegralSymptomCheck(IntegralSymptomRule.read(RuleFiles.bundled(FILE), FILE));
    }

    /** The bundled rules; a symptom another candidate's "use additional code" note asks for stays coded. */
    public static IntegralSymptomCheck standard(CodeSet codeSet) {
        return new IntegralSymptomCheck(IntegralSymptomRule.read(RuleFiles.bundled(FILE), FILE), BodySites.standard(),
                codeSet);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = doc.candidates();
        Map<Integer, List<String>> notes = new LinkedHashMap<>();
        List<CodeCandidate> removed = new ArrayList<>();
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate symptom : list) {
            List<IntegralSymptomRule> applicable = rulesFor(symptom.code());
            if (!applicable.isEmpty() && (toldUnexplained(doc, symptom) || askedForByOther(list, removed, symptom))) {
                applicable = List.of();   // read only for a symptom some rule names: most candidates are not
            }
            // the diagnosis the symptom is integral to: the first that a rule makes it integral to, or, when a later
            // one of them is told in one phrase with it where the symptom is named ("neck pain with radiculopathy"
            // beside a spondylosis listed after), that one: the statement names the symptom as that diagnosis's own
            int chosen = -1;
            IntegralSymptomRule chosenRule = null;
            for (int d = 0; d < list.size() && !applicable.isEmpty() && !removed.contains(symptom); d++) {
                CodeCandidate dx = list.get(d);
                if (dx == symptom) {
                    continue;
                }
                IntegralSymptomRule rule = ruleFor(dx.code(), applicable);
                if (rule == null || removed.contains(dx)) {
                    continue;
                }
                boolean phrase = someInOnePhrase(doc, symptom, dx);
                if ((!rule.inOnePhrase() || inOnePhrase(doc, symptom, dx))
                        && (!rule.sameSite() || sites.shareSite(symptom.code(), dx.code()))
                        && (!rule.namedByDiagnosis() || namesSymptom(doc, dx, rule))
                        && !treatedApart(doc, rule) && !(rule.workedUpApart() && Candidates.statedAsReason(doc, symptom))) {
                    if (chosen < 0) {
                        chosen = d;
                        chosenRule = rule;
                    }
                    if (phrase) {
                        chosen = d;
                        chosenRule = rule;
                        break;
                    }
                }
            }
            if (chosen >= 0) {
                CodeCandidate dx = list.get(chosen);
                removed.add(symptom);
                decisions.addAll(Candidates.dropped(symptom, NotCodedReason.INTEGRAL,
                        symptom.code() + " integral to " + dx.code(), dx.code()));
                notes.computeIfAbsent(chosen, k -> new ArrayList<>()).add("Integral symptom " + symptom.code() + " ("
                        + symptom.title() + ") not coded separately: routinely associated with " + dx.code()
                        + " (Guidelines I.B.4-5, " + chosenRule.guideline() + "; rule " + chosenRule.id() + ": "
                        + chosenRule.what() + ")");
            }
        }
        List<CodeCandidate> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CodeCandidate c = list.get(i);
            if (removed.contains(c)) {
                continue;
            }
            for (String line : notes.getOrDefault(i, List.of())) {
                c = Candidates.withRationale(c, line);
            }
            out.add(c);
        }
        return doc.withCandidates(out).withDecisions(decisions);
    }

    /** The cues of {@code unexplained_symptom_cues.txt}: after the symptom, or right before it. */
    private static final String UNEXPLAINED_CUES = "/org/opencac/engine/convention/unexplained_symptom_cues.txt";
    private static final Pattern UNEXPLAINED_AFTER = cues("after");
    private static final Pattern UNEXPLAINED_BEFORE = cues("before");
    private static final Pattern UNEXPLAINED_WITHIN = cues("within");
    /** Characters at most between a symptom and an "of uncertain etiology" that still covers it ("X and Y of ..."). */
    private static final int AFTER_REACH = 40;

    private static Pattern cues(String where) {
        List<String> alternatives = new ArrayList<>();
        Map<String, Consumer<String>> readers = new HashMap<>(Map.of("after", p -> { }, "before", p -> { },
                "within", p -> { }));
        readers.put(where, p -> alternatives.add("(?:" + p + ")"));
        DataFiles.kinds(UNEXPLAINED_CUES, readers);
        String body = String.join("|", alternatives);
        String pattern = switch (where) {
            case "after" -> "^[^.;:]{0," + AFTER_REACH + "}?\\b(?:" + body + ")\\b";
            case "within" -> "\\b(?:" + body + ")\\b";
            default -> "\\b(?:" + body + ")\\s+$";
        };
        return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
    }

    /**
     * Whether a mention of the symptom is told as explained by no diagnosis ("abdominal pain of uncertain
     * etiology", "unexplained weight loss"), or whose own words set it apart from the organ whose conditions
     * produce it ("noncardiac chest pain"): the provider says no coded condition accounts for it, so none has it
     * as its routine part (I.B.4-5; IV.D).
     */
    static boolean toldUnexplained(Document doc, CodeCandidate symptom) {
        String text = doc.text();
        for (int m : symptom.mentions()) {
            Mention mention = doc.mentions().get(m);
            Span sentence = doc.sentences().get(mention.sentenceIndex()).span();
            int end = Math.min(sentence.end(), mention.span().end() + AFTER_REACH + 60);
            int start = Math.max(sentence.start(), mention.span().start() - 30);
            if (UNEXPLAINED_AFTER.matcher(text.substring(mention.span().end(), Math.max(end, mention.span().end()))).find()
                    || UNEXPLAINED_BEFORE.matcher(text.substring(start, mention.span().start())).find()
                    || UNEXPLAINED_WITHIN.matcher(text.substring(mention.span().start(), mention.span().end())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a "use additional code" note written at another kept candidate's code or category names the symptom's
     * code (I.B.7): the Tabular asks for the symptom beside that code, so no rule takes it away as integral.
     */
    boolean askedForByOther(List<CodeCandidate> list, List<CodeCandidate> removed, CodeCandidate symptom) {
        if (codeSet == null) {
            return false;
        }
        for (CodeCandidate other : list) {
            if (other == symptom || removed.contains(other)) {
                continue;
            }
            for (InstructionalNote note : codeSet.effectiveNotes(other.code(), NoteType.USE_ADDITIONAL_CODE)) {
                if (CodePattern.isCode(note.sourceCode()) && note.refersTo(symptom.code())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the note writes a treatment or evaluation of the symptom itself that the rule names. */
    private static boolean treatedApart(Document doc, IntegralSymptomRule rule) {
        if (rule.unlessTreated().isEmpty()) {
            return false;
        }
        String text = doc.text();
        for (String w : rule.unlessTreated()) {
            if (containsIgnoreCase(text, w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code word} (lower case) in the text, any case, without copying the text. */
    private static boolean containsIgnoreCase(String text, String word) {
        int n = word.length();
        for (int i = 0, last = text.length() - n; i <= last; i++) {
            if (text.regionMatches(true, i, word, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention of the diagnosis has one of the rule's naming words among its own words: the diagnosis is
     * told as the source of the symptom ("a bleeding hemorrhoid"), not only found beside it (a rule of scope
     * {@code named}).
     */
    private static boolean namesSymptom(Document doc, CodeCandidate dx, IntegralSymptomRule rule) {
        for (int d : dx.mentions()) {
            for (String w : LowerWords.runs(doc.mentions().get(d).text().toLowerCase(Locale.ROOT))) {
                if (rule.namingWords().contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words at most between a symptom and its diagnosis said in one phrase ("CAD with chronic stable CP" has 3). */
    private static final int PHRASE_WORDS = 5;

    /**
     * Whether every mention of the symptom stands in one phrase with a mention of the diagnosis: the same
     * sentence, with at most {@link #PHRASE_WORDS} words and no comma, semicolon, colon, period or line break
     * between them ("CAD with chronic CP"; not "chest pain, CAD" nor two items of a list).
     */
    private static boolean inOnePhrase(Document doc, CodeCandidate symptom, CodeCandidate dx) {
        if (symptom.mentions().isEmpty()) {
            return false;
        }
        for (int s : symptom.mentions()) {
            if (!mentionInOnePhrase(doc, s, dx)) {
                return false;
            }
        }
        return true;
    }

    /** Whether some mention of the symptom stands in one phrase with a mention of the diagnosis ({@link #inOnePhrase}). */
    private static boolean someInOnePhrase(Document doc, CodeCandidate symptom, CodeCandidate dx) {
        for (int s : symptom.mentions()) {
            if (mentionInOnePhrase(doc, s, dx)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionInOnePhrase(Document doc, int s, CodeCandidate dx) {
        var sm = doc.mentions().get(s);
        for (int d : dx.mentions()) {
            var dm = doc.mentions().get(d);
            if (dm.sentenceIndex() != sm.sentenceIndex()) {
                continue;
            }
            int from = Math.min(sm.span().end(), dm.span().end());
            int to = Math.max(sm.span().start(), dm.span().start());
            String between = from < to ? doc.text().substring(from, to) : "";
            if (between.chars().noneMatch(c -> ",;:.\n\r".indexOf(c) >= 0)
                    && between.trim().split("\\s+").length <= PHRASE_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** The rules, in file order, that make this code an integral symptom of some diagnosis (not of itself). */
    List<IntegralSymptomRule> rulesFor(String symptom) {
        return rulesByCode.computeIfAbsent(symptom, this::findRulesFor);
    }

    /**
     * {@link #rulesFor}, per code: depends only on the code and the rules, and codes are a closed set (the
     * code set's), so each is worked out once.
     */
    private final ConcurrentHashMap<String, List<IntegralSymptomRule>> rulesByCode =
            new ConcurrentHashMap<>();

    private List<IntegralSymptomRule> findRulesFor(String symptom) {
        String code = symptom.replace(".", "");
        List<IntegralSymptomRule> out = new ArrayList<>(1);
        for (int i = 0; i < symptomHeads.length; i++) {
            // a rule whose symptom patterns cannot reach the code's head is not read (most rules, for most codes)
            IntegralSymptomRule r = rules.get(i);
            if (CodeHeads.mayCover(symptomHeads[i], code) && coversDotless(r.symptoms(), code)
                    && !coversDotless(r.diagnoses(), code)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /**
     * True if a rule makes the symptom code routinely part of the diagnosis code (I.B.4-5), a rule of one body site
     * only where the two codes share a site: what the first-listed choice asks of a symptom beside a diagnosis.
     */
    boolean explains(String symptom, String diagnosis) {
        String code = diagnosis.replace(".", "");
        for (IntegralSymptomRule r : rulesFor(symptom)) {
            if (coversDotless(r.diagnoses(), code) && (!r.sameSite() || sites.shareSite(symptom, diagnosis))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if a code of one of the mention's terms is a diagnosis the symptom is routinely part of: a diagnosis left
     * uncoded (uncertain for an outpatient) would explain the symptom coded in its stead (IV.H).
     */
    boolean explainsAnyTerm(String symptom, Mention m) {
        for (Term t : m.terms()) {
            if (explains(symptom, t.code())) {
                return true;
            }
        }
        return false;
    }

    /** The first of a symptom's rules whose diagnoses cover this diagnosis, or null. */
    private static IntegralSymptomRule ruleFor(String diagnosis, List<IntegralSymptomRule> applicable) {
        String code = diagnosis.replace(".", "");
        for (IntegralSymptomRule r : applicable) {
            if (coversDotless(r.diagnoses(), code)) {
                return r;
            }
        }
        return null;
    }

    private static boolean coversDotless(List<CodePattern> patterns, String dotless) {
        for (CodePattern p : patterns) {
            if (p.ref().coversDotless(dotless)) {
                return true;
            }
        }
        return false;
    }
}
