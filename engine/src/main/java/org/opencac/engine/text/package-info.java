/**
 * Sentences (cTAKES clinical sentence model through OpenNLP, after cutting at headers and list lines)
 * and word tokens with offsets and normalized matching keys.
 */
package org.opencac.engine.text;
