package org.salwhub.assistance.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.salwhub.assistance.api.AssistanceReferenceFacade;
import org.salwhub.assistance.api.ExchangeRateView;
import org.salwhub.assistance.api.MatchingWeights;
import org.salwhub.assistance.api.TermKind;
import org.salwhub.assistance.api.TermView;
import org.salwhub.assistance.control.MatchingInputsChanged;
import org.salwhub.assistance.entity.ExchangeRate;
import org.salwhub.assistance.entity.Term;
import org.salwhub.assistance.entity.WeightSetting;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/** Vocabularies, exchange rates and matching weights: network members read, staff change. */
@Stateless
public class AssistanceReferenceService implements AssistanceReferenceFacade {

    /** The engine's defaults, used while staff have set none. */
    static final MatchingWeights DEFAULTS = defaults();

    @PersistenceContext
    EntityManager em;

    private static MatchingWeights defaults() {
        org.salwhub.assistance.control.matching.Weights w = org.salwhub.assistance.control.matching.Weights.defaults();
        return new MatchingWeights(w.theme(), w.assistanceType(), w.lines(), w.budget(), w.period(), w.language(),
                w.developing(), w.waiting(), false, 0);
    }

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    Event<MatchingInputsChanged> matchingInputs;

    @Override
    public List<TermView> terms(TermKind kind, boolean includeInactive) {
        requireMember();
        List<Term> terms = kind == null ? em.createNamedQuery("Term.all", Term.class).getResultList()
                : em.createNamedQuery("Term.ofKind", Term.class).setParameter("kind", kind).getResultList();
        return terms.stream().filter(t -> includeInactive || t.active()).map(Term::view).toList();
    }

    @Override
    public Optional<TermView> term(String code) {
        requireMember();
        return Optional.ofNullable(code == null ? null : em.find(Term.class, code)).map(Term::view);
    }

    @Override
    public TermView addTerm(TermKind kind, String code, LocalizedText label, int sortOrder) {
        callers.current().requireStaff();
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(FieldError.of("kind", "required"));
        }
        String clean = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!clean.matches("[A-Z][A-Z0-9_]{1,39}")) {
            errors.add(FieldError.of("code", "term.code"));
        } else if (em.find(Term.class, clean) != null) {
            errors.add(FieldError.of("code", "term.exists", clean));
        }
        checkLabel(errors, label);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Term term = new Term(clean, kind, label, sortOrder);
        em.persist(term);
        em.flush();
        return term.view();
    }

    @Override
    public TermView updateTerm(String code, LocalizedText label, int sortOrder, boolean active, long expectedVersion) {
        callers.current().requireStaff();
        Term term = Optional.ofNullable(code == null ? null : em.find(Term.class, code))
                .orElseThrow(() -> new NotFoundException("Term", String.valueOf(code)));
        List<FieldError> errors = new ArrayList<>();
        checkLabel(errors, label);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        VersionConflictException.check("Term", code, expectedVersion, term.version());
        term.relabel(label, sortOrder, active);
        em.flush();
        return term.view();
    }

    private static void checkLabel(List<FieldError> errors, LocalizedText label) {
        if (label == null) {
            errors.add(FieldError.of("labelEn", "required"));
            return;
        }
        for (String[] text : new String[][] {{"labelEn", label.en()}, {"labelFr", label.fr()}, {"labelAr", label.ar()}}) {
            if (text[1] != null && text[1].trim().length() > Term.LABEL_MAX) {
                String field = text[0];
                errors.add(FieldError.of(field, "tooLong", Term.LABEL_MAX));
            }
        }
    }

    @Override
    public List<ExchangeRateView> exchangeRates() {
        requireMember();
        return em.createNamedQuery("ExchangeRate.all", ExchangeRate.class).getResultStream().map(ExchangeRate::view)
                .toList();
    }

    @Override
    public ExchangeRateView saveExchangeRate(String currency, BigDecimal unitsPerUsd, LocalDate asOf,
                                             long expectedVersion) {
        callers.current().requireStaff();
        List<FieldError> errors = new ArrayList<>();
        String code = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            errors.add(FieldError.of("currency", "currency.format"));
        }
        if (unitsPerUsd == null || unitsPerUsd.signum() <= 0 || unitsPerUsd.compareTo(new BigDecimal("1000000000")) > 0) {
            errors.add(FieldError.of("unitsPerUsd", "rate.range"));
        }
        if (code.equals("USD") && unitsPerUsd != null && unitsPerUsd.compareTo(BigDecimal.ONE) != 0) {
            errors.add(FieldError.of("unitsPerUsd", "rate.usd"));
        }
        if (asOf != null && asOf.isAfter(LocalDate.now(clock))) {
            errors.add(FieldError.of("asOf", "date.future"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate on = asOf == null ? LocalDate.now(clock) : asOf;
        ExchangeRate rate = em.find(ExchangeRate.class, code);
        if (rate == null) {
            VersionConflictException.check("ExchangeRate", code, expectedVersion, 0);
            rate = new ExchangeRate(code, unitsPerUsd, on);
            em.persist(rate);
        } else {
            VersionConflictException.check("ExchangeRate", code, expectedVersion, rate.version());
            rate.record(unitsPerUsd, on);
        }
        matchingInputs.fire(new MatchingInputsChanged("exchange rate " + code));
        em.flush();
        return rate.view();
    }

    @Override
    public Optional<BigDecimal> convert(BigDecimal amount, String from, String to) {
        return org.salwhub.assistance.control.Rates.load(em).convert(amount, from, to);
    }

    @Override
    public MatchingWeights weights() {
        WeightSetting setting = em.find(WeightSetting.class, WeightSetting.ID);
        return setting == null ? DEFAULTS : setting.view();
    }

    @Override
    public MatchingWeights saveWeights(MatchingWeights weights, long expectedVersion) {
        callers.current().requireStaff();
        if (weights == null) {
            throw new ValidationException("weights", "required");
        }
        double[] values = {weights.theme(), weights.assistanceType(), weights.lines(), weights.budget(),
                weights.period(), weights.language(), weights.developing(), weights.waiting()};
        double sum = 0;
        for (double value : values) {
            if (value < 0 || value > 1000 || Double.isNaN(value)) {
                throw new ValidationException("weights", "weights.range");
            }
            sum += value;
        }
        if (sum == 0) {
            throw new ValidationException("weights", "weights.zero");
        }
        WeightSetting setting = em.find(WeightSetting.class, WeightSetting.ID);
        if (setting == null) {
            VersionConflictException.check("MatchingWeights", WeightSetting.ID, expectedVersion, 0);
            setting = new WeightSetting();
            setting.set(weights);
            em.persist(setting);
        } else {
            VersionConflictException.check("MatchingWeights", WeightSetting.ID, expectedVersion, setting.version());
            setting.set(weights);
        }
        matchingInputs.fire(new MatchingInputsChanged("weights"));
        em.flush();
        return setting.view();
    }

    private void requireMember() {
        callers.current().requireNetworkMember("assistance data is for network members");
    }
}
