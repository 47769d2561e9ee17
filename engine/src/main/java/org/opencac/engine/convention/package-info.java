/**
 * ICD-10-CM coding conventions applied to the candidate list (Excludes1 today).
 */
package org.opencac.engine.convention;
