package org.opencac.engine;

/** One step of the pipeline: reads the layers before it and returns the document with its own layer. */
@FunctionalInterface
public interface Stage {
    Document process(Document document);
}
