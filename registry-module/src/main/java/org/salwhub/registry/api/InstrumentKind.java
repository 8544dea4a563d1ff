package org.salwhub.registry.api;

/** Whether an instrument is open to every State or to the States of one region. */
public enum InstrumentKind {
    GLOBAL, REGIONAL
}
