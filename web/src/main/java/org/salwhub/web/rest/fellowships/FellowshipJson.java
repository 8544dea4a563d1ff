package org.salwhub.web.rest.fellowships;

import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.CohortBalance;
import org.salwhub.fellowship.api.CohortFellowView;
import org.salwhub.fellowship.api.CohortSessionView;
import org.salwhub.fellowship.api.FellowNomination;
import org.salwhub.fellowship.api.FellowshipCount;
import org.salwhub.fellowship.api.FellowshipFollowUpEntry;
import org.salwhub.fellowship.api.FellowshipFollowUpView;
import org.salwhub.fellowship.api.FellowshipLedgerEntry;
import org.salwhub.fellowship.api.FellowshipLedgerKind;
import org.salwhub.fellowship.api.FellowshipLedgerLine;
import org.salwhub.fellowship.api.FellowshipLedgerStatus;
import org.salwhub.fellowship.api.FellowshipSpending;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.fellowship.api.NominationFile;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationRanking;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.fellowship.api.ReviewAssignmentResult;
import org.salwhub.fellowship.api.ReviewAssignmentView;
import org.salwhub.fellowship.api.ReviewDeclaration;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.rest.registry.DirectoryResources;
import org.salwhub.web.security.CreatedAccount;

/**
 * The shapes of the fellowship API's JSON (what {@link FellowshipResources}, {@link FellowshipReviewResources} and
 * {@link FellowshipCohortResources} read and write), and the parsing of its path values.
 */
final class FellowshipJson {

    private FellowshipJson() {
    }

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

    // ------------------------------------------------------------------ path values and downloads

    static Response download(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** A State by its ISO code (two letters) or its ID. */
    static UUID stateRef(RegistryFacade registry, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new ValidationException("stateId", "required");
        }
        if (ref.trim().length() == 2) {
            return registry.stateByIsoCode(ref.trim()).orElseThrow(() -> new NotFoundException("State", ref))
                    .id().value();
        }
        return DirectoryResources.uuid(ref, "stateId");
    }

    static CallId callId(String id) {
        return new CallId(DirectoryResources.uuid(id, "id"));
    }

    static NominationId nominationId(String id) {
        UUID uuid = DirectoryResources.uuid(id, "nominationId");
        if (uuid == null) {
            throw new ValidationException("nominationId", "required");
        }
        return new NominationId(uuid);
    }

    static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
