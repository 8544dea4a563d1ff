package org.salwhub.fellowship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** A reviewer's assignment to one application, with their scores per criterion once submitted. */
@Entity
@Table(name = "asst_fel_assignment")
@NamedQuery(name = "ReviewAssignment.ofCall", query = "SELECT a FROM ReviewAssignment a WHERE a.callId = :call"
        + " ORDER BY a.assignedAt, a.reviewer")
@NamedQuery(name = "ReviewAssignment.ofReviewer", query = "SELECT a FROM ReviewAssignment a"
        + " WHERE a.reviewer = :reviewer ORDER BY a.assignedAt DESC")
@NamedQuery(name = "ReviewAssignment.load", query = "SELECT a.reviewer, COUNT(a) FROM ReviewAssignment a"
        + " WHERE a.callId = :call GROUP BY a.reviewer")
public class ReviewAssignment {

    public static final int COMMENT_MAX = 4000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "call_id", nullable = false, length = 36)
    private String callId;

    @Column(name = "nomination_id", nullable = false, length = 36)
    private String nominationId;

    @Column(nullable = false, length = 80)
    private String reviewer;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    /** criterion=score pairs, e.g. {@code 5f0c...=4;9a1e...=3}. */
    @Column(length = 2000)
    private String scores;

    @Column(name = "review_comment", length = COMMENT_MAX)
    private String comment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected ReviewAssignment() {
    }

    public ReviewAssignment(String callId, String nominationId, String reviewer, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.callId = callId;
        this.nominationId = nominationId;
        this.reviewer = reviewer;
        this.assignedAt = now;
    }

    public void submit(Map<UUID, Integer> scored, String comment, Instant now) {
        this.scores = new TreeMap<>(scored).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
        this.submittedAt = now;
    }

    public Map<UUID, Integer> scores() {
        Map<UUID, Integer> map = new LinkedHashMap<>();
        if (scores != null && !scores.isBlank()) {
            for (String pair : scores.split(";")) {
                String[] kv = pair.split("=");
                map.put(UUID.fromString(kv[0]), Integer.valueOf(kv[1]));
            }
        }
        return map;
    }

    public String id() {
        return id;
    }

    public String callId() {
        return callId;
    }

    public String nominationId() {
        return nominationId;
    }

    public String reviewer() {
        return reviewer;
    }

    public String comment() {
        return comment;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public long version() {
        return version;
    }
}
