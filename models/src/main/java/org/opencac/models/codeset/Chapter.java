package org.opencac.models.codeset;

import java.util.List;

/**
 * A Tabular chapter with its blocks (sections) and chapter-level notes.
 *
 * @param number  the chapter number as published, e.g. "9"
 * @param title   the chapter title, e.g. "Diseases of the circulatory system (I00-I99)"
 * @param blocks  the blocks in order
 * @param notes   the notes written at chapter level
 */
public record Chapter(String number, String title, List<Block> blocks, List<InstructionalNote> notes) {
    public Chapter {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /**
     * A block (Tabular "section") of categories, e.g. "E08-E13 Diabetes mellitus".
     *
     * @param id    the range id, e.g. "E08-E13"
     * @param first the first category
     * @param last  the last category
     * @param title the block title
     * @param notes the notes written at block level
     */
    public record Block(String id, String first, String last, String title, List<InstructionalNote> notes) {
        public Block {
            notes = List.copyOf(notes);
        }

        public boolean contains(String category) {
            return category.compareTo(first) >= 0 && category.compareTo(last) <= 0;
        }
    }
}
