package org.opencac.engine.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * The cousins of a default code: an unspecified axis may be split one level above its siblings ("Nicotine
 * dependence, unspecified" F17.20- beside "..., cigarettes" F17.21-), so the billable codes under the nearest
 * ancestor that holds more than the code and its siblings, the siblings left out, may name what the note documents.
 * Never across a whole category; with the code's 7th character only; a residual code ("Other ...", or one leaving
 * open as much as the code does) names no documented axis and is left out.
 */
final class CousinCodes {
    private CousinCodes() {
    }

    /**
     * The cousins of {@code code} whose siblings ({@link CodeResolver}'s, never empty for a cousin to be sought)
     * are {@code siblings}, in published order; none when more than {@code max}.
     */
    static List<Code> of(CodeSet codeSet, Code code, List<Code> siblings, int max) {
        if (siblings.isEmpty()) {
            return List.of();
        }
        for (Code ancestor : codeSet.ancestors(code.code())) {
            List<Code> under = codeSet.billableDescendants(ancestor.code());
            if (under.size() <= siblings.size() + 1) {
                continue;   // holds only the code and its siblings: look one level up
            }
            if (ancestor.code().length() < 5) {
                return List.of();   // never across a whole category
            }
            Set<String> siblingCodes = new HashSet<>();
            siblings.forEach(s -> siblingCodes.add(s.code()));
            // "other" the code's own title also prints is its site ("... of skin of other parts of face")
            boolean otherOwn = CodeResolver.OTHER.matcher(code.title()).find();
            List<Code> out = under.stream()
                    .filter(x -> !x.code().equals(code.code()) && !siblingCodes.contains(x.code()))
                    .filter(x -> namesAnAxis(code, x, otherOwn))
                    .filter(x -> sameSeventh(code, x))
                    .toList();
            return out.size() > max ? List.of() : out;
        }
        return List.of();
    }

    /**
     * Whether a cousin names an axis the code leaves open: not a residual "Other ..." code (unless the code's own
     * title prints "other"), and not a default unless it leaves open less than the code does (one "unspecified" of
     * two: "... of right foot with unspecified severity").
     */
    private static boolean namesAnAxis(Code code, Code cousin, boolean otherOwn) {
        return (!CodeResolver.isDefault(cousin)
                || CodeResolver.defaultMarks(cousin.title()) < CodeResolver.defaultMarks(code.title()))
                && (otherOwn || !CodeResolver.OTHER.matcher(cousin.title()).find());
    }

    /** Whether a code of a 7th character has the same one in the other code; any code where the first has none. */
    static boolean sameSeventh(Code code, Code other) {
        return !code.hasSeventh() || (other.hasSeventh() && other.seventh() == code.seventh());
    }
}
