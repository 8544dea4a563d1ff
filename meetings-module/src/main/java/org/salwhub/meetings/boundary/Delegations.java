package org.salwhub.meetings.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.salwhub.meetings.api.Delegation;
import org.salwhub.meetings.api.FileContent;
import org.salwhub.meetings.api.FileInfo;
import org.salwhub.meetings.api.FileUpload;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.control.FileRules;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.meetings.entity.Registration;
import org.salwhub.meetings.entity.StoredFile;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.NotFoundException;

/** A State's delegation to a meeting, as its focal point (or staff) sees it, and its credentials. */
@Dependent
public class Delegations {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingRecords records;

    Delegation delegation(MeetingId meetingId, UUID state) {
        Caller caller = records.member();
        if (!caller.mayActForState(state)) {
            throw new AccessDeniedException("a delegation is seen by its State's focal point and staff");
        }
        Meeting meeting = records.visibleMeeting(meetingId);
        List<Registration> rows = em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m"
                        + " AND r.stateId = :s ORDER BY r.registeredAt", Registration.class)
                .setParameter("m", meeting.id()).setParameter("s", state.toString()).getResultList();
        List<FileInfo> credentials = em.createQuery("SELECT f FROM StoredFile f WHERE f.ownerId = :m"
                        + " AND f.purpose = :p AND f.stateId = :s ORDER BY f.uploadedAt", StoredFile.class)
                .setParameter("m", meeting.id()).setParameter("p", StoredFile.CREDENTIALS)
                .setParameter("s", state.toString()).getResultStream().map(StoredFile::info).toList();
        return new Delegation(MeetingId.of(meeting.id()), state, records.views(rows), credentials);
    }

    FileInfo uploadCredentials(MeetingId meetingId, UUID state, FileUpload file) {
        Caller caller = records.member();
        if (state == null || !caller.mayActForState(state)) {
            throw new AccessDeniedException("credentials are uploaded by the State's focal point or staff");
        }
        Meeting meeting = records.visibleMeeting(meetingId);
        FileRules.Checked checked = FileRules.check(file, FileRules.CREDENTIALS_MAX_BYTES, false);
        StoredFile stored = new StoredFile(meeting.id(), state.toString(), StoredFile.CREDENTIALS, null,
                checked.filename(), checked.contentType(), checked.content(), checked.sha256(), records.now(),
                caller.username());
        em.persist(stored);
        em.flush();
        return stored.info();
    }

    FileContent credentials(MeetingId meetingId, UUID state, UUID fileId) {
        Caller caller = records.member();
        if (state == null || !caller.mayActForState(state)) {
            throw new AccessDeniedException("credentials are seen by the State's focal point and staff");
        }
        StoredFile file = em.find(StoredFile.class, fileId.toString());
        if (file == null || !meetingId.toString().equals(file.ownerId()) || !state.toString().equals(file.stateId())) {
            throw new NotFoundException("Credentials", fileId.toString());
        }
        return new FileContent(file.info(), file.content());
    }
}
