package se.huset.rollout.report;

import io.micronaut.core.annotation.Nullable;
import se.huset.contracts.stats.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The KPI figures as the pages and the PDF show them: shares as percent, money in whole kronor, ages in min/h/d.
 * Days and times are the kit's {@link se.huset.kit.web.PageDates} ({@code fmt} in a model); this is {@code figures}.
 */
public final class Figures {

    public static final Figures INSTANCE = new Figures();
    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    private Figures() {
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

    private static String number(NumberFormat f, BigDecimal value) {
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }
}
