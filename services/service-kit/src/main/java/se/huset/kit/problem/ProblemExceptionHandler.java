package se.huset.kit.problem;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import se.huset.kit.web.LayoutModel;
import se.huset.kit.web.PageRequests;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A refused request: problem+json for API clients; a browser that opened a page (a bad date or cursor in its
 * address, a record that is not there) gets a page with the same status that says what was wrong and leads on.
 * Rendered here with the views renderer, since Micronaut Views leaves an exception handler's ModelAndView to the
 * JSON codec (micronaut-core #654).
 */
@Produces
@Singleton
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;
    private final LayoutModel layout;

    public ProblemExceptionHandler(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views, LayoutModel layout) {
        this.views = views;
        this.layout = layout;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        Problem problem = exception.problem();
        if (!PageRequests.isPage(request)) {
            return ProblemResponses.of(problem);
        }
        ModelAndView<Map<String, Object>> page = new ModelAndView<>("kit/problem",
                new HashMap<>(Map.of("problem", problem, "page", request.getPath())));
        layout.process(request, page);
        Writable view = views.render(page.getView().orElseThrow(), page.getModel().orElseThrow(), request);
        StringWriter html = new StringWriter();
        try {
            view.writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.status(HttpStatus.valueOf(problem.status())).contentType(MediaType.TEXT_HTML_TYPE)
                .body(html.toString());
    }
}
