package org.opencac.engine.text;

import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;

/**
 * The one side of a paired organ a text names ("left", "right": {@code single_side_words.txt}), or null when it
 * names none or both. Read where a condition or an operation of one side is compared with one of the other side:
 * a malignancy excised from one breast beside a new primary of the other, an ovary removed earlier beside the one
 * removed now.
 */
public final class OneSide {
    /** The words naming one side of a paired organ, one lowercase word a line. */
    public static final String WORDS = "/org/opencac/engine/convention/single_side_words.txt";

    private static final Set<String> ONE_SIDE = Set.copyOf(DataFiles.lines(WORDS));

    private OneSide() {
    }

    /** The one side word the text writes, or null when it writes none or several. */
    public static String of(String text) {
        String side = null;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (ONE_SIDE.contains(w)) {
                if (side != null && !side.equals(w)) {
                    return null;
                }
                side = w;
            }
        }
        return side;
    }
}
