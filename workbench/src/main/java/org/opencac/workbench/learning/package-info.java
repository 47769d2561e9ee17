/**
 * Learning from coder feedback, per organisation: {@link org.opencac.workbench.learning.LearningStats} counts the
 * decisions in the store, {@link org.opencac.workbench.learning.FeedbackLearner} applies them to the engine's
 * suggestions as a post-processing step, {@link org.opencac.workbench.learning.LearningSimulation} measures the
 * gain with a simulated coder on a gold set. Thresholds live in {@code workbench/learning-policy.properties}.
 */
package org.opencac.workbench.learning;
