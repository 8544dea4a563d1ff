package org.salwhub.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.salwhub.fellowship.api.CallPhase;
import org.salwhub.fellowship.api.CallPhaseKind;
import org.salwhub.fellowship.api.FellowshipLetter;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.registry.api.StateView;
import org.salwhub.web.i18n.Formats;
import org.salwhub.web.i18n.Messages;

/**
 * Fellowship documents as PDF (OpenPDF 2.0, the last line for Java 17): the certificate of completion and the visa invitation letter, in the
 * reader's language. The font is DejaVu Sans, shipped in the war (its licence next to it), so that Latin and
 * Arabic names render on any machine; Arabic text is shaped and laid out right to left.
 */
public final class FellowshipPdfs {

    static final String FONT = "/org/salwhub/web/fonts/DejaVuSans.ttf";
    private static final java.awt.Color NAVY = new java.awt.Color(0x1f, 0x3b, 0x63);
    private static volatile BaseFont baseFont;

    private FellowshipPdfs() {
    }

    public static byte[] certificate(FellowshipLetter letter, StateView state, Locale locale) {
        NominationView fellow = letter.fellow();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 60, 50);
        return render(document, locale, table -> {
            line(table, Messages.text(locale, "fellowship.pdf.issuer"), 12, NAVY, locale, 6);
            line(table, Messages.text(locale, "fellowship.pdf.certificate.title"), 30, NAVY, locale, 24);
            line(table, Messages.text(locale, "fellowship.pdf.certificate.certifies"), 14, null, locale, 10);
            line(table, fellow.nomineeName(), 26, null, locale, 4);
            if (fellow.latinName() != null && !fellow.latinName().isBlank()
                    && !fellow.latinName().equals(fellow.nomineeName())) {
                line(table, fellow.latinName(), 16, null, locale, 4);
            }
            line(table, Messages.text(locale, "fellowship.pdf.certificate.of", stateName(state, locale)), 14, null,
                    locale, 14);
            line(table, Messages.text(locale, "fellowship.pdf.certificate.completed"), 14, null, locale, 6);
            line(table, letter.call().title(), 20, NAVY, locale, 6);
            if (letter.call().details().theme() != null) {
                line(table, letter.call().details().theme(), 12, null, locale, 6);
            }
            line(table, period(letter, locale), 12, null, locale, 30);
            line(table, Messages.text(locale, "fellowship.pdf.issued", Formats.date(LocalDate.now(), locale)), 11,
                    null, locale, 40);
            line(table, "______________________________", 12, null, locale, 2);
            line(table, Messages.text(locale, "fellowship.pdf.signatory"), 11, null, locale, 0);
        }, Element.ALIGN_CENTER);
    }

    public static byte[] visaInvitation(FellowshipLetter letter, StateView state, Locale locale) {
        NominationView fellow = letter.fellow();
        CallPhase inPerson = letter.call().details().phases().stream()
                .filter(p -> p.kind() == CallPhaseKind.IN_PERSON).findFirst().orElse(null);
        Document document = new Document(PageSize.A4, 60, 60, 60, 50);
        int align = isArabic(locale) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        return render(document, locale, table -> {
            line(table, Messages.text(locale, "fellowship.pdf.issuer"), 12, NAVY, locale, 20);
            line(table, Formats.date(LocalDate.now(), locale), 11, null, locale, 20);
            line(table, Messages.text(locale, "fellowship.pdf.visa.to"), 12, null, locale, 16);
            line(table, Messages.text(locale, "fellowship.pdf.visa.title"), 18, NAVY, locale, 16);
            String name = fellow.latinName() != null && !fellow.latinName().isBlank()
                    && !fellow.latinName().equals(fellow.nomineeName())
                    ? fellow.nomineeName() + " (" + fellow.latinName() + ")" : fellow.nomineeName();
            line(table, Messages.text(locale, "fellowship.pdf.visa.body", name,
                    nullToEmpty(fellow.application().currentPost()), nullToEmpty(fellow.application().agencyName()),
                    stateName(state, locale), letter.call().title()), 12, null, locale, 12);
            if (inPerson != null) {
                line(table, Messages.text(locale, "fellowship.pdf.visa.venue", nullToEmpty(inPerson.venue()),
                        Formats.date(inPerson.startsOn(), locale), Formats.date(inPerson.endsOn(), locale)), 12,
                        null, locale, 12);
            }
            line(table, Messages.text(locale, "fellowship.pdf.visa.costs"), 12, null, locale, 12);
            line(table, Messages.text(locale, "fellowship.pdf.visa.request"), 12, null, locale, 40);
            line(table, "______________________________", 12, null, locale, 2);
            line(table, Messages.text(locale, "fellowship.pdf.signatory"), 11, null, locale, 0);
        }, align);
    }

    private interface Content {
        void fill(Lines table) throws DocumentException;
    }

    /** One column of borderless cells, each a paragraph. */
    private record Lines(PdfPTable table, int align) {
    }

    private static byte[] render(Document document, Locale locale, Content content, int align) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("SALW Hub");
            document.open();
            PdfPTable table = new PdfPTable(1);
            table.setWidthPercentage(100);
            if (isArabic(locale)) {
                table.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
            }
            content.fill(new Lines(table, align));
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF not generated", e);
        }
        return out.toByteArray();
    }

    private static void line(Lines lines, String text, float size, java.awt.Color colour, Locale locale,
                             float spaceAfter) {
        Font font = new Font(font(), size, Font.NORMAL);
        if (colour != null) {
            font.setColor(colour);
        }
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(lines.align());
        cell.setPaddingBottom(spaceAfter);
        cell.setLeading(0, 1.35f);
        // Arabic script is shaped and set right to left, also inside an English or French document
        if (isArabic(locale) || hasArabic(text)) {
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
            cell.setArabicOptions(0);
        }
        lines.table().addCell(cell);
    }

    static BaseFont font() {
        if (baseFont == null) {
            synchronized (FellowshipPdfs.class) {
                if (baseFont == null) {
                    try (InputStream in = FellowshipPdfs.class.getResourceAsStream(FONT)) {
                        if (in == null) {
                            throw new IllegalStateException("font missing: " + FONT);
                        }
                        byte[] bytes = in.readAllBytes();
                        baseFont = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                                true, bytes, null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (DocumentException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return baseFont;
    }

    static boolean hasArabic(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private static boolean isArabic(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    private static String stateName(StateView state, Locale locale) {
        return state == null ? "" : state.name().in(locale);
    }

    private static String period(FellowshipLetter letter, Locale locale) {
        LocalDate from = letter.call().details().phases().stream().map(CallPhase::startsOn).min(LocalDate::compareTo)
                .orElse(null);
        LocalDate to = letter.call().details().phases().stream().map(CallPhase::endsOn).max(LocalDate::compareTo)
                .orElse(null);
        return from == null ? "" : Messages.text(locale, "fellowship.pdf.period", Formats.date(from, locale),
                Formats.date(to, locale));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
