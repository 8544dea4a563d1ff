package org.salwhub.web.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.salwhub.registry.api.InstrumentStatus;
import org.salwhub.registry.api.ReferenceDataFacade;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;

/**
 * Instrument statuses for a few demo States, so that their profiles show signatures, ratifications and accessions.
 * The values are for the demo only: staff record the real ones from the depositaries' lists.
 */
@Stateless
public class DemoInstruments {

    @Inject
    RegistryFacade registry;

    @Inject
    ReferenceDataFacade reference;

    record Entry(String iso2, String code, InstrumentStatus status, String signedOn, String depositedOn) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("KE", "POA", InstrumentStatus.COMMITTED, null, null),
            new Entry("KE", "ITI", InstrumentStatus.COMMITTED, null, null),
            new Entry("KE", "FIREARMS_PROTOCOL", InstrumentStatus.ACCEDED, null, "2005-01-05"),
            new Entry("KE", "ATT", InstrumentStatus.SIGNED, "2013-09-25", null),
            new Entry("KE", "NAIROBI_PROTOCOL", InstrumentStatus.RATIFIED, "2004-04-21", "2005-05-05"),
            new Entry("SD", "POA", InstrumentStatus.COMMITTED, null, null),
            new Entry("SD", "ITI", InstrumentStatus.COMMITTED, null, null),
            new Entry("SD", "NAIROBI_PROTOCOL", InstrumentStatus.RATIFIED, "2004-04-21", "2006-02-02"),
            new Entry("BI", "POA", InstrumentStatus.COMMITTED, null, null),
            new Entry("BI", "ITI", InstrumentStatus.COMMITTED, null, null),
            new Entry("BI", "FIREARMS_PROTOCOL", InstrumentStatus.ACCEDED, null, "2012-05-24"),
            new Entry("BI", "ATT", InstrumentStatus.SIGNED, "2013-06-03", null),
            new Entry("BI", "NAIROBI_PROTOCOL", InstrumentStatus.RATIFIED, "2004-04-21", "2005-08-25"),
            new Entry("UG", "POA", InstrumentStatus.COMMITTED, null, null),
            new Entry("UG", "NAIROBI_PROTOCOL", InstrumentStatus.RATIFIED, "2004-04-21", "2005-03-15"),
            new Entry("TZ", "NAIROBI_PROTOCOL", InstrumentStatus.RATIFIED, "2004-04-21", "2006-01-16"),
            new Entry("RW", "ATT", InstrumentStatus.RATIFIED, "2013-06-03", "2015-12-23"));

    public void create() {
        for (Entry entry : ENTRIES) {
            StateView state = registry.stateByIsoCode(entry.iso2()).orElse(null);
            var instrument = reference.instrumentByCode(entry.code()).orElse(null);
            if (state == null || instrument == null) {
                continue;
            }
            reference.recordInstrumentStatus(state.id(), instrument.id(), entry.status(), date(entry.signedOn()),
                    date(entry.depositedOn()), 0);
        }
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
