package org.opencac.models.codeset.hcpcs;

import java.util.Optional;

/**
 * One HCPCS Level II code.
 *
 * @param code             five characters, e.g. "J0696"
 * @param longDescription  the long description (joined over its continuation records)
 * @param shortDescription the short description
 * @param terminated       whether the file gives a termination date
 */
public record HcpcsCode(String code, String longDescription, String shortDescription, boolean terminated) {

    /** The billing unit of a drug code read from its descriptor ("per 250 mg", "up to 10 mg", "1 mg"). */
    public Optional<DrugUnit> drugUnit() {
        return DrugUnit.parse(longDescription);
    }
}
