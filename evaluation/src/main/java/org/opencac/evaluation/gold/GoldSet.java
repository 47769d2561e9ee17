package org.opencac.evaluation.gold;

import java.util.List;

/**
 * A whole gold corpus.
 *
 * @param source the file or folder it was read from, reported in run metadata
 * @param notes  the notes in file order, ids unique
 */
public record GoldSet(String source, List<GoldNote> notes) {
    public GoldSet {
        notes = List.copyOf(notes);
    }
}
