package org.salwhub.web.ui.assistance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.salwhub.assistance.api.AssistanceReferenceFacade;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.Reason;
import org.salwhub.assistance.api.TermKind;
import org.salwhub.assistance.api.TermView;
import org.salwhub.assistance.api.Warning;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.web.i18n.AssistanceTexts;
import org.salwhub.web.i18n.LanguageSelection;

/** Names the assistance screens show for codes and IDs, in the viewer's language, and the status tag styles. */
@Named
@RequestScoped
public class AssistanceNames {

    @Inject
    AssistanceReferenceFacade reference;

    @Inject
    AssistanceTexts texts;

    @Inject
    RegistryFacade registry;

    @Inject
    LanguageSelection language;

    private final Map<TermKind, List<TermView>> terms = new HashMap<>();
    private Map<UUID, StateView> states;
    private Map<UUID, OrganisationView> organisations;

    private Locale locale() {
        return language.getLocale();
    }

    public String term(String code) {
        return texts.term(code, locale());
    }

    public String terms(Collection<String> codes) {
        return texts.terms(codes, locale());
    }

    public List<TermView> vocabulary(TermKind kind) {
        return terms.computeIfAbsent(kind, k -> reference.terms(k, false));
    }

    public List<TermView> getThemes() {
        return vocabulary(TermKind.THEME);
    }

    public List<TermView> getAssistanceTypes() {
        return vocabulary(TermKind.ASSISTANCE_TYPE);
    }

    /** Equipment types, then training topics: what a line item may name. */
    public List<TermView> getLineItems() {
        List<TermView> items = new java.util.ArrayList<>(vocabulary(TermKind.EQUIPMENT_TYPE));
        items.addAll(vocabulary(TermKind.TRAINING_TOPIC));
        return items;
    }

    public String label(TermView term) {
        return term.label().in(locale());
    }

    private Map<UUID, StateView> states() {
        if (states == null) {
            states = new HashMap<>();
            registry.states().forEach(s -> states.put(s.id().value(), s));
        }
        return states;
    }

    public String state(UUID id) {
        StateView state = id == null ? null : states().get(id);
        return state == null ? "" : state.name().in(locale());
    }

    public String iso(UUID id) {
        StateView state = id == null ? null : states().get(id);
        return state == null ? "" : state.iso2();
    }

    public UUID stateByIso(String iso2) {
        return iso2 == null || iso2.isBlank() ? null
                : registry.stateByIsoCode(iso2.trim()).map(StateView::id).map(StateId::value).orElse(null);
    }

    public List<StateView> getMemberStates() {
        java.text.Collator collator = java.text.Collator.getInstance(locale());
        return registry.memberStates().stream()
                .sorted(Comparator.comparing((StateView s) -> s.name().in(locale()), collator)).toList();
    }

    public String subregion(Subregion subregion) {
        return subregion == null ? "" : org.salwhub.web.i18n.Messages.text(locale(), "reporting.group."
                + subregion.name());
    }

    public Subregion[] getSubregions() {
        return Subregion.values();
    }

    private Map<UUID, OrganisationView> organisations() {
        if (organisations == null) {
            organisations = new HashMap<>();
            registry.organisations().forEach(o -> organisations.put(o.id().value(), o));
        }
        return organisations;
    }

    public String organisation(UUID id) {
        OrganisationView organisation = id == null ? null : organisations().get(id);
        return organisation == null ? "" : organisation.acronym();
    }

    public String organisationName(UUID id) {
        OrganisationView organisation = id == null ? null : organisations().get(id);
        return organisation == null ? "" : organisation.name().in(locale());
    }

    public List<OrganisationView> getDonors() {
        return registry.donorOrganisations();
    }

    public String language(String code) {
        return AssistanceTexts.language(code, locale());
    }

    public String languages(Collection<String> codes) {
        return codes == null ? "" : AssistanceTexts.join(codes.stream().map(this::language).toList(), locale());
    }

    public String reason(Reason reason) {
        return texts.reason(reason, locale());
    }

    public String warning(Warning warning) {
        return texts.warning(warning, locale());
    }

    /** The name of a status, priority, context, confidentiality or unit: {@code <enum type>.<value>}. */
    public String status(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        return org.salwhub.web.i18n.Messages.text(locale(), Character.toLowerCase(type.charAt(0)) + type.substring(1)
                + "." + value.name());
    }

    public String needStyle(NeedStatus status) {
        return switch (status) {
            case PUBLISHED, PARTIALLY_MATCHED -> "tag tag-warn";
            case MATCHED, IN_PROJECT, FULFILLED -> "tag tag-ok";
            case WITHDRAWN, EXPIRED, RETURNED -> "tag tag-bad";
            default -> "tag";
        };
    }

    public String offerStyle(OfferStatus status) {
        return switch (status) {
            case PUBLISHED, PARTIALLY_COMMITTED -> "tag tag-warn";
            case FULLY_COMMITTED -> "tag tag-ok";
            case WITHDRAWN, EXPIRED -> "tag tag-bad";
            default -> "tag";
        };
    }

    public String matchStyle(MatchStatus status) {
        return switch (status) {
            case CONFIRMED -> "tag tag-ok";
            case DECLINED, CANCELLED -> "tag tag-bad";
            default -> "tag tag-warn";
        };
    }

    /** A score bar's width class, in steps of ten. */
    public String scoreClass(double total) {
        return "score score-" + Math.max(0, Math.min(10, (int) Math.round(total / 10)));
    }
}
