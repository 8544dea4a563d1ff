package org.salwhub.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.ContactRoleId;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.directory.VerificationState;
import org.salwhub.registry.api.kernel.LocalizedText;

/** The exports against a directory that answers from a list and records how it was asked. */
class ContactExportsTest {

    static final StateView KENYA = new StateView(new StateId(UUID.randomUUID()), "KE", "KEN",
            new LocalizedText("Kenya", "Kenya", "كينيا"), true, LocalDate.of(2005, 6, 21), 0, null, null, null, null);
    static final LocalDate DAY = LocalDate.of(2025, 8, 23);

    private final List<ContactView> rows = new ArrayList<>();
    private final List<ContactQuery> asked = new ArrayList<>();
    private ContactExports exports;

    @BeforeEach
    void directory() {
        exports = new ContactExports();
        exports.directory = (DirectoryFacade) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DirectoryFacade.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "search" -> {
                        ContactQuery query = (ContactQuery) args[0];
                        asked.add(query);
                        int from = Math.min(query.first(), rows.size());
                        int to = Math.min(from + Math.min(query.size(), 500), rows.size());
                        yield new Page<>(rows.subList(from, to), rows.size());
                    }
                    case "persons" -> ((Collection<?>) args[0]).stream().map(id -> person((PersonId) id)).toList();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        exports.registry = (RegistryFacade) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RegistryFacade.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "states" -> List.of(KENYA);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static PersonView person(PersonId id) {
        return new PersonView(id, new PersonDetails(KENYA.id().value(), null, null, "Ms.", "Given",
                "Family " + id.value().toString().substring(0, 4), null, Sex.FEMALE, List.of("en"), "a@b.example",
                null, "+254 20 000 0002", null, null, null), "Ms. Given Family", false, null, 0);
    }

    private static ContactView contact(PersonId person, String name, RoleType role, String email, String phone) {
        return new ContactView(ContactRoleId.random(), role, KENYA.id().value(), null, DAY, null, DAY,
                VerificationState.DUE, person, name, null, email, phone, List.of("en", "sw"), null, "National Police Service",
                null, null, 0);
    }

    private void people(int count) {
        for (int i = 0; i < count; i++) {
            rows.add(contact(PersonId.random(), "Person " + i, RoleType.ITI_TRACING, "p" + i + "@example.org",
                    "+254 20 000 " + i));
        }
    }

    private static ContactQuery query() {
        return ContactQuery.all();
    }

    @Test
    void csvHasAByteOrderMarkHeadersInTheReadersLanguageAndOneRowPerRole() throws IOException {
        rows.add(contact(PersonId.random(), "Grace Wanjiru", RoleType.POA_NPC, "g.wanjiru@knfp.example", "+254 20 000 0002"));
        rows.add(contact(PersonId.random(), "=HYPERLINK(\"http://x\")", RoleType.ITI_GENERAL, "@SUM(A1)", "-1+cmd|' /C calc'!A0"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.csv(query(), Locale.FRENCH, out);
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertEquals(3, records.size());
        assertEquals("Personne", records.get(0).get(0));
        assertEquals("État", records.get(0).get(3));
        CSVRecord grace = records.get(1);
        assertEquals("Grace Wanjiru", grace.get(0));
        assertEquals("Point de contact national du Programme d'action", grace.get(2));
        assertEquals("Kenya", grace.get(3));
        assertEquals("+254 20 000 0002", grace.get(6), "a telephone number is left alone");
        assertEquals("en, sw", grace.get(7));
        assertEquals("2025-08-23", grace.get(8));
        assertEquals("", grace.get(9));
        assertEquals("À vérifier", grace.get(11));
        CSVRecord formulas = records.get(2);
        assertEquals("'=HYPERLINK(\"http://x\")", formulas.get(0), "no formula reaches a spreadsheet");
        assertEquals("'@SUM(A1)", formulas.get(5));
        assertEquals("'-1+cmd|' /C calc'!A0", formulas.get(6));
    }

    @Test
    void exportsReadTheDirectoryPageByPage() {
        people(1203);
        exports.csv(query(), Locale.ENGLISH, new ByteArrayOutputStream());
        assertEquals(List.of(0, 500, 1000), asked.stream().map(ContactQuery::first).toList());
        assertTrue(asked.stream().allMatch(q -> q.size() == ContactExports.PAGE));
    }

    @Test
    void xlsxHasDatesAsDatesAndRunsRightToLeftInArabic() throws IOException {
        people(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.xlsx(query(), Locale.forLanguageTag("ar"), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.isRightToLeft());
            assertEquals("دليل جهات الاتصال", sheet.getSheetName());
            assertEquals("الشخص", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
            assertEquals("Person 0", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("كينيا", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(8).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(8)));
            assertEquals(DAY.atStartOfDay(), sheet.getRow(1).getCell(8).getLocalDateTimeCellValue());
        }
    }

    @Test
    void onePersonWithRolesOnTwoPagesGetsOneCard() {
        people(499);
        PersonId both = PersonId.random();
        rows.add(contact(both, "Ms. Both Roles", RoleType.POA_NPC, "both@example.org", null));
        rows.add(contact(both, "Ms. Both Roles", RoleType.ITI_GENERAL, "both@example.org", null));
        people(10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.vcards(query(), Locale.ENGLISH, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(510, text.split("BEGIN:VCARD", -1).length - 1, "one card per person");
        assertEquals(List.of(0, 500), asked.stream().map(ContactQuery::first).toList());
        assertTrue(asked.stream().allMatch(q -> "personName".equals(q.sortField()) && q.ascending()));
        String unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded.contains("ROLE:Programme of Action national point of contact\\, ITI general contact"),
                unfolded.substring(0, 2000));
        assertTrue(unfolded.contains("NOTE:Programme of Action national point of contact\\, Kenya\\, since August 23\\, 2025"
                + "\\nITI general contact\\, Kenya\\, since August 23\\, 2025"), unfolded.substring(0, 2000));
        assertFalse(unfolded.contains("BEGIN:VCARD\r\nBEGIN:VCARD"));
    }

    @Test
    void chosenRowsBecomeCardsOfTheirPersons() {
        PersonId grace = PersonId.random();
        List<ContactView> chosen = List.of(contact(grace, "Ms. Grace Wanjiru", RoleType.POA_NPC, "g@example.org", null),
                contact(grace, "Ms. Grace Wanjiru", RoleType.ITI_GENERAL, "g@example.org", null),
                contact(PersonId.random(), "Supt. James Otieno", RoleType.ITI_TRACING, "j@example.org", null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.vcards(chosen, Locale.ENGLISH, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, text.split("BEGIN:VCARD", -1).length - 1);
        assertTrue(text.contains("ORG:National Police Service"));
        assertTrue(asked.isEmpty(), "the chosen rows are not searched again");
    }

    @Test
    void csvCellsThatLookLikeFormulasAreDefused() {
        assertEquals("'=1+1", ContactExports.csvCell("=1+1"));
        assertEquals("'+A1", ContactExports.csvCell("+A1"));
        assertEquals("+254 20 000 0001", ContactExports.csvCell("+254 20 000 0001"));
        assertEquals("-5", ContactExports.csvCell("-5"));
        assertEquals("'\tx", ContactExports.csvCell("\tx"));
        assertEquals("2025-08-23", ContactExports.csvCell(DAY));
        assertEquals("", ContactExports.csvCell(null));
    }
}
