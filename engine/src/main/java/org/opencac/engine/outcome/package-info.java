/**
 * Mention outcomes: the record a stage leaves when it does not code a mention as the patient's condition
 * (negated, family history, ROS only, integral to another code ...). Stages append
 * {@link org.opencac.engine.outcome.MentionDecision}s to the document; the suggestion stage turns them,
 * with the suggestions, into one outcome per mention. Depends on no other stage package.
 */
package org.opencac.engine.outcome;
