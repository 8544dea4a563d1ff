package org.salwhub.registry.api.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.salwhub.registry.api.StateId;

/**
 * The focal-point directory. Network members (every signed-in role) read it;
 * staff change everything; a focal point changes only their own State's
 * agencies, persons, roles and coordination body. Anonymous callers get
 * {@link #publicDirectory(StateId)} only. Every rule is checked here.
 */
public interface DirectoryFacade {

    Page<ContactView> search(ContactQuery query);

    /** The current holders of a role for a State; all current roles when {@code type} is null. */
    List<ContactView> currentContacts(StateId state, RoleType type);

    /** Every role a State's contacts ever held, newest first: the history of contact changes. */
    List<ContactView> history(StateId state);

    Optional<PersonView> person(PersonId id);

    List<PersonView> persons(Collection<PersonId> ids);

    /**
     * Persons, with or without a role, whose names have words starting with every word of {@code text} (or whose
     * e-mail address starts with it when it holds an @), of {@code state} when given; neither merged nor
     * anonymised; at most {@code max} (up to 50), by family name. For choosing a person, e.g. the nominee a
     * fellow's account acts for.
     */
    List<PersonView> findPersons(String text, StateId state, int max);

    List<AgencyView> agencies(StateId state);

    Optional<CoordinationBodyView> coordinationBody(StateId state);

    List<PublicContact> publicDirectory(StateId state);

    /** Whether the current caller may change this State's directory entries. */
    /** What the caller may do in {@code state}'s directory; pages and the API ask this instead of deciding. */
    DirectoryPermissions permissionsIn(StateId state);

    /** What the caller may do with {@code person}'s record. */
    PersonPermissions permissionsOn(PersonView person);

    boolean mayEdit(StateId state);

    PersonView createPerson(PersonDetails details);

    PersonView updatePerson(PersonId id, PersonDetails details, long expectedVersion);

    AgencyView createAgency(UUID stateId, UUID organisationId, AgencyType type, String name, String acronym);

    /**
     * Changes an agency's type, name and acronym (staff, or the focal point of the agency's State).
     *
     * @throws org.salwhub.registry.api.kernel.VersionConflictException when it changed since {@code expectedVersion}
     */
    AgencyView updateAgency(AgencyId id, AgencyType type, String name, String acronym, long expectedVersion);

    Optional<AgencyView> agency(AgencyId id);

    ContactView assignRole(NewRole role);

    /** Hands a role to a successor: the old role ends the day before and is kept in the history. */
    ContactView replace(Replacement replacement);

    /**
     * A person not yet in the directory takes up a role, in one step: when the person or the role is refused,
     * nothing is saved.
     */
    ContactView appoint(PersonDetails newPerson, RoleType roleType, LocalDate validFrom);

    /** A person not yet in the directory takes over a role, in one step (see {@link #replace}). */
    ContactView replaceWithNewPerson(ContactRoleId roleId, PersonDetails successor, LocalDate from, String reason,
                                     long version);

    ContactView endRole(ContactRoleId id, LocalDate lastDay, String reason, long expectedVersion);

    /** Records that a role's holder and details were confirmed today. */
    ContactView verify(ContactRoleId id, long expectedVersion);

    /** A focal point (or staff) confirms every current entry of a State in one step; returns how many. */
    int confirmState(StateId state);

    CoordinationBodyView saveCoordinationBody(CoordinationBodyView body);

    /** Probable duplicate persons (same e-mail, or a close name in the same State); all States when null. Staff only. */
    List<DuplicateCandidate> duplicates(StateId state);

    /**
     * Merges {@code duplicate} into {@code keeper}: the keeper's roles gain the
     * duplicate's, blanks are filled from it, and the duplicate record stays as a
     * pointer so that every reference to it still resolves. Staff only.
     */
    PersonView merge(PersonId keeper, long keeperVersion, PersonId duplicate, long duplicateVersion);

    /** Removes what identifies a person, keeping the record, its roles and their history. Staff only. */
    PersonView anonymise(PersonId id, long expectedVersion);

    /** Everything held about a person (staff, or the focal point of the person's State). */
    PersonalDataExport exportPersonalData(PersonId id);
}
