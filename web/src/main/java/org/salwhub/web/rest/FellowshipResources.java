package org.salwhub.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.assistance.api.fellowship.CallDetails;
import org.salwhub.assistance.api.fellowship.CallId;
import org.salwhub.assistance.api.fellowship.CallStatus;
import org.salwhub.assistance.api.fellowship.CallView;
import org.salwhub.assistance.api.fellowship.CohortBalance;
import org.salwhub.assistance.api.fellowship.CohortFellowView;
import org.salwhub.assistance.api.fellowship.CohortSessionView;
import org.salwhub.assistance.api.fellowship.FellowshipCallReport;
import org.salwhub.assistance.api.fellowship.FellowshipCount;
import org.salwhub.assistance.api.fellowship.FellowNomination;
import org.salwhub.assistance.api.fellowship.FellowshipFacade;
import org.salwhub.assistance.api.fellowship.FellowshipFollowUpEntry;
import org.salwhub.assistance.api.fellowship.FellowshipFollowUpView;
import org.salwhub.assistance.api.fellowship.FellowshipLedgerEntry;
import org.salwhub.assistance.api.fellowship.FellowshipLedgerKind;
import org.salwhub.assistance.api.fellowship.FellowshipLedgerLine;
import org.salwhub.assistance.api.fellowship.FellowshipLedgerStatus;
import org.salwhub.assistance.api.fellowship.FellowshipSpending;
import org.salwhub.assistance.api.fellowship.NominationApplication;
import org.salwhub.assistance.api.fellowship.NominationDecision;
import org.salwhub.assistance.api.fellowship.NominationFile;
import org.salwhub.assistance.api.fellowship.NominationId;
import org.salwhub.assistance.api.fellowship.NominationRanking;
import org.salwhub.assistance.api.fellowship.NominationRequest;
import org.salwhub.assistance.api.fellowship.NominationView;
import org.salwhub.assistance.api.fellowship.ReviewAssignmentResult;
import org.salwhub.assistance.api.fellowship.ReviewAssignmentView;
import org.salwhub.assistance.api.fellowship.ReviewDeclaration;
import org.salwhub.assistance.api.fellowship.ReviewScoreSheet;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.export.FellowshipPdfs;
import org.salwhub.web.i18n.Languages;
import org.salwhub.web.security.Accounts;
import org.salwhub.web.security.CreatedAccount;
import org.salwhub.web.security.FellowshipReviewers;

/**
 * The fellowship programme over HTTP: calls, nominations with their application and note verbale, review
 * assignments and scores, the selection, the cohort, ledgers, follow-ups and reports. The rules are the
 * boundary's, the same as on the screens.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("fellowship-calls")
public class FellowshipResources {

    @Inject
    FellowshipFacade fellowships;

    @Inject
    FellowshipReviewers reviewers;

    @Inject
    RegistryFacade registry;

    @Inject
    CallerContext callers;

    @Inject
    Accounts accounts;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    // ------------------------------------------------------------------ JSON shapes

    public record CallJson(String id, String status, int nominations, long version, CallDetails details) {
        static CallJson of(CallView c) {
            return new CallJson(c.id().toString(), c.status().name(), c.nominations(), c.version(), c.details());
        }
    }

    public record CallInput(CallDetails details, Long version) {
    }

    public record StatusInput(String status, Long version) {
    }

    public record NominationJson(String id, String callId, String stateId, String personId, String nomineeName,
                                 String latinName, NominationApplication application, String noteVerbaleName,
                                 long noteVerbaleSize, boolean eligible, List<String> ineligibility,
                                 boolean overridden, String overrideReason, String status, String decisionReason,
                                 Integer waitlistRank, LocalDate offerDeadline, boolean onlineCompleted,
                                 String nominatedBy, Instant nominatedAt, long version) {
        static NominationJson of(NominationView n) {
            return new NominationJson(n.id().toString(), n.callId().toString(), n.stateId().toString(),
                    n.personId().toString(), n.nomineeName(), n.latinName(), n.application(), n.noteVerbaleName(),
                    n.noteVerbaleSize(), n.eligible(), n.ineligibility(), n.overridden(), n.overrideReason(),
                    n.status().name(), n.decisionReason(), n.waitlistRank(), n.offerDeadline(), n.onlineCompleted(),
                    n.nominatedBy(), n.nominatedAt(), n.version());
        }
    }

    /** A file in JSON: its name, type and content in Base64. */
    public record FileInput(String fileName, String contentType, String base64) {
        NominationFile file() {
            try {
                return new NominationFile(fileName, contentType, base64 == null ? new byte[0]
                        : Base64.getMimeDecoder().decode(base64));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("noteVerbale", "fellowship.file.encoding");
            }
        }
    }

    public record PersonInput(String honorific, String givenName, String familyName, String latinName, String email,
                              String phone) {
    }

    public record NominationInput(String stateId, String personId, PersonInput person,
                                  NominationApplication application, FileInput noteVerbale) {
    }

    public record ApplicationInput(NominationApplication application, Long version) {
    }

    public record EligibilityInput(Boolean eligible, String reason, Long version) {
    }

    public record VersionInput(Long version) {
    }

    public record Quota(String stateId, int left) {
    }

    public record AssignmentJson(String id, String nominationId, String callId, String reviewer, String nomineeName,
                                 String stateId, NominationApplication application, Map<String, Integer> scores,
                                 String comment, Instant submittedAt, Double weightedScore, long version) {
        static AssignmentJson of(ReviewAssignmentView a) {
            Map<String, Integer> scores = new HashMap<>();
            a.scores().forEach((k, v) -> scores.put(k.toString(), v));
            return new AssignmentJson(a.id().toString(), a.nominationId().toString(), a.callId().toString(),
                    a.reviewer(), a.nomineeName(), a.stateId().toString(), a.application(), scores, a.comment(),
                    a.submittedAt(), a.weightedScore(), a.version());
        }
    }

    public record AssignmentResultJson(int assigned, Map<String, Integer> loadByReviewer,
                                       List<String> shortOfReviewers) {
        static AssignmentResultJson of(ReviewAssignmentResult r) {
            return new AssignmentResultJson(r.assigned(), r.loadByReviewer(),
                    r.shortOfReviewers().stream().map(NominationId::toString).toList());
        }
    }

    public record ScoreInput(Map<String, Integer> scores, String comment, Long version) {
    }

    /**
     * A reviewer's declaration: State (ISO code or ID), organisation, and the registry agency ({@code agencyId}, one
     * of the State's agencies; {@code agency} its name, or, as input, a name of one of them).
     */
    public record DeclarationJson(String username, String stateId, String organisationId, String agencyId,
                                  String agency, Long version) {
        static DeclarationJson of(ReviewDeclaration d) {
            return new DeclarationJson(d.username(), str(d.stateId()), str(d.organisationId()),
                    d.agencyId() == null ? null : d.agencyId().toString(), d.agency(), d.version());
        }
    }

    public record RankingJson(int rank, NominationJson nomination, Double meanScore, Double spread, int reviews,
                              int assigned) {
        static RankingJson of(NominationRanking r) {
            return new RankingJson(r.rank(), NominationJson.of(r.nomination()), r.meanScore(), r.spread(),
                    r.reviews(), r.assigned());
        }
    }

    public record BalanceJson(int seats, int selected, int women, double womenPercent, int womenTargetPercent,
                              boolean womenTargetMet, int states, int subregions, int developing,
                              double developingPercent, int developingTargetPercent, boolean developingTargetMet) {
        static BalanceJson of(CohortBalance b) {
            return new BalanceJson(b.seats(), b.selected(), b.women(), b.womenPercent(), b.womenTargetPercent(),
                    b.womenTargetMet(), b.states(), b.subregions(), b.developing(), b.developingPercent(),
                    b.developingTargetPercent(), b.developingTargetMet());
        }
    }

    public record SelectionJson(CallJson call, List<RankingJson> ranking, BalanceJson balance) {
    }

    public record DecisionInput(String decision, String reason, LocalDate offerDeadline, Long version) {
    }

    public record AnswerInput(Boolean accept, Long version) {
    }

    /**
     * The day a timer's job runs for: today by default, or an earlier day. A later day would lapse offers and send
     * reminders before their time, so it is accepted only where the server runs with
     * {@code -Dsalwhub.clock.future=true} (the integration tests).
     */
    public record LapseInput(LocalDate today) {

        static LocalDate day(LapseInput input) {
            LocalDate now = LocalDate.now();
            if (input == null || input.today() == null) {
                return now;
            }
            if (input.today().isAfter(now) && !Boolean.getBoolean("salwhub.clock.future")) {
                throw new ValidationException("today", "date.future");
            }
            return input.today();
        }
    }

    public record Count(int count) {
    }

    /** One call a fellow was nominated to, as they see it, with what they may do now and their ledger. */
    public record FellowNominationJson(CallJson call, NominationJson nomination, boolean applicationEditable,
                                       boolean offerOpen, boolean visaLetter, boolean certificate,
                                       List<LedgerJson> ledger) {
        static FellowNominationJson of(FellowNomination f) {
            return new FellowNominationJson(CallJson.of(f.call()), NominationJson.of(f.nomination()),
                    f.applicationEditable(), f.offerOpen(), f.visaLetter(), f.certificate(),
                    f.ledger().stream().map(LedgerJson::of).toList());
        }
    }

    /** Staff's request for a nominee's account: the user name, or none for the suggested one. */
    public record NomineeAccountInput(String username) {
    }

    /** The nominee's new account, with its one-time password, shown this once. */
    public record NomineeAccountJson(String username, String displayName, String email, String personId,
                                     String preferredLanguage, String oneTimePassword) {
        static NomineeAccountJson of(CreatedAccount created) {
            var a = created.account();
            return new NomineeAccountJson(a.username(), a.displayName(), a.email(), str(a.personId()),
                    a.preferredLanguage(), created.oneTimePassword());
        }
    }

    public record SessionInput(String title, LocalDate heldOn) {
    }

    public record SessionJson(String id, String title, LocalDate heldOn) {
        static SessionJson of(CohortSessionView s) {
            return new SessionJson(s.id().toString(), s.title(), s.heldOn());
        }
    }

    public record FellowJson(NominationJson fellow, List<String> sessionsAttended, int sessions, boolean completed) {
        static FellowJson of(CohortFellowView f) {
            return new FellowJson(NominationJson.of(f.fellow()), f.sessionsAttended().stream().map(UUID::toString)
                    .sorted().toList(), f.sessions(), f.completed());
        }
    }

    public record CohortJson(CallJson call, List<SessionJson> sessions, List<FellowJson> fellows) {
    }

    public record AttendanceInput(Boolean present) {
    }

    public record CompletionInput(Boolean completed, Long version) {
    }

    public record LedgerInput(String kind, String description, BigDecimal amount, String currency, String status,
                              String donorId, Long version) {
        FellowshipLedgerEntry entry() {
            return new FellowshipLedgerEntry(kind == null ? null : DirectoryResources.parse(FellowshipLedgerKind.class,
                    kind, "kind"), description, amount, currency,
                    status == null ? null : DirectoryResources.parse(FellowshipLedgerStatus.class, status, "status"),
                    DirectoryResources.uuid(donorId, "donorId"));
        }
    }

    public record LedgerJson(String id, String nominationId, String kind, String description, BigDecimal amount,
                             String currency, String status, String donorId, long version) {
        static LedgerJson of(FellowshipLedgerLine l) {
            FellowshipLedgerEntry e = l.entry();
            return new LedgerJson(l.id().toString(), l.nominationId().toString(), e.kind().name(), e.description(),
                    e.amount(), e.currency(), e.status().name(), str(e.donorId()), l.version());
        }
    }

    public record FollowUpJson(String id, String nominationId, String fellowName, String stateId, int months,
                               LocalDate dueOn, LocalDate recordedOn, FellowshipFollowUpEntry entry, long version) {
        static FollowUpJson of(FellowshipFollowUpView f) {
            return new FollowUpJson(f.id().toString(), f.nominationId().toString(), f.fellowName(),
                    f.stateId().toString(), f.months(), f.dueOn(), f.recordedOn(), f.entry(), f.version());
        }
    }

    public record FollowUpInput(FellowshipFollowUpEntry entry, Long version) {
    }

    public record ReportJson(CallJson call, int applications, List<FellowshipCount> byState,
                             List<FellowshipCount> bySubregion, List<FellowshipCount> bySex, int selected,
                             int fellows, int completed, double selectionRatePercent, double completionRatePercent,
                             List<SpendingJson> spending) {
    }

    public record SpendingJson(String donorId, String currency, BigDecimal planned, BigDecimal approved,
                               BigDecimal paid) {
        static SpendingJson of(FellowshipSpending s) {
            return new SpendingJson(str(s.donorId()), s.currency(), s.planned(), s.approved(), s.paid());
        }
    }

    // ------------------------------------------------------------------ calls

    @GET
    @Operation(summary = "Fellowship calls the caller may see (drafts: staff only)")
    public List<CallJson> calls() {
        return fellowships.calls().stream().map(CallJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a call as a draft (staff)")
    public Response create(CallInput input) {
        if (input == null || input.details() == null) {
            throw new ValidationException("details", "required");
        }
        CallView call = fellowships.createCall(input.details());
        return Response.status(201).entity(CallJson.of(call)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "A fellow's own nominations: every call they were nominated to, with its status, what they"
            + " may do now (complete the application, answer the offer, download the visa letter or certificate)"
            + " and their ledger (fellows only)")
    public List<FellowNominationJson> mine() {
        return fellowships.myNominations().stream().map(FellowNominationJson::of).toList();
    }

    @GET
    @Path("{id}")
    public CallJson call(@PathParam("id") String id) {
        return fellowships.call(callId(id)).map(CallJson::of).orElseThrow(() -> new NotFoundException("FellowshipCall", id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a call (staff); 409 when the version is stale")
    public CallJson update(@PathParam("id") String id, CallInput input) {
        if (input == null || input.details() == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return CallJson.of(fellowships.updateCall(callId(id), input.details(), input.version()));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a call to its next status (staff): DRAFT, OPEN, CLOSED, IN_REVIEW, SELECTION,"
            + " COHORT_RUNNING, COMPLETED")
    public CallJson move(@PathParam("id") String id, StatusInput input) {
        if (input == null || input.status() == null || input.version() == null) {
            throw new ValidationException("status", "required");
        }
        return CallJson.of(fellowships.moveCall(callId(id), DirectoryResources.parse(CallStatus.class, input.status(),
                "status"), input.version()));
    }

    // ------------------------------------------------------------------ nominations

    @GET
    @Path("{id}/nominations")
    @Operation(summary = "Nominations of a call: all for staff, their own State's for a focal point")
    public List<NominationJson> nominations(@PathParam("id") String id) {
        return fellowships.nominations(callId(id)).stream().map(NominationJson::of).toList();
    }

    @GET
    @Path("{id}/quota")
    @Operation(summary = "How many more nominations a State may make (its focal point or staff)")
    public Quota quota(@PathParam("id") String id, @QueryParam("state") String state) {
        UUID stateId = stateRef(state);
        return new Quota(stateId.toString(), fellowships.quotaLeft(callId(id), stateId));
    }

    @POST
    @Path("{id}/nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nominate a registry person, or a new one, with the application and the note verbale"
            + " (PDF, JPEG or PNG in Base64, at most 5 MB): the State's focal point or staff, within quota and deadline")
    public Response nominate(@PathParam("id") String id, NominationInput input) {
        if (input == null) {
            throw new ValidationException("stateId", "required");
        }
        PersonInput p = input.person();
        PersonDetails newPerson = p == null ? null : new PersonDetails(null, null, null, p.honorific(), p.givenName(),
                p.familyName(), p.latinName(), input.application() == null ? Sex.UNDISCLOSED
                : input.application().sex(), null, p.email(), null, p.phone(), null, null, null);
        UUID personId = DirectoryResources.uuid(input.personId(), "personId");
        NominationView created = fellowships.nominate(callId(id), new NominationRequest(stateRef(input.stateId()),
                personId == null ? null : new PersonId(personId), newPerson, input.application(),
                input.noteVerbale() == null ? null : input.noteVerbale().file()));
        return Response.status(201).entity(NominationJson.of(created)).build();
    }

    @GET
    @Path("{id}/nominations/{nid}")
    public NominationJson nomination(@PathParam("id") String id, @PathParam("nid") String nid) {
        return fellowships.nomination(nominationId(nid)).map(NominationJson::of)
                .orElseThrow(() -> new NotFoundException("Nomination", nid));
    }

    @PUT
    @Path("{id}/nominations/{nid}/application")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete or correct the application (the State's focal point or the nominee while the call is"
            + " open, or staff)")
    public NominationJson application(@PathParam("id") String id, @PathParam("nid") String nid,
                                      ApplicationInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return NominationJson.of(fellowships.updateApplication(nominationId(nid), input.application(), input.version()));
    }

    @POST
    @Path("{id}/nominations/{nid}/eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Override the eligibility screening with a reason (staff); eligible=null returns to it")
    public NominationJson eligibility(@PathParam("id") String id, @PathParam("nid") String nid,
                                      EligibilityInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return NominationJson.of(fellowships.overrideEligibility(nominationId(nid), input.eligible(), input.reason(),
                input.version()));
    }

    @POST
    @Path("{id}/nominations/{nid}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public NominationJson withdraw(@PathParam("id") String id, @PathParam("nid") String nid, VersionInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return NominationJson.of(fellowships.withdraw(nominationId(nid), input.version()));
    }

    @POST
    @Path("{id}/nominations/{nid}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the nominee an account of their own (staff): a FELLOW account bound to the nominee's"
            + " registry person, named after their e-mail address unless a username is given, with a one-time"
            + " password shown only in this answer")
    public Response nomineeAccount(@PathParam("id") String id, @PathParam("nid") String nid,
                                   NomineeAccountInput input) {
        CreatedAccount created = accounts.createForNominee(nominationId(nid), input == null ? null : input.username());
        return Response.status(201).entity(NomineeAccountJson.of(created)).build();
    }

    @GET
    @Path("{id}/nominations/{nid}/note-verbale")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "The note verbale (staff, the nominating State's focal point, or the nominee)")
    public Response noteVerbale(@PathParam("id") String id, @PathParam("nid") String nid) {
        NominationFile file = fellowships.noteVerbale(nominationId(nid));
        return download(file.content(), file.contentType(), file.fileName());
    }

    // ------------------------------------------------------------------ review

    @GET
    @Path("{id}/review-assignments")
    @Operation(summary = "Review assignments of a call: all for staff, a reviewer's own otherwise")
    public List<AssignmentJson> assignments(@PathParam("id") String id) {
        CallId call = callId(id);
        if (callers.current().isStaff()) {
            return fellowships.assignments(call).stream().map(AssignmentJson::of).toList();
        }
        return fellowships.myAssignments().stream().filter(a -> a.callId().equals(call)).map(AssignmentJson::of)
                .toList();
    }

    @POST
    @Path("{id}/review-assignments")
    @Operation(summary = "Assign the enabled reviewer accounts automatically, balancing load and excluding"
            + " conflicts of interest (staff; the call must be in review)")
    public AssignmentResultJson assign(@PathParam("id") String id) {
        return AssignmentResultJson.of(fellowships.assignReviewers(callId(id), reviewers.candidates()));
    }

    @PUT
    @Path("{id}/review-assignments/{aid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score an assignment: every criterion 0 to 5 (the assigned reviewer, until the review deadline)")
    public AssignmentJson score(@PathParam("id") String id, @PathParam("aid") String aid, ScoreInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        Map<UUID, Integer> scores = new HashMap<>();
        if (input.scores() != null) {
            input.scores().forEach((k, v) -> scores.put(DirectoryResources.uuid(k, "scores"), v));
        }
        return AssignmentJson.of(fellowships.score(DirectoryResources.uuid(aid, "id"),
                new ReviewScoreSheet(scores, input.comment()), input.version()));
    }

    @GET
    @Path("reviewers/{username}/declaration")
    public DeclarationJson declaration(@PathParam("username") String username) {
        return DeclarationJson.of(fellowships.declaration(username));
    }

    @PUT
    @Path("reviewers/{username}/declaration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A reviewer's declaration of interests: State, organisation, and the registry agency they work"
            + " for (agencyId, one of the State's agencies; or agency, one of their names) (the reviewer or staff)")
    public DeclarationJson declare(@PathParam("username") String username, DeclarationJson input) {
        if (input == null) {
            throw new ValidationException("username", "required");
        }
        UUID agencyId = DirectoryResources.uuid(input.agencyId(), "agencyId");
        return DeclarationJson.of(fellowships.declare(new ReviewDeclaration(username,
                input.stateId() == null ? null : stateRef(input.stateId()),
                DirectoryResources.uuid(input.organisationId(), "organisationId"),
                agencyId == null ? null : new org.salwhub.registry.api.directory.AgencyId(agencyId), input.agency(),
                input.version() == null ? 0 : input.version())));
    }

    // ------------------------------------------------------------------ selection

    @GET
    @Path("{id}/selection")
    @Operation(summary = "The ranked list with the cohort's balance against the targets (staff)")
    public SelectionJson selection(@PathParam("id") String id) {
        var board = fellowships.selectionBoard(callId(id));
        return new SelectionJson(CallJson.of(board.call()), board.ranking().stream().map(RankingJson::of).toList(),
                BalanceJson.of(board.balance()));
    }

    @POST
    @Path("{id}/nominations/{nid}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Select (offer with an acceptance deadline), waitlist or reject, with a reason (staff)")
    public NominationJson decide(@PathParam("id") String id, @PathParam("nid") String nid, DecisionInput input) {
        if (input == null || input.decision() == null || input.version() == null) {
            throw new ValidationException("decision", "required");
        }
        return NominationJson.of(fellowships.decide(nominationId(nid), DirectoryResources.parse(
                NominationDecision.class, input.decision(), "decision"), input.reason(), input.offerDeadline(),
                input.version()));
    }

    @POST
    @Path("{id}/nominations/{nid}/offer-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The fellow accepts or declines the offer (themselves, or recorded by the State's focal point"
            + " or staff); a decline promotes the first waitlisted")
    public NominationJson answer(@PathParam("id") String id, @PathParam("nid") String nid, AnswerInput input) {
        if (input == null || input.accept() == null || input.version() == null) {
            throw new ValidationException("accept", "required");
        }
        return NominationJson.of(fellowships.answerOffer(nominationId(nid), input.accept(), input.version()));
    }

    @POST
    @Path("lapsed-offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lapse the offers whose deadline passed before the given day (default today) and promote"
            + " the next waitlisted (staff; a daily timer does the same)")
    public Count lapse(LapseInput input) {
        return new Count(fellowships.lapseOverdueOffers(LapseInput.day(input)));
    }

    @POST
    @Path("follow-up-reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remind staff and focal points of the alumni follow-ups due within two weeks of the given day"
            + " (default today), once each (staff; a daily timer does the same)")
    public Count remind(LapseInput input) {
        return new Count(fellowships.remindDueFollowUps(LapseInput.day(input)));
    }

    // ------------------------------------------------------------------ cohort

    @GET
    @Path("{id}/cohort")
    public CohortJson cohort(@PathParam("id") String id) {
        var cohort = fellowships.cohort(callId(id));
        return new CohortJson(CallJson.of(cohort.call()), cohort.sessions().stream().map(SessionJson::of).toList(),
                cohort.fellows().stream().map(FellowJson::of).toList());
    }

    @POST
    @Path("{id}/cohort/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSession(@PathParam("id") String id, SessionInput input) {
        if (input == null) {
            throw new ValidationException("title", "required");
        }
        return Response.status(201).entity(SessionJson.of(fellowships.addSession(callId(id), input.title(),
                input.heldOn()))).build();
    }

    @PUT
    @Path("{id}/cohort/sessions/{sid}/attendance/{nid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attendance(@PathParam("id") String id, @PathParam("sid") String sid,
                               @PathParam("nid") String nid, AttendanceInput input) {
        fellowships.recordAttendance(DirectoryResources.uuid(sid, "session"), nominationId(nid),
                input != null && Boolean.TRUE.equals(input.present()));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/nominations/{nid}/online-completion")
    @Consumes(MediaType.APPLICATION_JSON)
    public NominationJson online(@PathParam("id") String id, @PathParam("nid") String nid, CompletionInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return NominationJson.of(fellowships.recordOnlineCompletion(nominationId(nid),
                Boolean.TRUE.equals(input.completed()), input.version()));
    }

    @GET
    @Path("{id}/nominations/{nid}/certificate")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The certificate of a fellow who completed under the call's rule (PDF)")
    public Response certificate(@PathParam("id") String id, @PathParam("nid") String nid,
                                @QueryParam("lang") String lang) {
        var letter = fellowships.certificate(nominationId(nid));
        var state = registry.state(new StateId(letter.fellow().stateId())).orElse(null);
        return download(FellowshipPdfs.certificate(letter, state, locale(lang)), "application/pdf",
                "certificate.pdf");
    }

    @GET
    @Path("{id}/nominations/{nid}/visa-letter")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The visa invitation letter of a selected fellow (PDF)")
    public Response visaLetter(@PathParam("id") String id, @PathParam("nid") String nid,
                               @QueryParam("lang") String lang) {
        var letter = fellowships.visaInvitation(nominationId(nid));
        var state = registry.state(new StateId(letter.fellow().stateId())).orElse(null);
        return download(FellowshipPdfs.visaInvitation(letter, state, locale(lang)), "application/pdf",
                "visa-invitation.pdf");
    }

    // ------------------------------------------------------------------ ledger and alumni

    @GET
    @Path("{id}/nominations/{nid}/ledger")
    public List<LedgerJson> ledger(@PathParam("id") String id, @PathParam("nid") String nid) {
        return fellowships.ledger(nominationId(nid)).stream().map(LedgerJson::of).toList();
    }

    @POST
    @Path("{id}/nominations/{nid}/ledger")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a stipend or travel entry: kind, amount, currency, status, donor (staff)")
    public Response addLedger(@PathParam("id") String id, @PathParam("nid") String nid, LedgerInput input) {
        if (input == null) {
            throw new ValidationException("kind", "required");
        }
        return Response.status(201).entity(LedgerJson.of(fellowships.addLedgerEntry(nominationId(nid),
                input.entry()))).build();
    }

    @PUT
    @Path("{id}/nominations/{nid}/ledger/{lid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LedgerJson updateLedger(@PathParam("id") String id, @PathParam("nid") String nid,
                                   @PathParam("lid") String lid, LedgerInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return LedgerJson.of(fellowships.updateLedgerEntry(DirectoryResources.uuid(lid, "id"), input.entry(),
                input.version()));
    }

    @GET
    @Path("{id}/follow-ups")
    public List<FollowUpJson> followUps(@PathParam("id") String id) {
        return fellowships.followUps(callId(id)).stream().map(FollowUpJson::of).toList();
    }

    @PUT
    @Path("{id}/follow-ups/{fid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowUpJson recordFollowUp(@PathParam("id") String id, @PathParam("fid") String fid,
                                       FollowUpInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return FollowUpJson.of(fellowships.recordFollowUp(DirectoryResources.uuid(fid, "id"), input.entry(),
                input.version()));
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "Applications by State, subregion and sex; selection and completion rates; spending by donor")
    public ReportJson report(@PathParam("id") String id) {
        FellowshipCallReport r = fellowships.report(callId(id));
        return new ReportJson(CallJson.of(r.call()), r.applications(), r.byState(), r.bySubregion(), r.bySex(),
                r.selected(), r.fellows(), r.completed(), r.selectionRatePercent(), r.completionRatePercent(),
                r.spending().stream().map(SpendingJson::of).toList());
    }

    // ------------------------------------------------------------------ helpers

    private static Response download(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private Locale locale(String lang) {
        if (lang != null && Languages.isSupported(lang)) {
            return Languages.locale(lang);
        }
        if (headers != null && !headers.getAcceptableLanguages().isEmpty()) {
            return Languages.locale(Languages.negotiate(java.util.Collections.enumeration(
                    headers.getAcceptableLanguages())));
        }
        return Locale.ENGLISH;
    }

    private UUID stateRef(String ref) {
        if (ref == null || ref.isBlank()) {
            throw new ValidationException("stateId", "required");
        }
        if (ref.trim().length() == 2) {
            return registry.stateByIsoCode(ref.trim()).orElseThrow(() -> new NotFoundException("State", ref))
                    .id().value();
        }
        return DirectoryResources.uuid(ref, "stateId");
    }

    private static CallId callId(String id) {
        return new CallId(DirectoryResources.uuid(id, "id"));
    }

    private static NominationId nominationId(String id) {
        UUID uuid = DirectoryResources.uuid(id, "nominationId");
        if (uuid == null) {
            throw new ValidationException("nominationId", "required");
        }
        return new NominationId(uuid);
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
