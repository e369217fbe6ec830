package se.huset.rollout.report;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.stats.Unit;

import se.huset.kit.time.ClinicTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number formatting for the pages and the PDF: shares as percent, money in whole kronor, ages in min/h/d. */
public final class Formats {

    public static final Formats INSTANCE = new Formats();
    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClinicTime.ZONE);

    private Formats() {
    }

    public String value(@Nullable BigDecimal value, Unit unit) {
        if (value == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(SV);
        return switch (unit) {
            case SHARE -> {
                f.setMaximumFractionDigits(0);
                yield f.format(value.multiply(BigDecimal.valueOf(100))) + " %";
            }
            case SEK -> {
                f.setMaximumFractionDigits(0);
                yield f.format(value) + " kr";
            }
            case MINUTES -> number(f, value) + " min";
            case DAYS -> number(f, value) + " d";
            case HOURS -> number(f, value) + " h";
            case COUNT, GROUPS -> number(f, value);
        };
    }

    public String money(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(SV);
        f.setMaximumFractionDigits(0);
        return f.format(amount.setScale(0, RoundingMode.HALF_UP)) + " kr";
    }

    public String age(@Nullable Long minutes) {
        if (minutes == null) {
            return "–";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return (minutes / 60) + " h";
        }
        return (minutes / (24 * 60)) + " d";
    }

    /** A moment as Swedish local time, to the minute. */
    public String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String number(NumberFormat f, BigDecimal value) {
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }
}
