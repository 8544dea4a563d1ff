package org.salwhub.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.directory.DirectoryImportFacade;
import org.salwhub.registry.api.directory.ImportRow;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

class ContactCsvTest {

    private static final String HEADER = String.join(",", DirectoryImportFacade.COLUMNS);
    private static final String ROW = "KE,Ms.,Njeri,Kamau,,F,en sw,n.kamau@example.org,+254 20 1234567,"
            + "National Police Service,Inspector,ITI tracing,2025-03-01";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static FieldError refused(byte[] csv) {
        ValidationException refused = assertThrows(ValidationException.class, () -> ContactCsv.read(csv));
        assertEquals(1, refused.errors().size(), refused.errors().toString());
        FieldError error = refused.errors().get(0);
        assertEquals("file", error.field());
        return error;
    }

    @Test
    void readsTheTemplatesColumnsWithCommas() {
        ContactCsv.Table table = ContactCsv.read(utf8(HEADER + "\n" + ROW + "\n"));
        assertEquals(DirectoryImportFacade.COLUMNS, table.columns());
        assertEquals(1, table.rows().size());
        ContactCsv.Row row = table.rows().get(0);
        assertEquals(2, row.line(), "the header is line 1");
        assertEquals("KE", row.get("state"));
        assertEquals("Kamau", row.get("family_name"));
        assertEquals("", row.get("latin_name"));
        assertEquals("ITI tracing", row.get("role"));
        assertEquals(0, row.extraValues());
    }

    @Test
    void readsSemicolonsAByteOrderMarkAndCrLf() {
        String text = "\uFEFF" + HEADER.replace(',', ';') + "\r\n" + ROW.replace(',', ';') + "\r\n";
        ContactCsv.Table table = ContactCsv.read(utf8(text));
        assertEquals("state", table.columns().get(0), "the byte order mark is not part of the first column's name");
        assertEquals("KE", table.rows().get(0).get("state"));
        assertEquals("n.kamau@example.org", table.rows().get(0).get("email"));
    }

    @Test
    void semicolonsWithCommasInsideValues() {
        ContactCsv.Table table = ContactCsv.read(utf8("state;family_name;email;agency\n"
                + "KE;Kamau;k@example.org;Kenya Revenue Authority, Customs and Border Control\n"));
        assertEquals("Kenya Revenue Authority, Customs and Border Control", table.rows().get(0).get("agency"));
    }

    @Test
    void excelsSeparatorLine() {
        ContactCsv.Table table = ContactCsv.read(utf8("sep=;\nstate;family_name;email\nKE;Kamau;k@example.org\n"));
        assertEquals(List.of("state", "family_name", "email"), table.columns());
        assertEquals(3, table.rows().get(0).line());
    }

    @Test
    void headersInAnyCaseOrderAndSpellingWithQuotesAndBlankLines() {
        String text = "\"E-mail\", Family Name ,STATE,Given_Name\n"
                + "\n"
                + "a@example.org,\"O'Neil, Jr.\",ke,Pat\n"
                + ",,,\n"
                + "\"b@example.org\",\"Multi\nline\",SD,\n";
        ContactCsv.Table table = ContactCsv.read(utf8(text));
        assertEquals(List.of("email", "family_name", "state", "given_name"), table.columns());
        assertEquals(2, table.rows().size(), "blank lines are skipped");
        assertEquals(3, table.rows().get(0).line(), "line numbers count the blank line");
        assertEquals("O'Neil, Jr.", table.rows().get(0).get("family_name"));
        assertEquals("ke", table.rows().get(0).get("state"));
        assertEquals("Multi\nline", table.rows().get(1).get("family_name"));
        assertEquals("", table.rows().get(1).get("given_name"));
        assertEquals(Map.of("email", "b@example.org", "family_name", "Multi\nline", "state", "SD", "given_name", ""),
                table.rows().get(1).cells());
    }

    @Test
    void shortRowsAreBlankAtTheEndAndLongRowsAreCounted() {
        ContactCsv.Table table = ContactCsv.read(utf8("state,family_name,email,,\nKE,Kamau\nKE,Otieno,o@example.org,,x,y\n"));
        assertEquals(List.of("state", "family_name", "email"), table.columns(), "unnamed trailing columns are ignored");
        assertEquals("", table.rows().get(0).get("email"));
        assertEquals(0, table.rows().get(0).extraValues());
        assertEquals(2, table.rows().get(1).extraValues());
    }

    @Test
    void arabicNamesSurviveUtf8() {
        ContactCsv.Table table = ContactCsv.read(utf8("state,given_name,family_name,latin_name,email\n"
                + "SD,خالد,إبراهيم,Khalid Ibrahim,k.ibrahim@example.sd\n"));
        assertEquals("إبراهيم", table.rows().get(0).get("family_name"));
    }

    // ------------------------------------------------------------------ malformed files

    @Test
    void anEmptyFile() {
        assertEquals("import.empty", refused(new byte[0]).code());
        assertEquals("import.empty", refused(utf8("  \n\n")).code());
    }

    @Test
    void aHeaderWithoutRows() {
        assertEquals("import.noRows", refused(utf8(HEADER + "\n\n")).code());
    }

    @Test
    void noHeaderRow() {
        FieldError error = refused(utf8(ROW + "\n" + ROW + "\n"));
        assertEquals("import.noHeader", error.code());
        assertTrue(error.args().get(0).contains("family_name"), error.toString());
    }

    @Test
    void missingRequiredColumnsAreNamed() {
        FieldError error = refused(utf8("state,given_name\nKE,Njeri\n"));
        assertEquals("import.missingColumns", error.code());
        assertEquals(List.of("family_name, email"), error.args());
    }

    @Test
    void unknownAndDuplicateColumns() {
        FieldError unknown = refused(utf8("state,family_name,emial\nKE,Kamau,k@example.org\n"));
        assertEquals("import.unknownColumns", unknown.code());
        assertEquals("emial", unknown.args().get(0));
        assertTrue(unknown.args().get(1).contains("email"));
        FieldError duplicate = refused(utf8("state,family_name,email,Email\nKE,Kamau,a@example.org,b@example.org\n"));
        assertEquals("import.duplicateColumns", duplicate.code());
        assertEquals(List.of("email"), duplicate.args());
    }

    @Test
    void notUtf8() {
        byte[] latin1 = "state,family_name,email\nCI,Kouamé,k@example.ci\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("import.encoding", refused(latin1).code());
        byte[] utf16 = ("\uFEFF" + HEADER + "\n" + ROW).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("import.encoding", refused(utf16).code());
    }

    @Test
    void notTextAtAll() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
        assertEquals("import.notCsv", refused(zip).code());
        assertEquals("import.notCsv", refused(utf8("%PDF-1.7\n%âãÏÓ\n")).code());
        assertEquals("import.notCsv", refused(new byte[] {'a', 'b', 0, 'c'}).code());
    }

    @Test
    void jsonIsNoCsv() {
        assertEquals("import.noHeader", refused(utf8("{\"persons\": [{\"name\": \"Kamau\"}]}")).code());
    }

    @Test
    void anUnclosedQuote() {
        FieldError error = refused(utf8("state,family_name,email\nKE,Kamau,a@example.org\nKE,\"Otieno,b@example.org\n"));
        assertEquals("import.malformed", error.code());
        assertEquals(List.of("3"), error.args(), "the row where reading failed");
    }

    @Test
    void tooLarge() {
        byte[] big = new byte[DirectoryImportFacade.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        FieldError error = refused(big);
        assertEquals("import.tooLarge", error.code());
        assertEquals(List.of("5"), error.args());
    }

    @Test
    void tooManyRows() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("state,family_name,email\n"));
        for (int i = 0; i <= DirectoryImportFacade.MAX_ROWS; i++) {
            out.writeBytes(utf8("KE,P" + i + ",p" + i + "@example.org\n"));
        }
        assertEquals("import.tooManyRows", refused(out.toByteArray()).code());
        // exactly the limit is fine
        ByteArrayOutputStream limit = new ByteArrayOutputStream();
        limit.writeBytes(utf8("state,family_name,email\n"));
        for (int i = 0; i < DirectoryImportFacade.MAX_ROWS; i++) {
            limit.writeBytes(utf8("KE,P" + i + ",p" + i + "@example.org\n"));
        }
        assertEquals(DirectoryImportFacade.MAX_ROWS, ContactCsv.read(limit.toByteArray()).rows().size());
    }

    // ------------------------------------------------------------------ cells

    @Test
    void sexes() {
        assertEquals(Sex.FEMALE, ContactCsv.sex("F"));
        assertEquals(Sex.FEMALE, ContactCsv.sex(" female "));
        assertEquals(Sex.MALE, ContactCsv.sex("m"));
        assertEquals(Sex.MALE, ContactCsv.sex("Male"));
        assertEquals(Sex.UNDISCLOSED, ContactCsv.sex("undisclosed"));
        assertNull(ContactCsv.sex("x"));
    }

    @Test
    void languagesSeparatedBySpacesOrPipes() {
        assertEquals(List.of("en", "sw"), ContactCsv.languages("en sw"));
        assertEquals(List.of("ar", "en", "fr"), ContactCsv.languages("AR|en | fr"));
        assertEquals(List.of("en", "fr"), ContactCsv.languages("en,fr,en"));
        assertEquals(List.of(), ContactCsv.languages("  "));
    }

    @Test
    void rolesByNameOrFriendlyName() {
        assertEquals(RoleType.POA_NPC, ContactCsv.role("POA_NPC"));
        assertEquals(RoleType.POA_NPC, ContactCsv.role("PoA"));
        assertEquals(RoleType.POA_NPC, ContactCsv.role("poa npc"));
        assertEquals(RoleType.ITI_TRACING, ContactCsv.role("ITI tracing"));
        assertEquals(RoleType.ITI_TRACING, ContactCsv.role("iti-tracing"));
        assertEquals(RoleType.ITI_GENERAL, ContactCsv.role("ITI"));
        assertEquals(RoleType.FIREARMS_PROTOCOL, ContactCsv.role("Firearms Protocol"));
        assertEquals(RoleType.ATT_NPC, ContactCsv.role("att"));
        assertEquals(RoleType.COMMISSION_HEAD, ContactCsv.role("Head of the commission"));
        assertEquals(RoleType.COMMISSION_SECRETARY, ContactCsv.role("commission_secretary"));
        assertEquals(RoleType.REGIONAL_LIAISON, ContactCsv.role("Regional liaison"));
        assertNull(ContactCsv.role("chief"));
        assertNull(ContactCsv.role(""));
    }

    @Test
    void datesAreIso() {
        assertEquals(LocalDate.of(2025, 3, 1), ContactCsv.date("2025-03-01"));
        assertNull(ContactCsv.date("01/03/2025"));
        assertNull(ContactCsv.date("2025-02-30"));
        assertNull(ContactCsv.date("2025-3-1"));
    }

    @Test
    void columnNames() {
        assertEquals("family_name", ContactCsv.columnName(" Family-Name "));
        assertEquals("email", ContactCsv.columnName("E-mail"));
        assertEquals("valid_from", ContactCsv.columnName("VALID FROM"));
        assertEquals("family_name", ImportRow.column("familyName"));
        assertEquals("state", ImportRow.column("stateId"));
        assertEquals("valid_from", ImportRow.column("validFrom"));
        assertEquals("email", ImportRow.column("email"));
    }
}
