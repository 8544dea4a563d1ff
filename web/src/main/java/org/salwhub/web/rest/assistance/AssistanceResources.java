package org.salwhub.web.rest.assistance;

import static org.salwhub.web.rest.RequestBodies.required;
import static org.salwhub.web.rest.RequestBodies.version;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.assistance.api.AgeBucket;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.AssistanceReferenceFacade;
import org.salwhub.assistance.api.ExchangeRateView;
import org.salwhub.assistance.api.GapRow;
import org.salwhub.assistance.api.MatchId;
import org.salwhub.assistance.api.MatchProposal;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.MatchingWeights;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedQuery;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferQuery;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.TermKind;
import org.salwhub.assistance.api.TermView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.i18n.AssistanceTexts;
import org.salwhub.web.rest.RegistryRefs;
import org.salwhub.web.rest.RequestLanguage;
import org.salwhub.web.rest.assistance.AssistanceJson.CandidateJson;
import org.salwhub.web.rest.assistance.AssistanceJson.MatchIn;
import org.salwhub.web.rest.assistance.AssistanceJson.MatchJson;
import org.salwhub.web.rest.assistance.AssistanceJson.NeedIn;
import org.salwhub.web.rest.assistance.AssistanceJson.NeedJson;
import org.salwhub.web.rest.assistance.AssistanceJson.OfferIn;
import org.salwhub.web.rest.assistance.AssistanceJson.OfferJson;
import org.salwhub.web.rest.assistance.AssistanceJson.PageJson;
import org.salwhub.web.rest.assistance.AssistanceJson.Transition;
import org.salwhub.web.rest.registry.DirectoryResources;
import org.salwhub.web.security.Accounts;

/**
 * Assistance over HTTP: needs, offers, matches and their candidates, the vocabularies, exchange rates and
 * matching weights. The assistance boundary applies the same access rules as the screens. Explanations and
 * warnings come in the language of {@code Accept-Language}, else the caller's own.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("")
public class AssistanceResources {

    @Inject
    AssistanceFacade assistance;

    @Inject
    AssistanceReferenceFacade reference;

    @Inject
    RegistryFacade registry;

    @Inject
    AssistanceTexts texts;

    @Inject
    Accounts accounts;

    @Context
    HttpHeaders headers;

    // ------------------------------------------------------------------ needs

    @GET
    @Path("needs")
    @Operation(summary = "Needs the caller may see, filtered and paged")
    public PageJson<NeedJson> needs(@QueryParam("q") String text, @QueryParam("theme") String theme,
                                    @QueryParam("state") String state, @QueryParam("subregion") String subregion,
                                    @QueryParam("status") String status, @QueryParam("mine") boolean mine,
                                    @QueryParam("sort") String sort, @QueryParam("asc") boolean asc,
                                    @QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("max") @DefaultValue("50") int max) {
        var page = assistance.needs(new NeedQuery(text, theme, state == null ? null : stateId(state),
                AssistanceJson.parse(Subregion.class, subregion, "subregion"),
                AssistanceJson.parse(NeedStatus.class, status, "status"), mine, sort, asc, first, max));
        Locale locale = locale();
        return new PageJson<>(page.items().stream().map(n -> NeedJson.of(n, texts, locale)).toList(), page.total());
    }

    @POST
    @Path("needs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Files a draft need for a State (its focal point, or staff on its behalf)")
    public Response createNeed(NeedIn in) {
        NeedIn body = required(in);
        NeedView created = assistance.createNeed(body.draft(body.state() == null ? null : stateId(body.state())));
        return Response.status(201).entity(NeedJson.of(created, texts, locale())).build();
    }

    @POST
    @Path("needs/from-declared/{declaredNeed}")
    @Operation(summary = "Staff turn a need declared in a national report into a draft need that keeps the link")
    public Response draftFromDeclaredNeed(@PathParam("declaredNeed") String declaredNeed) {
        org.salwhub.registry.api.reporting.DeclaredNeedId id;
        try {
            id = new org.salwhub.registry.api.reporting.DeclaredNeedId(java.util.UUID.fromString(declaredNeed));
        } catch (IllegalArgumentException e) {
            throw new org.salwhub.registry.api.kernel.NotFoundException("DeclaredNeed", declaredNeed);
        }
        NeedView created = assistance.draftFromDeclaredNeed(id);
        return Response.status(201).entity(NeedJson.of(created, texts, locale())).build();
    }

    @GET
    @Path("needs/{id}")
    public NeedJson need(@PathParam("id") String id) {
        return NeedJson.of(assistance.need(needId(id)), texts, locale());
    }

    @PUT
    @Path("needs/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public NeedJson updateNeed(@PathParam("id") String id, NeedIn in) {
        NeedIn body = required(in);
        NeedView current = assistance.need(needId(id));
        return NeedJson.of(assistance.updateNeed(current.id(), body.draft(current.stateId()), version(body.version())),
                texts, locale());
    }

    @POST
    @Path("needs/{id}/{transition}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves a need: submit, return (with a comment), validate, publish, start-project, fulfil,"
            + " withdraw")
    public NeedJson moveNeed(@PathParam("id") String id, @PathParam("transition") String transition, Transition in) {
        NeedId need = needId(id);
        long version = version(in == null ? null : in.version());
        String comment = in == null ? null : in.comment();
        NeedView moved = switch (transition) {
            case "submit" -> assistance.submitNeed(need, version);
            case "return" -> assistance.returnNeed(need, comment, version);
            case "validate" -> assistance.validateNeed(need, version);
            case "publish" -> assistance.publishNeed(need, version);
            case "start-project" -> assistance.startProject(need, version);
            case "fulfil" -> assistance.fulfilNeed(need, version);
            case "withdraw" -> assistance.withdrawNeed(need, comment, version);
            default -> throw new NotFoundException("Transition", transition);
        };
        return NeedJson.of(moved, texts, locale());
    }

    @GET
    @Path("needs/{id}/candidates")
    @Operation(summary = "Published offers ranked for a need, each with its score and explanation")
    public List<CandidateJson> needCandidates(@PathParam("id") String id,
                                              @QueryParam("limit") @DefaultValue("20") int limit) {
        Locale locale = locale();
        return assistance.candidatesForNeed(needId(id), limit).stream()
                .map(c -> CandidateJson.of(c, texts, locale)).toList();
    }

    // ------------------------------------------------------------------ offers

    @GET
    @Path("offers")
    public PageJson<OfferJson> offers(@QueryParam("q") String text, @QueryParam("theme") String theme,
                                      @QueryParam("organisation") String organisation,
                                      @QueryParam("eligibleState") String eligibleState,
                                      @QueryParam("status") String status, @QueryParam("mine") boolean mine,
                                      @QueryParam("sort") String sort, @QueryParam("asc") boolean asc,
                                      @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("50") int max) {
        var page = assistance.offers(new OfferQuery(text, theme,
                organisation == null ? null : organisationId(organisation),
                eligibleState == null ? null : stateId(eligibleState),
                AssistanceJson.parse(OfferStatus.class, status, "status"), mine, sort, asc, first, max));
        return new PageJson<>(page.items().stream().map(OfferJson::of).toList(), page.total());
    }

    @POST
    @Path("offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Files a draft offer for the donor's organisation")
    public Response createOffer(OfferIn in) {
        OfferIn body = required(in);
        UUID organisation = body.organisation() == null ? null : organisationId(body.organisation());
        return Response.status(201).entity(OfferJson.of(assistance.createOffer(body.draft(organisation,
                states(body.eligibleStates()))))).build();
    }

    @GET
    @Path("offers/{id}")
    public OfferJson offer(@PathParam("id") String id) {
        return OfferJson.of(assistance.offer(offerId(id)));
    }

    @PUT
    @Path("offers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OfferJson updateOffer(@PathParam("id") String id, OfferIn in) {
        OfferIn body = required(in);
        var current = assistance.offer(offerId(id));
        return OfferJson.of(assistance.updateOffer(current.id(), body.draft(current.organisationId(),
                states(body.eligibleStates())), version(body.version())));
    }

    @POST
    @Path("offers/{id}/{transition}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves an offer: publish, withdraw")
    public OfferJson moveOffer(@PathParam("id") String id, @PathParam("transition") String transition,
                               Transition in) {
        long version = version(in == null ? null : in.version());
        return OfferJson.of(switch (transition) {
            case "publish" -> assistance.publishOffer(offerId(id), version);
            case "withdraw" -> assistance.withdrawOffer(offerId(id), in == null ? null : in.comment(), version);
            default -> throw new NotFoundException("Transition", transition);
        });
    }

    @GET
    @Path("offers/{id}/candidates")
    @Operation(summary = "Open needs the caller may see, ranked for an offer, with explanations")
    public List<CandidateJson> offerCandidates(@PathParam("id") String id,
                                               @QueryParam("limit") @DefaultValue("20") int limit) {
        Locale locale = locale();
        return assistance.candidatesForOffer(offerId(id), limit).stream()
                .map(c -> CandidateJson.of(c, texts, locale)).toList();
    }

    // ------------------------------------------------------------------ matches

    @GET
    @Path("matches")
    public List<MatchJson> matches(@QueryParam("need") String need, @QueryParam("offer") String offer,
                                   @QueryParam("status") String status) {
        Locale locale = locale();
        return assistance.matches(Optional.ofNullable(need).map(AssistanceResources::needId),
                        Optional.ofNullable(offer).map(AssistanceResources::offerId),
                        Optional.ofNullable(AssistanceJson.parse(MatchStatus.class, status, "status")))
                .stream().map(m -> MatchJson.of(m, texts, locale)).toList();
    }

    @POST
    @Path("matches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Proposes a match (staff, or the offering donor); without lines the suggested quantities")
    public Response propose(MatchIn in) {
        MatchIn body = required(in);
        var match = assistance.proposeMatch(new MatchProposal(needId(body.needId()), offerId(body.offerId()),
                body.lines(), body.fundingAmount(), body.note()));
        return Response.status(201).entity(MatchJson.of(match, texts, locale())).build();
    }

    @GET
    @Path("matches/{id}")
    public MatchJson match(@PathParam("id") String id) {
        return MatchJson.of(assistance.match(matchId(id)), texts, locale());
    }

    @POST
    @Path("matches/{id}/{transition}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves a match: accept-recipient, accept-donor, confirm (staff), decline")
    public MatchJson moveMatch(@PathParam("id") String id, @PathParam("transition") String transition,
                               Transition in) {
        MatchId match = matchId(id);
        long version = version(in == null ? null : in.version());
        return MatchJson.of(switch (transition) {
            case "accept-recipient" -> assistance.acceptAsRecipient(match, version);
            case "accept-donor" -> assistance.acceptAsDonor(match, version);
            case "confirm" -> assistance.confirmMatch(match, version);
            case "decline" -> assistance.declineMatch(match, in == null ? null : in.comment(), version);
            default -> throw new NotFoundException("Transition", transition);
        }, texts, locale());
    }

    // ------------------------------------------------------------------ gaps

    public record GapJson(List<GapRow> byTheme, List<GapRow> byState, List<AgeBucket> unmatchedByAge) {
    }

    @GET
    @Path("assistance/gaps")
    @Operation(summary = "Requested vs offered vs committed by thematic area and by State; unmatched needs by age")
    public GapJson gaps() {
        return new GapJson(assistance.gapByTheme(), assistance.gapByState(), assistance.unmatchedByAge());
    }

    // ------------------------------------------------------------------ reference data

    public record TermJson(String code, String kind, String labelEn, String labelFr, String labelAr, int sortOrder,
                           boolean active, long version) {
        static TermJson of(TermView t) {
            return new TermJson(t.code(), t.kind().name(), t.label().en(), t.label().fr(), t.label().ar(),
                    t.sortOrder(), t.active(), t.version());
        }
    }

    public record TermIn(String code, String labelEn, String labelFr, String labelAr, Integer sortOrder,
                         Boolean active, Long version) {
        LocalizedText label() {
            if (labelEn == null || labelEn.isBlank()) {
                throw new ValidationException("labelEn", "required");
            }
            return new LocalizedText(labelEn, labelFr, labelAr);
        }
    }

    @GET
    @Path("vocabularies/{kind}")
    @Operation(summary = "A vocabulary: themes, assistance-types, equipment-types or training-topics")
    public List<TermJson> vocabulary(@PathParam("kind") String kind,
                                     @QueryParam("includeInactive") boolean includeInactive) {
        return reference.terms(kind(kind), includeInactive).stream().map(TermJson::of).toList();
    }

    @POST
    @Path("vocabularies/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addTerm(@PathParam("kind") String kind, TermIn in) {
        TermIn body = required(in);
        return Response.status(201).entity(TermJson.of(reference.addTerm(kind(kind), body.code(), body.label(),
                body.sortOrder() == null ? 100 : body.sortOrder()))).build();
    }

    @PUT
    @Path("vocabularies/{kind}/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TermJson updateTerm(@PathParam("kind") String kind, @PathParam("code") String code, TermIn in) {
        TermIn body = required(in);
        TermView current = reference.term(code).filter(t -> t.kind() == kind(kind))
                .orElseThrow(() -> new NotFoundException("Term", code));
        return TermJson.of(reference.updateTerm(code, body.label(),
                body.sortOrder() == null ? current.sortOrder() : body.sortOrder(),
                body.active() == null ? current.active() : body.active(), version(body.version())));
    }

    private static TermKind kind(String kind) {
        return switch (kind) {
            case "themes" -> TermKind.THEME;
            case "assistance-types" -> TermKind.ASSISTANCE_TYPE;
            case "equipment-types" -> TermKind.EQUIPMENT_TYPE;
            case "training-topics" -> TermKind.TRAINING_TOPIC;
            default -> throw new NotFoundException("Vocabulary", kind);
        };
    }

    public record RateIn(BigDecimal unitsPerUsd, LocalDate asOf, Long version) {
    }

    @GET
    @Path("exchange-rates")
    public List<ExchangeRateView> exchangeRates() {
        return reference.exchangeRates();
    }

    @PUT
    @Path("exchange-rates/{currency}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExchangeRateView saveRate(@PathParam("currency") String currency, RateIn in) {
        RateIn body = required(in);
        return reference.saveExchangeRate(currency, body.unitsPerUsd(), body.asOf(),
                body.version() == null ? 0 : body.version());
    }

    @GET
    @Path("matching-weights")
    public MatchingWeights weights() {
        return reference.weights();
    }

    @PUT
    @Path("matching-weights")
    @Consumes(MediaType.APPLICATION_JSON)
    public MatchingWeights saveWeights(MatchingWeights in) {
        MatchingWeights body = required(in);
        return reference.saveWeights(body, body.version());
    }

    // ------------------------------------------------------------------ helpers

    private Locale locale() {
        return RequestLanguage.ofRequestOrCaller(headers, accounts);
    }

    private UUID stateId(String ref) {
        return RegistryRefs.stateId(registry, ref);
    }

    private Set<UUID> states(Set<String> refs) {
        return refs == null ? Set.of() : refs.stream().map(this::stateId).collect(Collectors.toSet());
    }

    private UUID organisationId(String ref) {
        return RegistryRefs.organisationId(registry, ref);
    }

    static NeedId needId(String id) {
        return new NeedId(required(DirectoryResources.uuid(id, "needId")));
    }

    static OfferId offerId(String id) {
        return new OfferId(required(DirectoryResources.uuid(id, "offerId")));
    }

    static MatchId matchId(String id) {
        return new MatchId(required(DirectoryResources.uuid(id, "matchId")));
    }
}
