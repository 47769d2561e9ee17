package org.opencac.workbench.encounter;

/**
 * Who acts: the organisation whose data it is and the coder. Learning and the queue are scoped per organisation.
 */
public record Principal(String orgId, String coderId) {
}
