package org.salwhub.web.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.BodyType;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.CoordinationBodyView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.NewRole;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.Replacement;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.Sex;

/**
 * A small directory for the demo: agencies, coordination bodies and contacts
 * of a few member States, with a replaced contact (history) and entries that
 * are current, due for verification and stale. The people are invented.
 */
@Stateless
public class DemoDirectory {

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    public void create() {
        LocalDate today = LocalDate.now();
        // Kenya: commission, police, a replaced PoA contact, and a due ITI tracing contact
        StateView kenya = state("KE");
        AgencyView knfp = agency(kenya, AgencyType.COORDINATION_BODY, "Kenya National Focal Point on Small Arms and Light Weapons", "KNFP");
        AgencyView nps = agency(kenya, AgencyType.LAW_ENFORCEMENT, "National Police Service", "NPS");
        AgencyView kra = agency(kenya, AgencyType.CUSTOMS, "Kenya Revenue Authority, Customs and Border Control", "KRA");
        body(kenya, BodyType.COMMISSION, "Kenya National Focal Point on Small Arms and Light Weapons",
                "Presidential directive, 2003", LocalDate.of(2003, 5, 1), List.of(knfp, nps, kra), 9, 14, 2, 3);
        PersonView mutua = person(kenya, knfp, "Mr.", "Peter", "Mutua", null, Sex.MALE, List.of("en", "sw"),
                "p.mutua@knfp.example", "+254 20 000 0001");
        PersonView wanjiru = person(kenya, knfp, "Ms.", "Grace", "Wanjiru", null, Sex.FEMALE, List.of("en", "sw"),
                "g.wanjiru@knfp.example", "+254 20 000 0002");
        PersonView otieno = person(kenya, nps, "Supt.", "James", "Otieno", null, Sex.MALE, List.of("en"),
                "j.otieno@nps.example", "+254 20 000 0003");
        PersonView achieng = person(kenya, kra, "Ms.", "Mercy", "Achieng", null, Sex.FEMALE, List.of("en", "sw"),
                "m.achieng@kra.example", "+254 20 000 0004");
        ContactView oldPoa = role(mutua, RoleType.POA_NPC, today.minusYears(6));
        directory.replace(new Replacement(oldPoa.roleId(), wanjiru.id(), today.minusMonths(3),
                "Reassigned to the Ministry of Interior", oldPoa.version()));
        role(wanjiru, RoleType.ITI_GENERAL, today.minusMonths(3));
        role(otieno, RoleType.ITI_TRACING, today.minusMonths(14));
        role(achieng, RoleType.ATT_NPC, today.minusMonths(20));
        role(mutua, RoleType.COMMISSION_HEAD, today.minusYears(2).minusMonths(1));

        // Sudan: names in Arabic script with their Latin transliteration
        StateView sudan = state("SD");
        AgencyView ncsa = agency(sudan, AgencyType.COORDINATION_BODY, "National Commission for Small Arms Control", "NCSA");
        AgencyView police = agency(sudan, AgencyType.LAW_ENFORCEMENT, "Sudan Police Force", "SPF");
        body(sudan, BodyType.COMMISSION, "National Commission for Small Arms Control", "Council of Ministers decree",
                LocalDate.of(2006, 9, 1), List.of(ncsa, police), 4, 15, 1, 4);
        PersonView omar = person(sudan, ncsa, "السيد", "عمر", "عبد الرحمن", "Omar Abdelrahman", Sex.MALE,
                List.of("ar", "en"), "o.abdelrahman@sudan-ncsa.example", "+249 183 000 001");
        PersonView amira = person(sudan, police, "العقيد", "أميرة", "الطيب", "Amira Eltayeb", Sex.FEMALE,
                List.of("ar"), "a.eltayeb@spf.example", "+249 183 000 002");
        role(omar, RoleType.POA_NPC, today.minusMonths(5));
        role(omar, RoleType.ITI_GENERAL, today.minusMonths(5));
        role(amira, RoleType.ITI_TRACING, today.minusMonths(11));

        // Burundi: French-speaking commission
        StateView burundi = state("BI");
        AgencyView cnap = agency(burundi, AgencyType.COORDINATION_BODY,
                "Commission nationale permanente de lutte contre la prolifération des armes légères et de petit calibre", "CNAP");
        body(burundi, BodyType.COMMISSION, "Commission nationale permanente de lutte contre la prolifération des ALPC",
                "Décret présidentiel", LocalDate.of(2006, 7, 1), List.of(cnap), 7, 9, 2, 1);
        PersonView claudine = person(burundi, cnap, "Mme", "Claudine", "Niyonzima", null, Sex.FEMALE,
                List.of("fr", "rn"), "c.niyonzima@cnap-burundi.example", "+257 22 00 00 01");
        PersonView jean = person(burundi, cnap, "M.", "Jean-Bosco", "Ndayisaba", null, Sex.MALE, List.of("fr"),
                "jb.ndayisaba@cnap-burundi.example", "+257 22 00 00 02");
        role(claudine, RoleType.POA_NPC, today.minusMonths(2));
        role(jean, RoleType.COMMISSION_SECRETARY, today.minusMonths(30));

        // Uganda: one contact, long unverified
        StateView uganda = state("UG");
        AgencyView ugFocal = agency(uganda, AgencyType.MINISTRY, "Ministry of Internal Affairs, National Focal Point", "UG-NFP");
        PersonView okello = person(uganda, ugFocal, "Mr.", "Samuel", "Okello", null, Sex.MALE, List.of("en"),
                "s.okello@mia.example", "+256 41 000 0001");
        role(okello, RoleType.POA_NPC, today.minusMonths(26));
    }

    private StateView state(String iso2) {
        return registry.stateByIsoCode(iso2).orElseThrow();
    }

    private AgencyView agency(StateView state, AgencyType type, String name, String acronym) {
        return directory.createAgency(state.id().value(), null, type, name, acronym);
    }

    private void body(StateView state, BodyType type, String name, String basis, LocalDate established,
                      List<AgencyView> members, int women, int men, int leadersWomen, int leadersMen) {
        directory.saveCoordinationBody(new CoordinationBodyView(null, state.id().value(), type, name, basis, established,
                members.stream().map(a -> a.id().value()).toList(), women, men, leadersWomen, leadersMen, 0));
    }

    private PersonView person(StateView state, AgencyView agency, String honorific, String given, String family,
                              String latin, Sex sex, List<String> languages, String email, String phone) {
        return directory.createPerson(new PersonDetails(state.id().value(), null, agency.id().value(), honorific, given,
                family, latin, sex, languages, email, null, phone, null, null, null));
    }

    private ContactView role(PersonView person, RoleType type, LocalDate from) {
        UUID state = person.details().stateId();
        return directory.assignRole(new NewRole(person.id(), state, null, type, from));
    }
}
