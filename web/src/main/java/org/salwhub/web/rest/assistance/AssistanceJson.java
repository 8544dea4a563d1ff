package org.salwhub.web.rest.assistance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.CandidateView;
import org.salwhub.assistance.api.Confidentiality;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.LineUnit;
import org.salwhub.assistance.api.LineView;
import org.salwhub.assistance.api.MatchLine;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedContext;
import org.salwhub.assistance.api.NeedDraft;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.OfferDraft;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.assistance.api.Priority;
import org.salwhub.assistance.api.Warning;
import org.salwhub.registry.api.Subregion;
import org.salwhub.web.i18n.AssistanceTexts;
import org.salwhub.web.rest.registry.DirectoryResources;

/** The JSON shapes of needs, offers, matches and candidates; codes stay codes, explanations come in words. */
public final class AssistanceJson {

    private AssistanceJson() {
    }

    public record LineJson(String itemCode, int quantity, String unit, String note, int done, int remaining) {
        static LineJson of(LineView l) {
            return new LineJson(l.itemCode(), l.quantity(), l.unit().name(), l.note(), l.done(), l.remaining());
        }
    }

    public record LineIn(String itemCode, Integer quantity, String unit, String note) {
        LineInput input() {
            return new LineInput(itemCode, quantity,
                    unit == null ? null : DirectoryResources.parse(LineUnit.class, unit, "unit"), note);
        }
    }

    public record WarningJson(String code, List<String> args, String relatedId, String text) {
        static WarningJson of(Warning w, AssistanceTexts texts, Locale locale) {
            return new WarningJson(w.code(), w.args(), w.relatedId(), texts.warning(w, locale));
        }
    }

    public record NeedJson(String id, String stateId, String title, String description, Set<String> themes,
                           Set<String> assistanceTypes, List<LineJson> lines, BigDecimal estimatedCost,
                           String currency, String nationalContribution, String priority, LocalDate periodFrom,
                           LocalDate periodTo, String context, String genderConsiderations, String beneficiaryAgency,
                           String deliverySite, String sourceLink, String confidentiality, Set<String> languages,
                           String sustainmentTraining, String sustainmentMaintenance, String sustainmentLogistics,
                           String status, String reviewComment, String createdBy, Instant createdAt,
                           Instant submittedAt, LocalDate publishedOn, long version, List<WarningJson> warnings) {
        static NeedJson of(NeedView n, AssistanceTexts texts, Locale locale) {
            return new NeedJson(n.id().toString(), n.stateId().toString(), n.title(), n.description(), n.themes(),
                    n.assistanceTypes(), n.lines().stream().map(LineJson::of).toList(), n.estimatedCost(),
                    n.currency(), n.nationalContribution(), name(n.priority()), n.periodFrom(), n.periodTo(),
                    name(n.context()), n.genderConsiderations(), n.beneficiaryAgency(), n.deliverySite(),
                    n.sourceLink(), name(n.confidentiality()), n.languages(), n.sustainmentTraining(),
                    n.sustainmentMaintenance(), n.sustainmentLogistics(), n.status().name(), n.reviewComment(),
                    n.createdBy(), n.createdAt(), n.submittedAt(), n.publishedOn(), n.version(),
                    n.warnings().stream().map(w -> WarningJson.of(w, texts, locale)).toList());
        }
    }

    /** A need as entered; {@code state} is an ISO alpha-2 code or a State ID. */
    public record NeedIn(String state, String title, String description, Set<String> themes,
                         Set<String> assistanceTypes, List<LineIn> lines, BigDecimal estimatedCost, String currency,
                         String nationalContribution, String priority, LocalDate periodFrom, LocalDate periodTo,
                         String context, String genderConsiderations, String beneficiaryAgency, String deliverySite,
                         String sourceLink, String confidentiality, Set<String> languages, String sustainmentTraining,
                         String sustainmentMaintenance, String sustainmentLogistics, Long version) {
        NeedDraft draft(UUID stateId) {
            return new NeedDraft(stateId, title, description, themes, assistanceTypes,
                    lines == null ? List.of() : lines.stream().map(LineIn::input).toList(), estimatedCost, currency,
                    nationalContribution, parse(Priority.class, priority, "priority"), periodFrom, periodTo,
                    parse(NeedContext.class, context, "context"), genderConsiderations, beneficiaryAgency,
                    deliverySite, sourceLink, parse(Confidentiality.class, confidentiality, "confidentiality"),
                    languages, sustainmentTraining, sustainmentMaintenance, sustainmentLogistics);
        }
    }

    public record OfferJson(String id, String organisationId, String title, String description, Set<String> themes,
                            Set<String> assistanceTypes, List<LineJson> lines, BigDecimal budget, String currency,
                            BigDecimal committedBudget, LocalDate validFrom, LocalDate validTo, Set<String> languages,
                            String implementingPartner, Set<String> eligibleStates, Set<String> eligibleSubregions,
                            String conditions, String status, String createdBy, Instant createdAt,
                            LocalDate publishedOn, long version) {
        static OfferJson of(OfferView o) {
            return new OfferJson(o.id().toString(), o.organisationId().toString(), o.title(), o.description(),
                    o.themes(), o.assistanceTypes(), o.lines().stream().map(LineJson::of).toList(), o.budget(),
                    o.currency(), o.committedBudget(), o.validFrom(), o.validTo(), o.languages(),
                    o.implementingPartner(),
                    o.eligibleStates().stream().map(UUID::toString).collect(Collectors.toSet()),
                    o.eligibleSubregions().stream().map(Enum::name).collect(Collectors.toSet()), o.conditions(),
                    o.status().name(), o.createdBy(), o.createdAt(), o.publishedOn(), o.version());
        }
    }

    /** An offer as entered; {@code organisation} is an acronym or an ID; eligible States by ISO code or ID. */
    public record OfferIn(String organisation, String title, String description, Set<String> themes,
                          Set<String> assistanceTypes, List<LineIn> lines, BigDecimal budget, String currency,
                          LocalDate validFrom, LocalDate validTo, Set<String> languages, String implementingPartner,
                          Set<String> eligibleStates, Set<String> eligibleSubregions, String conditions, Long version) {
        OfferDraft draft(UUID organisationId, Set<UUID> states) {
            return new OfferDraft(organisationId, title, description, themes, assistanceTypes,
                    lines == null ? List.of() : lines.stream().map(LineIn::input).toList(), budget, currency,
                    validFrom, validTo, languages, implementingPartner, states,
                    eligibleSubregions == null ? Set.of() : eligibleSubregions.stream()
                            .map(s -> DirectoryResources.parse(Subregion.class, s, "eligibleSubregions"))
                            .collect(Collectors.toSet()), conditions);
        }
    }

    public record ReasonJson(String component, double score, double weight, String messageKey, List<Object> args,
                             String text) {
    }

    public record CandidateJson(String needId, String offerId, String title, String stateId, String organisationId,
                                double total, List<ReasonJson> reasons, String explanation) {
        static CandidateJson of(CandidateView c, AssistanceTexts texts, Locale locale) {
            List<ReasonJson> reasons = c.reasons().stream().map(r -> new ReasonJson(r.component(), r.score(),
                    r.weight(), r.messageKey(), r.args().stream().map(AssistanceJson::plain).toList(),
                    texts.reason(r, locale))).toList();
            return new CandidateJson(c.needId().toString(), c.offerId().toString(), c.title(),
                    c.stateId() == null ? null : c.stateId().toString(),
                    c.organisationId() == null ? null : c.organisationId().toString(), Math.round(c.total() * 10) / 10.0,
                    reasons, String.join("; ", reasons.stream().map(ReasonJson::text).toList()));
        }
    }

    /** JSON-friendly arguments: numbers and strings as they are, lists of codes as lists. */
    private static Object plain(Object arg) {
        if (arg instanceof Number || arg instanceof String || arg instanceof Boolean) {
            return arg;
        }
        if (arg instanceof java.util.Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return String.valueOf(arg);
    }

    public record MatchJson(String id, String needId, String needTitle, String stateId, String offerId,
                            String offerTitle, String organisationId, String status, Double score,
                            List<MatchLine> lines, BigDecimal fundingAmount, String currency, String note,
                            String proposedBy, Instant proposedAt, String recipientBy, Instant recipientAt,
                            String donorBy, Instant donorAt, String confirmedBy, Instant confirmedAt,
                            String closedBy, Instant closedAt, String closeReason, long version,
                            List<WarningJson> warnings) {
        static MatchJson of(MatchView m, AssistanceTexts texts, Locale locale) {
            return new MatchJson(m.id().toString(), m.needId().toString(), m.needTitle(), m.stateId().toString(),
                    m.offerId().toString(), m.offerTitle(), m.organisationId().toString(), m.status().name(),
                    m.score(), m.lines(), m.fundingAmount(), m.currency(), m.note(), m.proposedBy(), m.proposedAt(),
                    m.recipientBy(), m.recipientAt(), m.donorBy(), m.donorAt(), m.confirmedBy(), m.confirmedAt(),
                    m.closedBy(), m.closedAt(), m.closeReason(), m.version(),
                    m.warnings().stream().map(w -> WarningJson.of(w, texts, locale)).toList());
        }
    }

    public record MatchIn(String needId, String offerId, List<MatchLine> lines, BigDecimal fundingAmount,
                          String note) {
    }

    /** A transition: the version the caller saw, and a comment or reason where one is asked for. */
    public record Transition(Long version, String comment) {
    }

    public record PageJson<T>(List<T> items, long total) {
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return value == null || value.isBlank() ? null : DirectoryResources.parse(type, value, field);
    }
}
