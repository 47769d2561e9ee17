package org.opencac.engine.cpt;

import java.util.List;
import org.opencac.engine.DataFiles;

/**
 * The rows of the MDM cue file ({@code mdm_cues.tsv}: element, kind, cue, optional illness), read once: the cues
 * ({@link MdmAssessor}), the negation words ({@link CueNegation}) and the words that give a cue another sense
 * ({@link CueSenses}) are its rows of one element each. Read-only.
 */
final class MdmCueFile {
    static final List<String[]> ROWS = List.copyOf(DataFiles.table("/org/opencac/engine/cpt/mdm_cues.tsv", 3, 4));

    private MdmCueFile() {
    }
}
