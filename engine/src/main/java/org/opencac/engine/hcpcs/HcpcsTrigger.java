package org.opencac.engine.hcpcs;

import java.util.List;
import java.util.Set;
import org.opencac.models.codeset.hcpcs.HcpcsCode;

/**
 * What a phrase of the note leads to: the codes it may stand for and how to choose among them.
 *
 * @param kind      how the phrase was derived and how its codes are chosen
 * @param phrase    the phrase as derived (descriptor words, a synonym, a drug or product name)
 * @param codes     the candidate codes (one or more)
 * @param headWords the normalized words of the descriptor head the phrase stands for (not used to choose)
 * @param origin    where the phrase comes from, for the rationale
 */
record HcpcsTrigger(Kind kind, String phrase, List<HcpcsCode> codes, Set<String> headWords, String origin) {

    enum Kind {
        /** A drug name; the code, route and units come from the documented dose. */
        DRUG,
        /** A service or supply descriptor head; the rest of the descriptors choose the code. */
        DESCRIPTOR,
        /** A skin substitute product name; units are the documented area in square centimeters. */
        PRODUCT,
        /** A phrase of the team's supply list naming one code. */
        SUPPLY_LIST
    }

    HcpcsTrigger {
        codes = List.copyOf(codes);
        headWords = Set.copyOf(headWords);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("a trigger needs at least one code: " + phrase);
        }
    }
}
