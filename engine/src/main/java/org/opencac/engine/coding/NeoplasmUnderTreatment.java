package org.opencac.engine.coding;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.Code;

/**
 * A malignant neoplasm told as history that its sentence says is still treated, has spread or was never treated
 * is a current neoplasm, not a personal history (Guidelines I.C.2.d): "a history of prostate carcinoma with bone
 * metastases", "a history of breast cancer, currently on chemotherapy". Read after the mention, to the end of its
 * clause; a sentence saying the disease is over ("completed", "in remission") keeps the history code. A later
 * sentence of the same section telling the treatment this encounter gives ("she presented for her next cycle of
 * chemotherapy") makes the neoplasm current too, unless a sentence before it says the disease is over; so does
 * the next sentence when it names no condition of its own and says the treatment goes on ("He is now receiving
 * leuprolide.").
 * Data: {@code neoplasm_under_treatment.tsv} (the code prefixes, the current cues and the cues of an ended disease).
 */
public final class NeoplasmUnderTreatment {
    public static final String DATA = "/org/opencac/engine/coding/neoplasm_under_treatment.tsv";
    /** Reads nothing: every historical neoplasm keeps its history code. */
    public static final NeoplasmUnderTreatment NONE = new NeoplasmUnderTreatment(List.of(), List.of(), List.of());

    private final List<String> prefixes;
    private final List<String> historyPrefixes;
    private final List<Pattern> current;
    private final List<Pattern> spread;
    private final List<Pattern> over;
    private final List<Pattern> encounterTreatment;
    private final HistoryCodeMap history;

    public NeoplasmUnderTreatment(List<String> prefixes, List<Pattern> current, List<Pattern> over) {
        this(prefixes, List.of(), current, List.of(), over, List.of(), null);
    }

    /**
     * @param historyPrefixes personal-history codes of a malignancy that a lexicon phrase names outright ("history
     *                        of breast cancer" Z85.3), read with the current cues only (its spread is coded at
     *                        the secondary sites)
     * @param spread          cues of spread, read for a history-told neoplasm code but not for a personal-history
     *                        phrase (a primary told as history whose disease has spread is the excised primary of
     *                        I.C.2.d: its history code beside the secondary sites)
     * @param encounterTreatment cues of a treatment the encounter gives, read in the later sentences of the
     *                        mention's section ("she presented for her fourth course of chemotherapy")
     * @param history         the history tables, read backwards to the condition's category; null reads none
     */
    public NeoplasmUnderTreatment(List<String> prefixes, List<String> historyPrefixes, List<Pattern> current,
                                  List<Pattern> spread, List<Pattern> over, List<Pattern> encounterTreatment,
                                  HistoryCodeMap history) {
        this.prefixes = List.copyOf(prefixes);
        this.historyPrefixes = List.copyOf(historyPrefixes);
        this.current = List.copyOf(current);
        this.spread = List.copyOf(spread);
        this.over = List.copyOf(over);
        this.encounterTreatment = List.copyOf(encounterTreatment);
        this.history = history;
    }

    /** With the bundled prefixes and cues. */
    public static NeoplasmUnderTreatment standard() {
        List<String> prefixes = new ArrayList<>();
        List<String> historyPrefixes = new ArrayList<>();
        List<Pattern> current = new ArrayList<>();
        List<Pattern> spread = new ArrayList<>();
        List<Pattern> over = new ArrayList<>();
        List<Pattern> encounter = new ArrayList<>();
        DataFiles.kinds(DATA, Map.of(
                "code_prefix", prefixes::add,
                "history_prefix", historyPrefixes::add,
                "current", value -> current.add(Pattern.compile("(?i)" + value)),
                "spread", value -> spread.add(Pattern.compile("(?i)" + value)),
                "over", value -> over.add(Pattern.compile("(?i)" + value)),
                "encounter_treatment", value -> encounter.add(Pattern.compile("(?i)" + value))));
        return new NeoplasmUnderTreatment(prefixes, historyPrefixes, current, spread, over, encounter,
                HistoryCodeMap.standard());
    }

    /** Whether the code is a personal-history code of a malignancy ({@code history_prefix} rows). */
    boolean namesHistory(Code code) {
        return startsWithAny(code.code(), historyPrefixes);
    }

    /**
     * The category of the current malignancy that a personal-history code ({@code history_prefix} rows) names,
     * when the history tables give it one only ("history of breast cancer" Z85.3: C50); empty otherwise.
     */
    java.util.Optional<String> currentCategory(Code code) {
        if (history == null || !namesHistory(code)) {
            return java.util.Optional.empty();
        }
        return history.conditionOfPersonalHistory(code.code());
    }

    /**
     * True if the patient's historical mention of a neoplasm code is said, after it in its clause, to be still
     * treated, spread or untreated, and its sentence does not say the disease is over. A personal-history phrase
     * ("history of breast cancer" Z85.3) reads the treatment cues only: its spread to other sites is coded there
     * as secondary, beside the history of the primary (Guidelines I.C.2.d).
     */
    boolean stillPresent(Document doc, Mention mention, Assertion a, Code code) {
        boolean historyCode = namesHistory(code);
        if (!(a.historical() || historyCode) || a.negated() || a.hypothetical() || a.uncertain()
                || a.experiencer() != Experiencer.PATIENT
                || !historyCode && prefixes.stream().noneMatch(code.code()::startsWith)) {
            return false;
        }
        Sentence s = doc.sentences().get(mention.sentenceIndex());
        String text = doc.text();
        int from = Math.min(mention.span().end(), s.span().end());
        String after = text.substring(from, s.span().end());
        int semicolon = after.indexOf(';');
        if (semicolon >= 0) {
            after = after.substring(0, semicolon);
        }
        String finalAfter = after;
        String sentence = text.substring(s.span().start(), s.span().end());
        if (current.stream().noneMatch(p -> p.matcher(finalAfter).find())
                && (historyCode || spread.stream().noneMatch(p -> p.matcher(finalAfter).find()))) {
            return over.stream().noneMatch(p -> p.matcher(sentence).find())
                    && (treatedInNextSentence(doc, mention.sentenceIndex())
                    || !historyCode && treatedLaterInSection(doc, mention.sentenceIndex()));
        }
        return over.stream().noneMatch(p -> p.matcher(sentence).find());
    }

    /**
     * True if the sentence right after the mention's, in the same section, names no condition of its own and says
     * the treatment goes on ("Prostate cancer, Gleason 7. He is now receiving leuprolide."): a sentence that names
     * nothing else continues the account of the condition before it, so its treatment is that neoplasm's
     * (I.C.2.d). A sentence saying the disease is over keeps the history code.
     */
    private boolean treatedInNextSentence(Document doc, int sentenceIndex) {
        List<Sentence> sentences = doc.sentences();
        int next = sentenceIndex + 1;
        if (next >= sentences.size()
                || sentences.get(next).sectionIndex() != sentences.get(sentenceIndex).sectionIndex()) {
            return false;
        }
        for (Mention m : doc.mentions()) {
            if (m.sentenceIndex() == next) {
                return false;
            }
        }
        Sentence s = sentences.get(next);
        String t = doc.text().substring(s.span().start(), s.span().end());
        return current.stream().anyMatch(p -> p.matcher(t).find()) && over.stream().noneMatch(p -> p.matcher(t).find());
    }

    /**
     * True if a later sentence of the mention's section tells the encounter's treatment of a malignancy ("on
     * that date she presented for her third cycle of chemotherapy") before any sentence says the disease is over:
     * the history told first is the story of a neoplasm still treated (I.C.2.m: a malignancy under current
     * treatment is coded as current).
     */
    private boolean treatedLaterInSection(Document doc, int sentenceIndex) {
        List<Sentence> sentences = doc.sentences();
        int section = sentences.get(sentenceIndex).sectionIndex();
        for (int i = sentenceIndex + 1; i < sentences.size() && sentences.get(i).sectionIndex() == section; i++) {
            Sentence later = sentences.get(i);
            String t = doc.text().substring(later.span().start(), later.span().end());
            if (over.stream().anyMatch(p -> p.matcher(t).find())) {
                return false;
            }
            if (encounterTreatment.stream().anyMatch(p -> p.matcher(t).find())) {
                return true;
            }
        }
        return false;
    }
}
