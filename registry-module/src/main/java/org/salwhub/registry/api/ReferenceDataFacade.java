package org.salwhub.registry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The registry's reference data beyond the directory: the UN data of the States and the instruments on small
 * arms with each State's status. Everyone may read; only staff change, each change checked against the version
 * the caller last saw.
 */
public interface ReferenceDataFacade {

    /** Every instrument: the global ones, then the regional ones, each in order of adoption. */
    List<InstrumentView> instruments();

    Optional<InstrumentView> instrument(InstrumentId id);

    /** By code, e.g. {@code ATT} or {@code NAIROBI_PROTOCOL}. */
    Optional<InstrumentView> instrumentByCode(String code);

    /**
     * Corrects an instrument's titles or adoption date. Staff only. The adoption may not be in the future nor after
     * a signature or deposit already recorded for it.
     */
    InstrumentView updateInstrument(InstrumentId instrument, InstrumentEdit edit, long expectedVersion);

    /**
     * The State's status for every instrument, in the order of {@link #instruments()}: {@code NOT_PARTY} with
     * version 0 where nothing is recorded.
     *
     * @throws org.salwhub.registry.api.kernel.NotFoundException for an unknown State
     */
    List<StateInstrumentView> instrumentStatuses(StateId state);

    /**
     * The recorded statuses of every State for one instrument (signatories, parties...), by State name.
     *
     * @throws org.salwhub.registry.api.kernel.NotFoundException for an unknown instrument
     */
    List<StateInstrumentView> statesOf(InstrumentId instrument);

    /**
     * Records or corrects a State's status for an instrument. Staff only. The dates must fit the status: a
     * signature date for a signature, ratification, acceptance or approval; a deposit date for every consent to
     * be bound; none for {@code NOT_PARTY} or {@code COMMITTED}; none before the adoption of the instrument,
     * none in the future, no deposit before the signature.
     *
     * @param expectedVersion the version of the {@link StateInstrumentView} the caller saw (0 when none was recorded)
     */
    StateInstrumentView recordInstrumentStatus(StateId state, InstrumentId instrument, InstrumentStatus status,
                                               LocalDate signedOn, LocalDate depositedOn, long expectedVersion);

    /**
     * The UN Member States and the observer States, by English name.
     *
     * @param group     only this regional group, or any when null
     * @param subregion only this M49 subregion, or any when null
     */
    List<StateView> unStates(RegionalGroup group, Subregion subregion);

    /** Changes a State's names and UN data. Staff only. */
    StateView updateStateReference(StateId state, StateReference reference, long expectedVersion);
}
