package org.salwhub.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.meetings.api.AgendaItemDetails;
import org.salwhub.meetings.api.AgendaItemId;
import org.salwhub.meetings.api.AgendaItemView;
import org.salwhub.meetings.api.SessionId;

/** An agenda item of a session, with its speakers (registry persons). */
@Entity
@Table(name = "meet_agenda_item")
public class AgendaItem {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "session_id", nullable = false, length = 36)
    private String sessionId;

    @Column(name = "meeting_id", nullable = false, length = 36)
    private String meetingId;

    @Column(name = "item_number", nullable = false, length = 20)
    private String number;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false)
    private boolean cooperation;

    @Column(length = 1000)
    private String speakers;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected AgendaItem() {
    }

    public AgendaItem(AgendaItemId id, String sessionId, String meetingId, AgendaItemDetails d, int sortOrder) {
        this.id = id.toString();
        this.sessionId = sessionId;
        this.meetingId = meetingId;
        this.number = d.number().strip();
        this.title = d.title().strip();
        this.cooperation = d.cooperationAndAssistance();
        this.speakers = d.speakers().isEmpty() ? null
                : d.speakers().stream().map(UUID::toString).collect(Collectors.joining(","));
        this.sortOrder = sortOrder;
    }

    public AgendaItemView view() {
        List<UUID> people = speakers == null ? List.of()
                : Arrays.stream(speakers.split(",")).map(UUID::fromString).toList();
        return new AgendaItemView(new AgendaItemId(UUID.fromString(id)), SessionId.of(sessionId),
                new AgendaItemDetails(number, title, cooperation, people), version);
    }

    /**
     * The registry merged {@code duplicate}'s person record into {@code keeper}'s: the speakers now name the person
     * kept. Returns whether the item named the duplicate.
     */
    public boolean replaceSpeaker(String duplicate, String keeper) {
        if (speakers == null || !speakers.contains(duplicate)) {
            return false;
        }
        this.speakers = speakers.replace(duplicate, keeper);
        return true;
    }

    public String sessionId() {
        return sessionId;
    }

    public String meetingId() {
        return meetingId;
    }

    public boolean coversCooperation() {
        return cooperation;
    }
}
