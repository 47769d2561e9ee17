/**
 * Section detection: header literals (data: {@code section_headers.json}) at line starts split the
 * note into sections such as family_history or assessment_plan, which later stages read.
 */
package org.opencac.engine.section;
