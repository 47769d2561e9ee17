package org.opencac.engine.convention;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.opencac.engine.text.LowerWords;
import org.opencac.engine.text.Plurals;

/**
 * The laterality axis of a condition's codes, from {@code same_condition.json} "bilateralSides": a code of one
 * side ("Carpal tunnel syndrome, left upper limb") gives way to the code of both sides of the same condition
 * ("Carpal tunnel syndrome, bilateral upper limbs"). A note that documents the condition on both sides and names
 * one side again (where it is worse, where it is treated) has one condition, coded bilateral (Guidelines I.B.13).
 * The two titles must say the same once the side words and the words a side adds ("eye", "of") are set aside,
 * so two stages or two types on two sides stay two codes. When the note also codes the other side's replacement or
 * removal at the same site ("Presence of right artificial hip joint" beside "left hip" arthritis), the bilateral
 * condition no longer exists and the one-side code is kept instead (I.B.13).
 *
 * @param bilateral the title words of the code of both sides (lowercase)
 * @param sided     the title words of a one-side code (lowercase)
 * @param ignored   words either title may hold or not ("of", "eye")
 * @param removed   code prefixes of a side's replacement or removal status (Z96.6 joint replacement, Z89 limb absence)
 * @param statusWords words of those status titles that name no site ("presence", "artificial", "joint")
 */
public record BilateralSides(Set<String> bilateral, Set<String> sided, Set<String> ignored, Set<String> removed,
                             Set<String> statusWords) {
    /**
     * A title's words, read once per title: titles are the code set's, a closed set, and each is asked for its side
     * by every note that codes it (and in each pair of a note's candidates of one category).
     */
    private static final Map<String, List<String>> TITLE_WORDS = new ConcurrentHashMap<>();

    public BilateralSides {
        bilateral = lower(bilateral);
        sided = lower(sided);
        ignored = lower(ignored);
        removed = Set.copyOf(removed);
        statusWords = lower(statusWords);
        if (bilateral.isEmpty() || sided.isEmpty() || !java.util.Collections.disjoint(bilateral, sided)) {
            throw new IllegalArgumentException("bilateralSides needs bilateral and sided words, none in both");
        }
    }

    /** Whether the one-side code {@code sCode} titled {@code sTitle} is the condition {@code bCode} codes on both sides. */
    public boolean covers(String bCode, String bTitle, String sCode, String sTitle) {
        if (bCode.length() < 3 || sCode.length() < 3 || !bCode.regionMatches(0, sCode, 0, 3) || bCode.equals(sCode)) {
            return false;
        }
        List<String> b = words(bTitle);
        List<String> s = words(sTitle);
        if (!any(b, bilateral) || any(b, sided) || !any(s, sided) || any(s, bilateral)) {
            return false;
        }
        return rest(b).equals(rest(s));
    }

    /**
     * Whether the title can be the code of both sides in {@link #covers}: it names both sides and no one side. A
     * code whose title does not is never the first code {@code covers} is asked about.
     */
    public boolean namesBothSides(String title) {
        List<String> words = words(title);
        return any(words, bilateral) && !any(words, sided);
    }

    /**
     * Whether the status code {@code statusCode} titled {@code statusTitle} tells the side other than the one of the
     * one-side code {@code sCode} (itself no such status) replaced or removed at one of its sites: "Presence of right artificial hip joint" for
     * "Unilateral primary osteoarthritis, left hip".
     */
    public boolean otherSideRemoved(String statusCode, String statusTitle, String sCode, String sTitle) {
        if (!isRemoval(statusCode) || isRemoval(sCode)) {
            return false;   // a status of each side beside the status of both is the status of both
        }
        String side = oneSide(sTitle);
        List<String> s = words(sTitle);
        List<String> t = words(statusTitle);
        if (side == null || !t.contains(side.equals("right") ? "left" : "right")) {
            return false;
        }
        Set<String> site = rest(s);
        for (String w : t) {
            if (!statusWords.contains(w) && !sided.contains(w) && !ignored.contains(w)
                    && site.contains(Plurals.singular(w))) {
                return true;
            }
        }
        return false;
    }

    private boolean isRemoval(String code) {
        for (String prefix : removed) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The one side a title names, "right" or "left"; null when it names neither, both, or a bilateral word. */
    public String oneSide(String title) {
        List<String> words = words(title);
        boolean right = words.contains("right");
        boolean left = words.contains("left");
        return right == left || any(words, bilateral) ? null : right ? "right" : "left";
    }

    private Set<String> rest(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (!bilateral.contains(w) && !sided.contains(w) && !ignored.contains(w)) {
                out.add(Plurals.singular(w));
            }
        }
        return out;
    }

    private static boolean any(List<String> words, Set<String> set) {
        for (String w : words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The title's lowercase words, hyphens breaking them ({@link LowerWords}); shared, unmodifiable. */
    private static List<String> words(String title) {
        return TITLE_WORDS.computeIfAbsent(title, t -> List.copyOf(LowerWords.of(t, LowerWords.Hyphens.BREAK)));
    }

    private static Set<String> lower(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : Objects.requireNonNull(words, "words")) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
