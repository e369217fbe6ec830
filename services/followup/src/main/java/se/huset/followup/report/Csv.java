package se.huset.followup.report;

import io.micronaut.http.HttpResponse;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** A CSV download as the reports show it: suppressed cells stay "<5", a breakdown is written "key=value; …". */
public final class Csv {

    private final StringBuilder text = new StringBuilder();

    private Csv(String... header) {
        row((Object[]) header);
    }

    public static Csv of(String... header) {
        return new Csv(header);
    }

    public Csv row(Object... cells) {
        text.append(Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(","))).append('\n');
        return this;
    }

    public HttpResponse<String> download(String filename) {
        return HttpResponse.ok(text.toString()).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String cell(Object value) {
        String s = value == null ? "" : value instanceof Map<?, ?> m ? m.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")) : value.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
