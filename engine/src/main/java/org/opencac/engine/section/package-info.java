/**
 * Section detection: header literals (data: {@code section_headers.json}) at line starts, run into the
 * text (in capitals, or with a leading capital after a clause boundary, ending in a colon) or on a line
 * of their own split the note into sections of a {@link org.opencac.engine.section.SectionType}, which
 * later stages read. Trap: a prose word followed by a colon ("a long family history: ...") is not a
 * header; body-system sub-headers continue an enclosing review of systems or exam.
 */
package org.opencac.engine.section;
