package org.salwhub.web.rest.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.OrganisationDetails;
import org.salwhub.registry.api.OrganisationEdit;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.OrganisationType;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;

/** One organisation: its members and point of contact; staff change it, version-checked (409 when stale). */
@Path("organisations/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    RegistryFacade registry;

    /**
     * Members are given by ISO code (alpha-2) or State ID; answered by ISO code, in alphabetical order.
     * {@code iatiIdentifier}: the IATI organisation identifier (e.g. XM-DAC-5-7), null or blank for none.
     */
    public record OrganisationDetailJson(String id, String acronym, String nameEn, String nameFr, String nameAr,
                                         String type, boolean donor, List<String> members, String contactPersonId,
                                         String iatiIdentifier, Long version) {
        static OrganisationDetailJson of(OrganisationDetails d, RegistryFacade registry) {
            OrganisationView o = d.organisation();
            return new OrganisationDetailJson(o.id().toString(), o.acronym(), o.name().en(), o.name().fr(),
                    o.name().ar(), o.type().name(), o.donor(), d.members().stream()
                    .map(m -> registry.state(m).map(s -> s.iso2()).orElse(m.toString())).sorted().toList(),
                    d.contactPerson() == null ? null : d.contactPerson().toString(), o.iatiIdentifier(), o.version());
        }
    }

    @GET
    @Operation(summary = "An organisation with its member States (ISO codes) and its point of contact")
    public OrganisationDetailJson organisation(@PathParam("id") String id) {
        OrganisationId organisation = new OrganisationId(DirectoryResources.uuid(id, "id"));
        return registry.organisationDetails(organisation).map(d -> OrganisationDetailJson.of(d, registry))
                .orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an organisation: type, acronym, names, donor, member States, point of contact,"
            + " IATI organisation identifier (staff); 409 when the version is stale")
    public OrganisationDetailJson update(@PathParam("id") String id, OrganisationDetailJson input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        OrganisationId organisation = new OrganisationId(DirectoryResources.uuid(id, "id"));
        List<StateId> members = input.members() == null ? List.of() : input.members().stream()
                .map(this::state).toList();
        String contact = input.contactPersonId();
        OrganisationEdit edit = new OrganisationEdit(input.type() == null ? null
                : DirectoryResources.parse(OrganisationType.class, input.type(), "type"), input.acronym(),
                input.nameEn(), input.nameFr(), input.nameAr(), input.donor(), members,
                contact == null || contact.isBlank() ? null
                        : new PersonId(DirectoryResources.uuid(contact, "contactPersonId")), input.iatiIdentifier());
        return OrganisationDetailJson.of(registry.updateOrganisation(organisation, edit, input.version()), registry);
    }

    private StateId state(String ref) {
        if (ref != null && ref.length() == 2) {
            return registry.stateByIsoCode(ref).map(s -> s.id())
                    .orElseThrow(() -> new ValidationException(List.of(FieldError.of("members",
                            "organisation.unknownState"))));
        }
        return new StateId(DirectoryResources.uuid(ref, "members"));
    }
}
