package org.opencac.engine;

import java.util.List;

/**
 * Whether a code falls under one of a list's prefixes ("E11" holds "E11.65"): the one question every rule file of
 * code prefixes asks. A loop, not a stream: some rules ask it for every mention.
 */
public final class CodePrefixes {
    private CodePrefixes() {
    }

    /** True if the code starts with one of the prefixes; false for an empty list. */
    public static boolean startsWithAny(String code, List<String> prefixes) {
        for (int i = 0; i < prefixes.size(); i++) {
            if (code.startsWith(prefixes.get(i))) {
                return true;
            }
        }
        return false;
    }
}
