package org.salwhub.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salwhub.registry.api.InstrumentEdit;
import org.salwhub.registry.api.InstrumentId;
import org.salwhub.registry.api.InstrumentStatus;
import org.salwhub.registry.api.InstrumentView;
import org.salwhub.registry.api.ReferenceDataFacade;
import org.salwhub.registry.api.RegionalGroup;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateInstrumentView;
import org.salwhub.registry.api.StateReference;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.UnStatus;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.entity.Instrument;
import org.salwhub.registry.entity.State;
import org.salwhub.registry.entity.StateInstrumentStatus;

/** The reference data of the registry: public to read; staff change it, version-checked. */
@Stateless
public class ReferenceDataService implements ReferenceDataFacade {

    private static final String STATUS = "StateInstrumentStatus";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallerContext callers;

    @Override
    public List<InstrumentView> instruments() {
        return allInstruments().stream().map(Instrument::view).toList();
    }

    @Override
    public Optional<InstrumentView> instrument(InstrumentId id) {
        return Optional.ofNullable(em.find(Instrument.class, id.toString())).map(Instrument::view);
    }

    @Override
    public Optional<InstrumentView> instrumentByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Instrument.byCode", Instrument.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().map(Instrument::view);
    }

    @Override
    public InstrumentView updateInstrument(InstrumentId id, InstrumentEdit edit, long expectedVersion) {
        callers.current().requireStaff();
        if (edit == null) {
            throw new ValidationException("instrument", "required");
        }
        Instrument instrument = requireInstrument(id);
        VersionConflictException.check("Instrument", id.toString(), expectedVersion, instrument.version());
        Object[] earliest = em.createNamedQuery("StateInstrumentStatus.earliestDates", Object[].class)
                .setParameter("instrument", id.toString())
                .getSingleResult();
        LocalDate earliestRecorded = java.util.stream.Stream.of(earliest)
                .filter(LocalDate.class::isInstance).map(LocalDate.class::cast)
                .min(LocalDate::compareTo).orElse(null);
        instrument.update(edit, LocalDate.now(clock), earliestRecorded);
        em.flush();
        return instrument.view();
    }

    @Override
    public List<StateInstrumentView> instrumentStatuses(StateId state) {
        State found = requireState(state);
        Map<String, StateInstrumentStatus> recorded = em
                .createNamedQuery("StateInstrumentStatus.byState", StateInstrumentStatus.class)
                .setParameter("state", state.toString())
                .getResultStream()
                .collect(Collectors.toMap(s -> s.view().instrument().toString(), Function.identity()));
        return allInstruments().stream()
                .map(i -> Optional.ofNullable(recorded.get(i.instrumentId().toString()))
                        .map(StateInstrumentStatus::view)
                        .orElseGet(() -> StateInstrumentStatus.notRecorded(found.stateId(), i)))
                .toList();
    }

    @Override
    public List<StateInstrumentView> statesOf(InstrumentId instrument) {
        requireInstrument(instrument);
        Map<StateId, String> names = em.createNamedQuery("State.all", State.class).getResultStream()
                .collect(Collectors.toMap(State::stateId, State::nameEn));
        return em.createNamedQuery("StateInstrumentStatus.byInstrument", StateInstrumentStatus.class)
                .setParameter("instrument", instrument.toString())
                .getResultStream()
                .map(StateInstrumentStatus::view)
                .sorted(java.util.Comparator.comparing((StateInstrumentView v) -> names.getOrDefault(v.state(), "")))
                .toList();
    }

    @Override
    public StateInstrumentView recordInstrumentStatus(StateId state, InstrumentId instrument, InstrumentStatus status,
                                                      LocalDate signedOn, LocalDate depositedOn, long expectedVersion) {
        callers.current().requireStaff();
        if (state == null) {
            throw new ValidationException("state", "required");
        }
        if (instrument == null) {
            throw new ValidationException("instrument", "required");
        }
        requireState(state);
        Instrument found = requireInstrument(instrument);
        String key = state + "/" + instrument;
        StateInstrumentStatus entry = em.createNamedQuery("StateInstrumentStatus.of", StateInstrumentStatus.class)
                .setParameter("state", state.toString())
                .setParameter("instrument", instrument.toString())
                .getResultStream().findFirst().orElse(null);
        boolean created = entry == null;
        if (created) {
            VersionConflictException.check(STATUS, key, expectedVersion, 0);
            entry = new StateInstrumentStatus(UUID.randomUUID(), state, found);
        } else {
            VersionConflictException.check(STATUS, key, expectedVersion, entry.version());
        }
        entry.record(status, signedOn, depositedOn, LocalDate.now(clock));
        try {
            if (created) {
                em.persist(entry);
            }
            em.flush();
        } catch (PersistenceException e) {
            if (created) {
                // someone recorded a status for the same State and instrument meanwhile (unique key)
                throw new VersionConflictException(STATUS, key, expectedVersion, 1);
            }
            throw e;
        }
        return entry.view();
    }

    @Override
    public List<StateView> unStates(RegionalGroup group, Subregion subregion) {
        return em.createNamedQuery("State.unStates", State.class)
                .setParameter("nonMember", UnStatus.NON_MEMBER)
                .getResultStream()
                .map(State::view)
                .filter(s -> group == null || s.regionalGroup() == group)
                .filter(s -> subregion == null || s.subregion() == subregion)
                .toList();
    }

    @Override
    public StateView updateStateReference(StateId id, StateReference reference, long expectedVersion) {
        callers.current().requireStaff();
        if (reference == null) {
            throw new ValidationException("reference", "required");
        }
        State state = requireState(id);
        VersionConflictException.check("State", id.toString(), expectedVersion, state.version());
        state.updateReference(reference);
        em.flush();
        return state.view();
    }

    private List<Instrument> allInstruments() {
        return em.createNamedQuery("Instrument.all", Instrument.class).getResultList();
    }

    private State requireState(StateId id) {
        return NotFoundException.requireFound(id == null ? null : em.find(State.class, id.toString()), "State", id);
    }

    private Instrument requireInstrument(InstrumentId id) {
        return NotFoundException.requireFound(id == null ? null : em.find(Instrument.class, id.toString()),
                "Instrument", id);
    }
}
