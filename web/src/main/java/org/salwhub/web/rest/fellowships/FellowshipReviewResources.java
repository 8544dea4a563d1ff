package org.salwhub.web.rest.fellowships;

import static org.salwhub.web.rest.fellowships.FellowshipJson.callId;
import static org.salwhub.web.rest.fellowships.FellowshipJson.nominationId;
import static org.salwhub.web.rest.fellowships.FellowshipJson.stateRef;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.NominationDecision;
import org.salwhub.fellowship.api.ReviewDeclaration;
import org.salwhub.fellowship.api.ReviewScoreSheet;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.rest.fellowships.FellowshipJson.AnswerInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.AssignmentJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.AssignmentResultJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.BalanceJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.CallJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.Count;
import org.salwhub.web.rest.fellowships.FellowshipJson.DecisionInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.DeclarationJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.NominationJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.RankingJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.ScoreInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.SelectionJson;
import org.salwhub.web.rest.fellowships.FellowshipResources.LapseInput;
import org.salwhub.web.rest.registry.DirectoryResources;

/**
 * The fellowship programme's review and selection over HTTP: review assignments and scores, reviewers' declarations,
 * the ranked selection with its decisions and the offers' answers, and the daily jobs staff may run by hand.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("fellowship-calls")
public class FellowshipReviewResources {

    @Inject
    FellowshipFacade fellowships;

    @Inject
    RegistryFacade registry;

    @Inject
    Clock clock;

    // ------------------------------------------------------------------ review

    @GET
    @Path("{id}/review-assignments")
    @Operation(summary = "Review assignments of a call: all for staff, a reviewer's own otherwise")
    public List<AssignmentJson> assignments(@PathParam("id") String id) {
        return fellowships.reviewAssignments(callId(id)).stream().map(AssignmentJson::of).toList();
    }

    @POST
    @Path("{id}/review-assignments")
    @Operation(summary = "Assign the enabled reviewer accounts automatically, balancing load and excluding"
            + " conflicts of interest (staff; the call must be in review)")
    public AssignmentResultJson assign(@PathParam("id") String id) {
        return AssignmentResultJson.of(fellowships.assignReviewers(callId(id)));
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
                input.stateId() == null ? null : stateRef(registry, input.stateId()),
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
        return new Count(fellowships.lapseOverdueOffers(LapseInput.day(input, today())));
    }

    @POST
    @Path("follow-up-reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remind staff and focal points of the alumni follow-ups due within two weeks of the given day"
            + " (default today), once each (staff; a daily timer does the same)")
    public Count remind(LapseInput input) {
        return new Count(fellowships.remindDueFollowUps(LapseInput.day(input, today())));
    }

    /** Today in the server's time zone (the day a job runs for by default), by the injected clock. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }
}
