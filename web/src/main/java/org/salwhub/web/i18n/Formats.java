package org.salwhub.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Dates, numbers and money for the chosen language, with the digits of that language (Arabic-Indic for Arabic): {@code #{formats.money(amount, 'EUR')}} and friends. */
@Named("formats")
@RequestScoped
public class Formats {

    @Inject
    LanguageSelection language;

    public String date(LocalDate date) {
        return date(date, language.getLocale());
    }

    public String dateTime(Instant instant) {
        return dateTime(instant, language.getLocale(), ZoneId.systemDefault());
    }

    public String number(Number number) {
        return number(number, language.getLocale());
    }

    public String money(BigDecimal amount, String currency) {
        return money(amount, currency, language.getLocale());
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withDecimalStyle(DecimalStyle.of(locale)).format(date);
    }

    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withDecimalStyle(DecimalStyle.of(locale)).withZone(zone).format(instant);
    }

    public static String number(Number number, Locale locale) {
        return number == null ? "" : NumberFormat.getNumberInstance(locale).format(number);
    }

    public static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (currency != null) {
            Currency unit = Currency.getInstance(currency);
            format.setCurrency(unit);
            format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
            format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        }
        return format.format(amount);
    }
}
