package se.huset.rollout.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import se.huset.kit.web.PageMessages;
import se.huset.rollout.kpi.KpiBoard;
import se.huset.rollout.kpi.KpiPoint;
import se.huset.rollout.kpi.KpiView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Renders the dashboard's model through the report template (the dashboard's own fragments in a print shell)
 * to PDF, and writes the weekly KPI series as CSV.
 */
@Singleton
public class SteeringReport {

    static final String VIEW = "rollout/report";

    private final Dashboard dashboard;
    private final KpiBoard kpis;
    private final ThymeleafViewsRenderer<Map<String, Object>> views;
    private final PageMessages messages;

    public SteeringReport(Dashboard dashboard, KpiBoard kpis, ThymeleafViewsRenderer<Map<String, Object>> views,
                          PageMessages messages) {
        this.dashboard = dashboard;
        this.kpis = kpis;
        this.views = views;
        this.messages = messages;
    }

    public byte[] pdf(HttpRequest<?> request) {
        Map<String, Object> model = dashboard.model(messages.forRequest(request).dates());
        model.put("pdf", true);
        StringWriter html = new StringWriter();
        try {
            Writable page = views.render(VIEW, model, request);
            page.writeTo(html);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every KPI's weekly series (newest point per week), one row per point; suppressed values stay "<5". */
    public String csv() {
        List<KpiView> current = kpis.current();
        Map<String, List<KpiPoint>> series = kpis.trends(Instant.EPOCH);
        StringBuilder csv = new StringBuilder("kpi,title,source,collected_at,value,target,n,suppressed\r\n");
        for (KpiView k : current) {
            for (KpiPoint p : series.getOrDefault(k.code(), List.of())) {
                csv.append(cell(k.code())).append(',').append(cell(k.title())).append(',').append(cell(p.source()))
                        .append(',').append(p.collectedAt()).append(',')
                        .append(p.suppressed() ? "<5" : p.value().toPlainString()).append(',')
                        .append(p.target() == null ? "" : p.target().toPlainString()).append(',')
                        .append(p.n() == null ? "" : p.n()).append(',').append(p.suppressed()).append("\r\n");
            }
        }
        return csv.toString();
    }

    /** RFC 4180 quoting; a leading formula character is defused so a spreadsheet shows it as text. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches(".*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
