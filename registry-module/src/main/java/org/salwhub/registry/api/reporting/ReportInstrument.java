package org.salwhub.registry.api.reporting;

/** What a national report is about: the Programme of Action or the International Tracing Instrument. */
public enum ReportInstrument {
    POA,
    ITI
}
