package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.BilateralWords;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.LowerWords;
import org.opencac.engine.text.LowerWords.Hyphens;
import org.opencac.engine.text.Plurals;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.SideComparison;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Guidelines I.B.13: the final characters of a code give its laterality; when a condition is documented on
 * both sides the "bilateral" code is assigned, and when the category has no bilateral code, separate codes
 * for the right and the left side. A candidate whose title leaves the side unspecified ("Pain in
 * unspecified knee") and one of whose mentions is documented bilateral ("bilateral knee pain", "pain in
 * both knees", "OU") is recoded to the sibling of its category whose title is its own with "bilateral"
 * (H11.009 to H11.003), else to the right-side sibling with the left-side sibling added beside it (M25.569
 * to M25.561 and M25.562). Siblings are matched on their titles' words with the side words set aside, so a
 * sibling never adds another detail. A window that also names a right or left side is left alone.
 */
public final class BilateralCheck implements Stage {
    /** Words before a mention read as its own phrase ("bilateral lower extremity edema"). */
    private static final int BEFORE = 3;
    /** Words after a mention read as its own phrase ("pterygium in both eyes"). */
    private static final int AFTER = 4;
    /** Words that join another phrase, so end a mention's own ("knee pain and bilateral hip pain"). */
    private static final Set<String> JOINERS = Set.of("and", "or", "with", "without", "from", "to", "due", "but");
    /** Words after "both" within which a paired body part makes it bilateral. */
    private static final int PAIRED_WITHIN = 3;
    /**
     * Title words set aside when siblings are matched: the side words ("unilateral" too: M17.11 "Unilateral
     * primary osteoarthritis, right knee" beside M17.0 "Bilateral primary osteoarthritis of knee") and the
     * prepositions that only join the site to the condition.
     */
    private static final Set<String> SIDE_WORDS = Set.of("unspecified", "right", "left", "bilateral", "unilateral",
            "side", "of", "in");

    private final CodeSet codeSet;
    private final Set<String> bilateralWords;
    private final Set<String> pairedParts;
    private final Set<String> singleParts;
    private final Set<String> pluralParts;

    public BilateralCheck(CodeSet codeSet, Set<String> bilateralWords, Set<String> pairedParts) {
        this(codeSet, bilateralWords, pairedParts, Set.of());
    }

    /** @param singleParts the singulars of paired parts that make "each" before them say both sides ("each eye") */
    public BilateralCheck(CodeSet codeSet, Set<String> bilateralWords, Set<String> pairedParts, Set<String> singleParts) {
        this(codeSet, bilateralWords, pairedParts, singleParts, Set.of());
    }

    /**
     * @param pluralParts the plurals of paired parts that, written in a mention's own words, say both sides
     *                    ("osteoarthritis of the knees", "ringing in the ears")
     */
    public BilateralCheck(CodeSet codeSet, Set<String> bilateralWords, Set<String> pairedParts, Set<String> singleParts,
                          Set<String> pluralParts) {
        this.pluralParts = Set.copyOf(pluralParts);
        this.codeSet = codeSet;
        this.bilateralWords = Set.copyOf(bilateralWords);
        this.pairedParts = Set.copyOf(pairedParts);
        this.singleParts = Set.copyOf(singleParts);
    }

    /** The check with its bundled word list. */
    public static BilateralCheck standard(CodeSet codeSet) {
        Map<String, Set<String>> kinds = BilateralWords.byKind();
        return new BilateralCheck(codeSet, kinds.get("word"), kinds.get("paired"), kinds.get("each"),
                kinds.get("plural"));
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> candidates = doc.candidates();
        boolean[] unspecified = new boolean[candidates.size()];   // each title lower-cased once
        boolean any = false;
        for (int k = 0; k < unspecified.length; k++) {
            unspecified[k] = unspecifiedSide(candidates.get(k));
            any |= unspecified[k];
        }
        if (!any) {
            return doc;
        }
        Map<Integer, List<Integer>> byFirstToken = new java.util.HashMap<>();   // the mentions by first token, once
        for (int j = 0; j < doc.mentions().size(); j++) {
            byFirstToken.computeIfAbsent(doc.mentions().get(j).firstToken(), x -> new ArrayList<>(1)).add(j);
        }
        // a side's code may already be a candidate of its own ("left knee contracture" beside "contractures of
        // both knees"): the two merge, so neither's mentions are lost (a reason for the encounter among them)
        List<CodeCandidate> out = new ArrayList<>();
        for (int k = 0; k < unspecified.length; k++) {
            CodeCandidate c = candidates.get(k);
            Set<String> phrase = unspecified[k] ? bilateralPhrase(doc, c, byFirstToken) : null;
            if (phrase == null) {
                out.add(c);
                continue;
            }
            Sides sides = sides(c, phrase);
            if (sides.bilateral() != null) {
                CodeCandidate now = c.withCode(sides.bilateral(), "Bilateral (Guidelines I.B.13): documented on both"
                        + " sides, " + c.code() + " recoded to the bilateral code");
                out.add(now);
            } else if (sides.right() != null && sides.left() != null) {
                String why = "Bilateral (Guidelines I.B.13): documented on both sides and the category has no"
                        + " bilateral code, so " + c.code() + " is coded for each side";
                CodeCandidate right = c.withCode(sides.right(), why);
                CodeCandidate left = c.withCode(sides.left(), why);
                out.add(right);
                out.add(left);
            } else {
                out.add(c);
            }
        }
        return doc.withCandidates(Candidates.mergeSameCode(out));
    }

    private static boolean unspecifiedSide(CodeCandidate c) {
        String t = c.title().toLowerCase(Locale.ROOT);
        return t.contains("unspecified") && !t.contains("right") && !t.contains("left") && !t.contains("bilateral");
    }

    /**
     * Whether a mention of the candidate is documented bilateral: a bilateral word, or "both" or "each" before a
     * paired body part ("in each eye"), or a paired part named in the plural in the mention's own words ("arthritis
     * of the knees"), in the mention or in its own phrase (up to {@link #BEFORE} words before it or {@link #AFTER}
     * after it, not across punctuation or a word that joins another phrase), and no right or left word there.
     * Returns the words of that phrase (lowercase, singular), or null when no mention is documented bilateral.
     */
    private Set<String> bilateralPhrase(Document doc, CodeCandidate c, Map<Integer, List<Integer>> byFirstToken) {
        Set<Integer> ownMentions = new HashSet<>(c.mentions());
        for (int i : c.mentions()) {
            Mention m = doc.mentions().get(i);
            Sentence s = doc.sentences().get(m.sentenceIndex());
            int lo = m.firstToken();
            while (lo > s.firstToken() && m.firstToken() - lo < BEFORE && !boundary(doc.tokens().get(lo - 1))) {
                lo--;
            }
            int hi = m.endToken();
            // a statement line names the side after a comma ("pes planus, bilateral"): the comma right after
            // the mention is read through once, the words after it still the mention's own up to a boundary
            int reach = AFTER;
            while (hi < s.endToken() && hi - m.endToken() < reach) {
                if (!boundary(doc.tokens().get(hi))) {
                    hi++;
                } else if (hi == m.endToken() && reach == AFTER && doc.tokens().get(hi).text().equals(",")) {
                    hi++;
                    reach = AFTER + 1;
                } else {
                    break;
                }
            }
            boolean bilateral = false;
            boolean oneSide = false;
            for (int k = lo; k < hi; k++) {
                if (ofAnotherMention(doc, byFirstToken, ownMentions, m, k)) {
                    continue;   // "tinnitus with bilateral hearing loss": both ears' is the hearing loss
                }
                Token t = doc.tokens().get(k);
                String w = t.norm();
                if ((w.equals("right") || w.equals("left")) && !SideComparison.compared(doc.tokens(), k)) {
                    oneSide = true;   // a side compared with the other ("right worse than left") is of both
                } else if (bilateralWords.contains(w) || t.text().equals("OU")) {
                    bilateral = true;
                } else if (k >= m.firstToken() && k < m.endToken()
                        && pluralParts.contains(t.text().toLowerCase(Locale.ROOT))) {
                    bilateral = true; // the mention's own words name the part in the plural: "OA of the knees"
                } else if (w.equals("both") && partFollows(doc, k, hi, pairedParts)
                        || w.equals("each") && partFollows(doc, k, hi, singleParts)) {
                    bilateral = true;
                }
            }
            if (bilateral && !oneSide) {
                Set<String> words = new HashSet<>();
                for (int k = lo; k < hi; k++) {
                    if (!doc.tokens().get(k).isPunctuation()) {
                        words.add(Plurals.singular(doc.tokens().get(k).text().toLowerCase(Locale.ROOT)));
                    }
                }
                return words;
            }
        }
        return null;
    }

    /**
     * True if token k starts, or stands right before, a mention of the same sentence that is not the candidate's
     * and does not overlap the mention read: such a side word says that condition's side (Guidelines I.B.13).
     */
    private static boolean ofAnotherMention(Document doc, Map<Integer, List<Integer>> byFirstToken,
                                            Set<Integer> ownMentions, Mention m, int k) {
        List<Mention> mentions = doc.mentions();
        List<Integer> near = new ArrayList<>(byFirstToken.getOrDefault(k, List.of()));
        near.addAll(byFirstToken.getOrDefault(k + 1, List.of()));
        for (int j : near) {
            if (mentions.get(j).ownsWordBefore(m, k) && !ownMentions.contains(j)) {
                return true;
            }
        }
        return false;
    }

    /** Punctuation or a word that starts another phrase: the end of a mention's own phrase. */
    private static boolean boundary(Token t) {
        return t.isPunctuation() || JOINERS.contains(t.norm());
    }

    private static boolean partFollows(Document doc, int both, int end, Set<String> parts) {
        for (int k = both + 1; k < Math.min(end, both + 1 + PAIRED_WITHIN); k++) {
            Token t = doc.tokens().get(k);
            if (parts.contains(t.norm()) || parts.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    record Sides(Code bilateral, Code right, Code left) {
    }

    /**
     * The candidate's billable siblings in its category that name a side and add no other word. The bilateral
     * sibling may leave out the part the candidate's title calls unspecified ("Unspecified hearing loss,
     * bilateral" beside "... unspecified ear"). When the candidate's subcategory has a bilateral code that is
     * not its sibling in that sense, no sides are given: the right and left codes would not be the whole story.
     */
    Sides sides(CodeCandidate c) {
        return sides(c, Set.of());
    }

    /**
     * {@link #sides(CodeCandidate)}, where a side's code may also name a part the candidate's title calls
     * unspecified when the bilateral phrase writes that part's words ("bilateral upper eyelid dermatochalasis":
     * "Dermatochalasis of right upper eyelid" and "... left upper eyelid", not "... right eye, unspecified
     * eyelid"). Such codes of both sides go before the codes that only add the side (Guidelines I.A.9).
     *
     * @param phrase the words (lowercase, singular) of the phrase that documents both sides
     */
    Sides sides(CodeCandidate c, Set<String> phrase) {
        List<String> ownWords = words(c.title());
        List<String> own = detailWords(ownWords);
        Set<String> unspecifiedParts = unspecifiedParts(ownWords);
        String parent = c.code().substring(0, c.code().length() - 1);
        Code bilateral = null;
        Code right = null;
        Code left = null;
        Code rightPart = null;
        Code leftPart = null;
        boolean otherBilateral = false;
        for (Code k : codeSet.billableDescendants(c.code().substring(0, 3))) {
            if (k.code().equals(c.code())) {
                continue;
            }
            List<String> words = words(k.title());
            boolean r = words.contains("right");
            boolean l = words.contains("left");
            boolean b = words.contains("bilateral");
            List<String> detail = detailWords(words);
            if (b && !r && !l && bilateralSibling(own, detail, unspecifiedParts)) {
                bilateral = bilateral == null ? k : bilateral;
            } else if (b && k.code().startsWith(parent)) {
                otherBilateral = true;
            } else if (!detail.equals(own)) {
                if (r != l && !b && namesDocumentedPart(own, detail, unspecifiedParts, phrase)) {
                    rightPart = r && rightPart == null ? k : rightPart;
                    leftPart = l && leftPart == null ? k : leftPart;
                }
            } else if (r && !l && !b) {
                right = right == null ? k : right;
            } else if (l && !r && !b) {
                left = left == null ? k : left;
            }
        }
        if (bilateral == null && otherBilateral) {
            return new Sides(null, null, null);
        }
        if (bilateral == null && rightPart != null && leftPart != null
                && detailWords(words(rightPart.title())).equals(detailWords(words(leftPart.title())))) {
            return new Sides(null, rightPart, leftPart);
        }
        return new Sides(bilateral, right, left);
    }

    /**
     * Whether a side's title words differ from the candidate's only by naming parts its title calls unspecified,
     * with words the bilateral phrase writes: "upper" for the "unspecified eyelid".
     */
    private static boolean namesDocumentedPart(List<String> own, List<String> detail, Set<String> unspecifiedParts,
                                               Set<String> phrase) {
        if (phrase.isEmpty() || unspecifiedParts.isEmpty()) {
            return false;
        }
        List<String> added = new ArrayList<>(detail);
        for (String w : own) {
            added.remove(w);
        }
        List<String> missing = new ArrayList<>(own);
        for (String w : detail) {
            missing.remove(w);
        }
        return !added.isEmpty() && phrase.containsAll(added) && unspecifiedParts.containsAll(missing);
    }

    /** Whether a bilateral title's words are the candidate's, less parts its title calls unspecified. */
    private static boolean bilateralSibling(List<String> own, List<String> bilateral, Set<String> unspecifiedParts) {
        if (!own.containsAll(bilateral)) {
            return false;
        }
        List<String> missing = new ArrayList<>(own);
        for (String w : bilateral) {
            missing.remove(w);
        }
        return unspecifiedParts.containsAll(missing);
    }

    /** The words right after "unspecified" in a title's words ("unspecified ear": ear), singular. */
    private static Set<String> unspecifiedParts(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("unspecified")) {
                out.add(Plurals.singular(words.get(i + 1)));
            }
        }
        return out;
    }

    /** A title's words ({@link #words}), singular and sorted, without the side words and "unspecified". */
    private static List<String> detailWords(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!SIDE_WORDS.contains(w)) {
                out.add(Plurals.singular(w));
            }
        }
        out.sort(null);
        return out;
    }

    /** The title's lowercase words, a hyphen breaking them. */
    private static List<String> words(String title) {
        return LowerWords.of(title, Hyphens.BREAK);
    }
}
