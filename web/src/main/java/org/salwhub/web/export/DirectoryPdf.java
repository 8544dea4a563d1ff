package org.salwhub.web.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.awt.Color;
import java.io.OutputStream;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.CoordinationBodyView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.web.i18n.Formats;
import org.salwhub.web.i18n.Messages;

/**
 * PDF exports of the directory: a filtered list (as the CSV and XLSX exports, A4 landscape) and the printable
 * directory by subregion. Written in the reader's language, right to left in Arabic; Arabic names are shaped
 * (OpenPDF's {@code ArabicLigaturizer}, through the cells' run direction) in an embedded font, see {@link PdfFonts}.
 */
@ApplicationScoped
public class DirectoryPdf {

    @Inject
    Clock clock;

    public static final String MEDIA_TYPE = "application/pdf";
    /** Rows added to the document at a time: a long list is written as it is read. */
    static final int FLUSH_ROWS = 200;

    private static final Color HEADER = new Color(0x14, 0x36, 0x5d);
    private static final Color LIGHT = new Color(0xf4, 0xf1, 0xea);
    static final Color MUTED = new Color(0x5f, 0x6b, 0x76);

    @Inject
    ContactExports exports;

    @Inject
    DirectoryFacade directory;

    @Inject
    RegistryFacade registry;

    // ------------------------------------------------------------------ the filtered list

    /** The contacts the query matches, one row per role, with the columns of the CSV export. */
    public void contacts(ContactQuery query, Locale locale, OutputStream out) {
        writeContacts(consumer -> exports.forEachPage(query, consumer), exports.labels(locale), out);
    }

    static void writeContacts(Consumer<Consumer<List<ContactView>>> pages, ContactExports.Labels labels,
                              OutputStream out) {
        Locale locale = labels.locale();
        boolean rtl = rtl(locale);
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 30, 30);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
            document.addTitle(Messages.text(locale, "directory.title"));
            document.addCreator("SALW Hub");
            document.open();
            document.add(heading(Messages.text(locale, "directory.title"), 15, rtl));
            document.add(line(Messages.text(locale, "pdf.compiled", Formats.date(LocalDate.now(), locale)), 8, MUTED,
                    rtl));
            // person, role, State, agency, e-mail, phone, languages, from, verified, verification
            int[] columns = {0, 2, 3, 4, 5, 6, 7, 8, 10, 11};
            float[] widths = {15, 13, 7, 13, 15, 9, 7, 7, 7, 7};
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
            table.setHeaderRows(1);
            table.setComplete(false);
            List<String> headers = labels.headers();
            for (int c : columns) {
                table.addCell(headerCell(headers.get(c), rtl));
            }
            int[] rows = {0};
            pages.accept(page -> {
                for (ContactView contact : page) {
                    List<Object> values = labels.row(contact);
                    for (int c : columns) {
                        Object value = values.get(c);
                        String text = value instanceof LocalDate day ? Formats.date(day, locale)
                                : value == null ? "" : value.toString();
                        if (c == 0 && contact.latinName() != null && !contact.latinName().isBlank()) {
                            text = text + "\n" + contact.latinName();
                        }
                        table.addCell(cell(text, 7.5f, rtl, rows[0] % 2 == 1));
                    }
                    if (++rows[0] % FLUSH_ROWS == 0) {
                        add(document, table);
                    }
                }
            });
            if (rows[0] == 0) {
                PdfPCell none = cell(Messages.text(locale, "table.empty"), 8, rtl, false);
                none.setColspan(columns.length);
                table.addCell(none);
            }
            table.setComplete(true);
            document.add(table);
            document.add(line(Messages.text(locale, "pdf.rows", rows[0]), 8, MUTED, rtl));
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF export failed", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    // ------------------------------------------------------------------ the printable directory

    /** The member States by subregion (in the order of the M49 standard), each State with its entries. */
    public PrintableDirectory printable(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Map<Subregion, List<PrintableDirectory.StateEntry>> bySubregion = new LinkedHashMap<>();
        List<StateView> members = new ArrayList<>(registry.memberStates());
        members.sort(Comparator.comparing((StateView s) -> s.subregion() == null ? Integer.MAX_VALUE
                : s.subregion().ordinal()).thenComparing(s -> s.name().in(locale), collator));
        for (StateView state : members) {
            bySubregion.computeIfAbsent(state.subregion(), k -> new ArrayList<>()).add(
                    new PrintableDirectory.StateEntry(state, state.name().in(locale),
                            directory.coordinationBody(state.id()).orElse(null), directory.agencies(state.id()),
                            directory.currentContacts(state.id(), null)));
        }
        List<PrintableDirectory.Section> sections = new ArrayList<>();
        bySubregion.forEach((subregion, states) -> sections.add(new PrintableDirectory.Section(subregion, states)));
        return new PrintableDirectory(sections, LocalDate.now(clock));
    }

    public void printable(PrintableDirectory printable, Locale locale, OutputStream out) {
        writePrintable(printable, exports.labels(locale), out);
    }

    static void writePrintable(PrintableDirectory printable, ContactExports.Labels labels, OutputStream out) {
        Locale locale = labels.locale();
        boolean rtl = rtl(locale);
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
            document.addTitle(Messages.text(locale, "printable.title"));
            document.addCreator("SALW Hub");
            document.open();
            document.add(heading(Messages.text(locale, "printable.title"), 18, rtl));
            document.add(line(Messages.text(locale, "pdf.compiled", Formats.date(printable.compiledOn(), locale)), 8,
                    MUTED, rtl));
            for (PrintableDirectory.Section section : printable.sections()) {
                document.add(band(Messages.text(locale, "reporting.group." + (section.subregion() == null ? "OTHER"
                        : section.subregion().name())), rtl));
                for (PrintableDirectory.StateEntry state : section.states()) {
                    document.add(heading(state.name() + "  ·  " + state.state().iso2(), 12.5f, rtl));
                    document.add(body(state, labels, rtl));
                    document.add(agencies(state, labels, rtl));
                    document.add(contacts(state, labels, rtl));
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF export failed", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static PdfPTable body(PrintableDirectory.StateEntry state, ContactExports.Labels labels, boolean rtl) {
        Locale locale = labels.locale();
        CoordinationBodyView body = state.body();
        PdfPTable table = facts(rtl);
        if (body == null) {
            table.addCell(wide(Messages.text(locale, "state.body.none"), rtl));
            return table;
        }
        fact(table, Messages.text(locale, "state.body"), body.name(), rtl);
        fact(table, Messages.text(locale, "state.body.type"), Messages.text(locale, "bodyType." + body.type().name()),
                rtl);
        if (body.legalBasis() != null && !body.legalBasis().isBlank()) {
            fact(table, Messages.text(locale, "state.body.legalBasis"), body.legalBasis(), rtl);
        }
        if (body.establishedOn() != null) {
            fact(table, Messages.text(locale, "state.body.established"), Formats.date(body.establishedOn(), locale),
                    rtl);
        }
        fact(table, Messages.text(locale, "state.body.balance"), Messages.text(locale, "pdf.balance",
                body.membersWomen(), body.membersMen(), body.leadersWomen(), body.leadersMen()), rtl);
        return table;
    }

    private static PdfPTable agencies(PrintableDirectory.StateEntry state, ContactExports.Labels labels, boolean rtl) {
        Locale locale = labels.locale();
        PdfPTable table = facts(rtl);
        List<String> names = new ArrayList<>();
        for (AgencyView agency : state.agencies()) {
            names.add(agency.name() + (agency.acronym() == null ? "" : " (" + agency.acronym() + ")") + " — "
                    + Messages.text(locale, "agencyType." + agency.type().name()));
        }
        fact(table, Messages.text(locale, "state.agencies"), names.isEmpty() ? Messages.text(locale,
                "state.agencies.none") : String.join("\n", names), rtl);
        return table;
    }

    private static PdfPTable contacts(PrintableDirectory.StateEntry state, ContactExports.Labels labels, boolean rtl) {
        Locale locale = labels.locale();
        if (state.contacts().isEmpty()) {
            return single(Messages.text(locale, "state.vacant"), 8.5f, false, MUTED, null, rtl, 10);
        }
        PdfPTable table = new PdfPTable(new float[] {24, 26, 22, 28});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        table.setHeaderRows(1);
        for (String key : List.of("directory.role", "directory.person", "directory.agency", "pdf.contactDetails")) {
            table.addCell(headerCell(Messages.text(locale, key), rtl));
        }
        int row = 0;
        for (ContactView contact : state.contacts()) {
            boolean shaded = row++ % 2 == 1;
            table.addCell(cell(labels.role(contact), 8, rtl, shaded));
            String person = contact.personName() + (contact.latinName() == null || contact.latinName().isBlank()
                    ? "" : "\n" + contact.latinName());
            table.addCell(cell(person, 8, rtl, shaded));
            table.addCell(cell(contact.agencyName(), 8, rtl, shaded));
            List<String> details = new ArrayList<>();
            if (contact.email() != null) {
                details.add(contact.email());
            }
            if (contact.phone() != null) {
                details.add(contact.phone());
            }
            details.add(Messages.text(locale, "verification." + contact.verification().name()) + " · "
                    + Formats.date(contact.lastVerified(), locale));
            table.addCell(lines(details, 8, rtl, shaded));
        }
        return table;
    }

    // ------------------------------------------------------------------ building blocks

    static boolean rtl(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    private static void add(Document document, PdfPTable table) {
        try {
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF export failed", e);
        }
    }

    /** Every piece of text goes into a cell: cells apply the run direction, hence bidi and Arabic shaping. */
    static PdfPCell cell(String text, float size, boolean rtl, boolean shaded) {
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, size, false, Color.BLACK));
        cell.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        cell.setPadding(3);
        cell.setBorderColor(new Color(0xdf, 0xe3, 0xe8));
        if (shaded) {
            cell.setBackgroundColor(LIGHT);
        }
        return cell;
    }

    /**
     * Lines each in the direction of its own script: in Arabic, a telephone number or an e-mail address keeps its
     * left-to-right order (in one right-to-left paragraph "+249 183 000 001" would read "001 000 183 249+").
     */
    private static PdfPCell lines(List<String> lines, float size, boolean rtl, boolean shaded) {
        PdfPTable inner = new PdfPTable(1);
        inner.setWidthPercentage(100);
        inner.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        for (String line : lines) {
            PdfPCell cell = new PdfPCell(PdfFonts.phrase(line, size, false, Color.BLACK));
            boolean arabic = ContactExports.containsArabic(line) || rtl && !line.matches("[\\p{ASCII}]*");
            cell.setRunDirection(arabic ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
            cell.setHorizontalAlignment(rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(1);
            inner.addCell(cell);
        }
        PdfPCell cell = new PdfPCell(inner);
        cell.setPadding(3);
        cell.setBorderColor(new Color(0xdf, 0xe3, 0xe8));
        if (shaded) {
            cell.setBackgroundColor(LIGHT);
        }
        return cell;
    }

    static PdfPCell headerCell(String text, boolean rtl) {
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, 8, true, Color.WHITE));
        cell.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        cell.setBackgroundColor(HEADER);
        cell.setPadding(4);
        cell.setBorderColor(HEADER);
        return cell;
    }

    static PdfPTable heading(String text, float size, boolean rtl) {
        return single(text, size, true, HEADER, null, rtl, 4);
    }

    static PdfPTable line(String text, float size, Color color, boolean rtl) {
        return single(text, size, false, color, null, rtl, 6);
    }

    private static PdfPTable band(String text, boolean rtl) {
        return single(text, 13, true, Color.WHITE, HEADER, rtl, 8);
    }

    private static PdfPTable single(String text, float size, boolean bold, Color color, Color background,
                                    boolean rtl, float after) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(after);
        table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, size, bold, color));
        cell.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(background == null ? 1 : 5);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(cell);
        return table;
    }

    private static PdfPTable facts(boolean rtl) {
        PdfPTable table = new PdfPTable(new float[] {25, 75});
        table.setWidthPercentage(100);
        table.setSpacingAfter(4);
        table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        return table;
    }

    private static void fact(PdfPTable table, String label, String value, boolean rtl) {
        PdfPCell name = new PdfPCell(PdfFonts.phrase(label, 8, true, MUTED));
        name.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        name.setBorder(Rectangle.NO_BORDER);
        name.setPadding(2);
        table.addCell(name);
        PdfPCell text = new PdfPCell(PdfFonts.phrase(value, 8.5f, false, Color.BLACK));
        text.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        text.setBorder(Rectangle.NO_BORDER);
        text.setPadding(2);
        table.addCell(text);
    }

    private static PdfPCell wide(String text, boolean rtl) {
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, 8.5f, false, MUTED));
        cell.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        cell.setColspan(2);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }
}
