package org.salwhub.meetings.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.meetings.api.DocumentDetails;
import org.salwhub.meetings.api.DocumentId;
import org.salwhub.meetings.api.DocumentView;
import org.salwhub.meetings.api.FileContent;
import org.salwhub.meetings.api.FileInfo;
import org.salwhub.meetings.api.FileUpload;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.control.FileRules;
import org.salwhub.meetings.control.MeetingPolicy;
import org.salwhub.meetings.control.MeetingRules;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.meetings.entity.MeetingDocument;
import org.salwhub.meetings.entity.StoredFile;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/** A meeting's documents: who reads which (by access level), staff adding them and uploading language versions. */
@Dependent
public class Documents {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingRecords records;

    List<DocumentView> documents(MeetingId meetingId) {
        Caller caller = records.member();
        Meeting meeting = records.visibleMeeting(meetingId);
        boolean participant = records.participant(meeting, caller);
        List<MeetingDocument> documents = em.createQuery("SELECT d FROM MeetingDocument d WHERE d.meetingId = :m"
                + " ORDER BY d.symbol", MeetingDocument.class).setParameter("m", meeting.id()).getResultList();
        Map<String, List<FileInfo>> files = filesOf(documents.stream().map(MeetingDocument::id).toList());
        return documents.stream().filter(d -> MeetingPolicy.mayRead(d.access(), caller, participant))
                .map(d -> d.view(files.getOrDefault(d.id(), List.of()))).toList();
    }

    DocumentView addDocument(MeetingId meetingId, DocumentDetails details) {
        records.staff();
        Meeting meeting = records.find(meetingId);
        MeetingRules.check(details);
        requireUniqueSymbol(details.symbol().strip(), null);
        MeetingDocument document = new MeetingDocument(new DocumentId(UUID.randomUUID()), meeting.id(), details);
        em.persist(document);
        em.flush();
        return document.view(List.of());
    }

    DocumentView updateDocument(DocumentId id, DocumentDetails details, long expectedVersion) {
        records.staff();
        MeetingDocument document = records.document(id);
        VersionConflictException.check("MeetingDocument", id.toString(), expectedVersion, document.version());
        MeetingRules.check(details);
        requireUniqueSymbol(details.symbol().strip(), document.id());
        document.apply(details);
        em.flush();
        return document.view(filesOf(List.of(document.id())).getOrDefault(document.id(), List.of()));
    }

    private void requireUniqueSymbol(String symbol, String exceptId) {
        List<String> taken = em.createQuery("SELECT d.id FROM MeetingDocument d WHERE d.symbol = :s", String.class)
                .setParameter("s", symbol).getResultList();
        if (taken.stream().anyMatch(other -> !other.equals(exceptId))) {
            throw new ValidationException("symbol", "meetings.symbolTaken", symbol);
        }
    }

    DocumentView uploadVersion(DocumentId id, String language, FileUpload file) {
        Caller caller = records.staff();
        MeetingDocument document = records.document(id);
        if (language == null || !MeetingRules.LANGUAGES.contains(language)) {
            throw new ValidationException("language", "meetings.language", String.valueOf(language));
        }
        FileRules.Checked checked = FileRules.check(file, FileRules.DOCUMENT_MAX_BYTES, true);
        em.createQuery("DELETE FROM StoredFile f WHERE f.ownerId = :o AND f.purpose = :p AND f.language = :l")
                .setParameter("o", document.id()).setParameter("p", StoredFile.DOCUMENT).setParameter("l", language)
                .executeUpdate();
        em.persist(new StoredFile(document.id(), null, StoredFile.DOCUMENT, language, checked.filename(),
                checked.contentType(), checked.content(), checked.sha256(), records.now(), caller.username()));
        em.flush();
        return document.view(filesOf(List.of(document.id())).getOrDefault(document.id(), List.of()));
    }

    FileContent documentFile(DocumentId id, String language) {
        Caller caller = records.member();
        MeetingDocument document = records.document(id);
        Meeting meeting = records.visibleMeeting(MeetingId.of(document.meetingId()));
        if (!MeetingPolicy.mayRead(document.access(), caller, records.participant(meeting, caller))) {
            throw new AccessDeniedException("document " + id + " is not open to the caller");
        }
        return em.createQuery("SELECT f FROM StoredFile f WHERE f.ownerId = :o AND f.purpose = :p"
                        + " AND f.language = :l", StoredFile.class)
                .setParameter("o", document.id()).setParameter("p", StoredFile.DOCUMENT).setParameter("l", language)
                .getResultStream().findFirst().map(f -> new FileContent(f.info(), f.content()))
                .orElseThrow(() -> new NotFoundException("DocumentFile", id + "/" + language));
    }

    private Map<String, List<FileInfo>> filesOf(Collection<String> owners) {
        if (owners.isEmpty()) {
            return Map.of();
        }
        // the content stays unread: only the columns of the file's description are selected
        return em.createQuery("SELECT f FROM StoredFile f WHERE f.ownerId IN :o AND f.purpose = :p"
                        + " ORDER BY f.language", StoredFile.class)
                .setParameter("o", owners).setParameter("p", StoredFile.DOCUMENT).getResultStream()
                .collect(Collectors.groupingBy(StoredFile::ownerId,
                        Collectors.mapping(StoredFile::info, Collectors.toList())));
    }
}
