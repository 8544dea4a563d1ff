package org.salwhub.web.rest.registry;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.ContactRoleId;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.NewRole;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.Replacement;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.directory.VerificationState;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.export.DirectoryJson.ContactJson;
import org.salwhub.web.export.DirectoryJson.ExportJson;
import org.salwhub.web.export.DirectoryJson.PersonJson;

/**
 * The focal-point directory over HTTP: States, organisations, persons and
 * contacts. The same rules as the screens apply, in the registry's boundary.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("")
public class DirectoryResources {

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @Inject
    org.salwhub.registry.api.ReferenceDataFacade reference;

    // ------------------------------------------------------------------ JSON shapes

    public record StateJson(String id, String iso2, String iso3, String nameEn, String nameFr, String nameAr,
                            boolean commissionMember, LocalDate memberSince, String unStatus, String regionalGroup,
                            String subregion, Boolean developing, long version) {
        static StateJson of(StateView s) {
            return new StateJson(s.id().toString(), s.iso2(), s.iso3(), s.name().en(), s.name().fr(), s.name().ar(),
                    s.commissionMember(), s.memberSince(), name(s.unStatus()), name(s.regionalGroup()),
                    name(s.subregion()), s.developing(), s.version());
        }
    }

    public record InstrumentJson(String id, String code, String nameEn, String nameFr, String nameAr, String kind,
                                 boolean legallyBinding, LocalDate adoptedOn) {
        static InstrumentJson of(org.salwhub.registry.api.InstrumentView i) {
            return new InstrumentJson(i.id().toString(), i.code(), i.name().en(), i.name().fr(), i.name().ar(),
                    name(i.kind()), i.legallyBinding(), i.adoptedOn());
        }
    }

    public record InstrumentStatusJson(String instrumentId, String instrumentCode, String status, LocalDate signedOn,
                                       LocalDate depositedOn, long version) {
        static InstrumentStatusJson of(org.salwhub.registry.api.StateInstrumentView v) {
            return new InstrumentStatusJson(v.instrument().toString(), v.instrumentCode(), name(v.status()),
                    v.signedOn(), v.depositedOn(), v.version());
        }
    }

    public record InstrumentStatusInput(String status, LocalDate signedOn, LocalDate depositedOn, Long version) {
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** {@code iatiIdentifier}: the IATI organisation identifier by which IATI files name it (null: none). */
    public record OrganisationJson(String id, String acronym, String nameEn, String nameFr, String nameAr,
                                   String type, boolean donor, String iatiIdentifier) {
        static OrganisationJson of(OrganisationView o) {
            return new OrganisationJson(o.id().toString(), o.acronym(), o.name().en(), o.name().fr(), o.name().ar(),
                    o.type().name(), o.donor(), o.iatiIdentifier());
        }
    }

    public record ContactPage(List<ContactJson> items, long total, int first, int size) {
    }


    public record AgencyJson(String id, String stateId, String organisationId, String type, String name,
                             String acronym, long version) {
        static AgencyJson of(AgencyView a) {
            return new AgencyJson(a.id().toString(), str(a.stateId()), str(a.organisationId()), a.type().name(),
                    a.name(), a.acronym(), a.version());
        }
    }

    public record BodyJson(String id, String type, String name, String legalBasis, LocalDate establishedOn,
                           List<String> memberAgencies, int membersWomen, int membersMen, int leadersWomen,
                           int leadersMen, long version) {
        static BodyJson of(org.salwhub.registry.api.directory.CoordinationBodyView b) {
            return new BodyJson(b.id().toString(), b.type().name(), b.name(), b.legalBasis(), b.establishedOn(),
                    b.memberAgencies().stream().map(UUID::toString).toList(), b.membersWomen(), b.membersMen(),
                    b.leadersWomen(), b.leadersMen(), b.version());
        }
    }

    public record StateProfile(StateJson state, List<ContactJson> contacts, List<AgencyJson> agencies,
                               BodyJson coordinationBody, boolean editable) {
    }

    public record RoleInput(String personId, String stateId, String organisationId, String roleType,
                            LocalDate validFrom) {
    }

    public record ReplacementInput(String successorId, LocalDate from, String reason, Long version) {
    }

    public record EndInput(LocalDate lastDay, String reason, Long version) {
    }

    public record VersionInput(Long version) {
    }

    public record AgencyInput(String stateId, String organisationId, String type, String name, String acronym) {
    }

    public record Confirmation(int confirmed) {
    }

    // ------------------------------------------------------------------ States and organisations

    @GET
    @Path("states")
    @Operation(summary = "States; with member=true only the commission's member States")
    public List<StateJson> states(@QueryParam("member") @DefaultValue("false") boolean membersOnly) {
        return (membersOnly ? registry.memberStates() : registry.states()).stream().map(StateJson::of).toList();
    }

    @GET
    @Path("states/{ref}")
    @Operation(summary = "A State's profile: contacts by role, agencies and coordination body (by ID or ISO code)")
    public StateProfile state(@PathParam("ref") String ref) {
        StateView state = stateOf(ref);
        return new StateProfile(StateJson.of(state),
                directory.currentContacts(state.id(), null).stream().map(ContactJson::of).toList(),
                directory.agencies(state.id()).stream().map(AgencyJson::of).toList(),
                directory.coordinationBody(state.id()).map(BodyJson::of).orElse(null),
                directory.mayEdit(state.id()));
    }

    @GET
    @Path("states/{ref}/history")
    @Operation(summary = "Every role the State's contacts held, newest first")
    public List<ContactJson> history(@PathParam("ref") String ref) {
        return directory.history(stateOf(ref).id()).stream().map(ContactJson::of).toList();
    }

    @POST
    @Path("states/{ref}/confirmation")
    @Operation(summary = "Confirm every current directory entry of a State in one step (its focal point or staff)")
    public Confirmation confirm(@PathParam("ref") String ref) {
        return new Confirmation(directory.confirmState(stateOf(ref).id()));
    }

    @GET
    @Path("instruments")
    @Operation(summary = "The global and regional instruments on small arms")
    public List<InstrumentJson> instruments() {
        return reference.instruments().stream().map(InstrumentJson::of).toList();
    }

    @GET
    @Path("states/{ref}/instruments")
    @Operation(summary = "A State's status for each instrument")
    public List<InstrumentStatusJson> instrumentStatuses(@PathParam("ref") String ref) {
        return reference.instrumentStatuses(stateOf(ref).id()).stream().map(InstrumentStatusJson::of).toList();
    }

    @PUT
    @Path("states/{ref}/instruments/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a State's status for an instrument (staff); 409 when the version is stale")
    public InstrumentStatusJson recordInstrumentStatus(@PathParam("ref") String ref, @PathParam("code") String code,
                                                       InstrumentStatusInput input) {
        if (input == null || input.version() == null || input.status() == null) {
            throw new ValidationException(List.of(FieldError.of("status", "required"),
                    FieldError.of("version", "required")));
        }
        var instrument = reference.instrumentByCode(code).orElseThrow(() -> new NotFoundException("Instrument", code));
        return InstrumentStatusJson.of(reference.recordInstrumentStatus(stateOf(ref).id(), instrument.id(),
                parse(org.salwhub.registry.api.InstrumentStatus.class, input.status(), "status"), input.signedOn(),
                input.depositedOn(), input.version()));
    }

    @GET
    @Path("organisations")
    @Operation(summary = "Organisations of the network")
    public List<OrganisationJson> organisations() {
        return registry.organisations().stream().map(OrganisationJson::of).toList();
    }

    // ------------------------------------------------------------------ contacts

    @GET
    @Path("contacts")
    @Operation(summary = "Search the directory; filtered, sorted and paged in the database")
    public ContactPage contacts(@QueryParam("q") String text, @QueryParam("state") String state,
                                @QueryParam("role") String role, @QueryParam("agency") String agency,
                                @QueryParam("language") String language,
                                @QueryParam("verification") String verification,
                                @QueryParam("includeEnded") @DefaultValue("false") boolean includeEnded,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("size") @DefaultValue("50") int size,
                                @QueryParam("sort") @DefaultValue("personName") String sort,
                                @QueryParam("asc") @DefaultValue("true") boolean ascending) {
        if (size < 1 || size > 500 || first < 0) {
            throw new ValidationException("size", "paging.range");
        }
        UUID stateId = state == null || state.isBlank() ? null : stateOf(state).id().value();
        ContactQuery query = new ContactQuery(text, stateId, role == null ? null : parse(RoleType.class, role, "role"),
                uuid(agency, "agency"), language,
                verification == null ? null : parse(VerificationState.class, verification, "verification"),
                includeEnded, first, size, sort, ascending);
        Page<ContactView> page = directory.search(query);
        return new ContactPage(page.items().stream().map(ContactJson::of).toList(), page.total(), first, size);
    }

    @POST
    @Path("contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a person a points-of-contact role")
    public Response assign(RoleInput input) {
        if (input == null || input.personId() == null) {
            throw new ValidationException("personId", "required");
        }
        ContactView created = directory.assignRole(new NewRole(new PersonId(uuid(input.personId(), "personId")),
                uuid(input.stateId(), "stateId"), uuid(input.organisationId(), "organisationId"),
                input.roleType() == null ? null : parse(RoleType.class, input.roleType(), "roleType"),
                input.validFrom()));
        return Response.status(Response.Status.CREATED).entity(ContactJson.of(created)).build();
    }

    @POST
    @Path("contacts/{id}/replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand a role to a successor; the old role ends and stays in the history")
    public ContactJson replace(@PathParam("id") String id, ReplacementInput input) {
        if (input == null || input.version() == null || input.successorId() == null) {
            throw new ValidationException(List.of(FieldError.of("successorId", "required"),
                    FieldError.of("version", "required")));
        }
        return ContactJson.of(directory.replace(new Replacement(new ContactRoleId(uuid(id, "id")),
                new PersonId(uuid(input.successorId(), "successorId")), input.from(), input.reason(),
                input.version())));
    }

    @POST
    @Path("contacts/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a role on a given last day")
    public ContactJson end(@PathParam("id") String id, EndInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return ContactJson.of(directory.endRole(new ContactRoleId(uuid(id, "id")), input.lastDay(), input.reason(),
                input.version()));
    }

    @POST
    @Path("contacts/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that a role was confirmed today")
    public ContactJson verify(@PathParam("id") String id, VersionInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return ContactJson.of(directory.verify(new ContactRoleId(uuid(id, "id")), input.version()));
    }

    // ------------------------------------------------------------------ persons and agencies

    @GET
    @Path("persons/{id}")
    @Operation(summary = "A person of the directory")
    public PersonJson person(@PathParam("id") String id) {
        return directory.person(new PersonId(uuid(id, "id"))).map(PersonJson::of)
                .orElseThrow(() -> new NotFoundException("Person", id));
    }

    @POST
    @Path("persons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a person (staff, or a focal point for their own State)")
    public Response createPerson(PersonJson input) {
        if (input == null) {
            throw new ValidationException("body", "required");
        }
        return Response.status(Response.Status.CREATED).entity(PersonJson.of(directory.createPerson(details(input))))
                .build();
    }

    @PUT
    @Path("persons/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a person's details; 409 when the version is stale")
    public PersonJson updatePerson(@PathParam("id") String id, PersonJson input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return PersonJson.of(directory.updatePerson(new PersonId(uuid(id, "id")), details(input), input.version()));
    }

    @POST
    @Path("agencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an agency or competent authority")
    public Response createAgency(AgencyInput input) {
        if (input == null) {
            throw new ValidationException("body", "required");
        }
        AgencyView agency = directory.createAgency(uuid(input.stateId(), "stateId"),
                uuid(input.organisationId(), "organisationId"),
                input.type() == null ? null : parse(AgencyType.class, input.type(), "type"), input.name(),
                input.acronym());
        return Response.status(Response.Status.CREATED).entity(AgencyJson.of(agency)).build();
    }

    // ------------------------------------------------------------------ duplicates and personal data

    public record DuplicateJson(PersonJson first, PersonJson second, String reason, double similarity) {
    }

    public record MergeInput(String duplicateId, Long keeperVersion, Long duplicateVersion) {
    }

    @GET
    @Path("persons/duplicates")
    @Operation(summary = "Probable duplicate persons: same e-mail, or a close name in the same State (staff)")
    public List<DuplicateJson> duplicates(@QueryParam("state") String state) {
        StateId stateId = state == null || state.isBlank() ? null : stateOf(state).id();
        return directory.duplicates(stateId).stream().map(d -> new DuplicateJson(PersonJson.of(d.first()),
                PersonJson.of(d.second()), d.reason().name(), d.similarity())).toList();
    }

    @POST
    @Path("persons/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge a duplicate into this person, keeping every reference (staff)")
    public PersonJson merge(@PathParam("id") String keeper, MergeInput input) {
        if (input == null || input.duplicateId() == null || input.keeperVersion() == null
                || input.duplicateVersion() == null) {
            throw new ValidationException(List.of(FieldError.of("duplicateId", "required"),
                    FieldError.of("keeperVersion", "required"), FieldError.of("duplicateVersion", "required")));
        }
        return PersonJson.of(directory.merge(new PersonId(uuid(keeper, "id")), input.keeperVersion(),
                new PersonId(uuid(input.duplicateId(), "duplicateId")), input.duplicateVersion()));
    }

    @POST
    @Path("persons/{id}/anonymisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Anonymise a person; roles and history stay (staff)")
    public PersonJson anonymise(@PathParam("id") String id, VersionInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return PersonJson.of(directory.anonymise(new PersonId(uuid(id, "id")), input.version()));
    }

    @GET
    @Path("persons/{id}/export")
    @Operation(summary = "Everything held about a person (staff, or the focal point of the person's State)")
    public ExportJson export(@PathParam("id") String id) {
        return ExportJson.of(directory.exportPersonalData(new PersonId(uuid(id, "id"))));
    }

    // ------------------------------------------------------------------ parsing

    private static PersonDetails details(PersonJson p) {
        return new PersonDetails(uuid(p.stateId(), "stateId"), uuid(p.organisationId(), "organisationId"),
                uuid(p.agencyId(), "agencyId"), p.honorific(), p.givenName(), p.familyName(), p.latinName(),
                p.sex() == null ? null : parse(Sex.class, p.sex(), "sex"), p.languages(), p.email(),
                p.alternateEmail(), p.phone(), p.mobile(), p.postalAddress(), p.positionTitle());
    }

    private StateView stateOf(String ref) {
        if (ref != null && ref.length() == 2) {
            return registry.stateByIsoCode(ref).orElseThrow(() -> new NotFoundException("State", ref));
        }
        return registry.state(new StateId(uuid(ref, "state"))).orElseThrow(() -> new NotFoundException("State", ref));
    }

    public static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "id.format");
        }
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "value.unknown", value);
        }
    }

    static LocalDate date(String value, String field) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "date.format");
        }
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
