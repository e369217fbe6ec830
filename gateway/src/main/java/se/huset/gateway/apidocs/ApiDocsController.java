package se.huset.gateway.apidocs;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import se.huset.gateway.proxy.Routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api-docs}: Swagger UI over the OpenAPI document of the gateway and of every service it routes to, each
 * read through the gateway at {@code /api/{process}/openapi.yml}. For any signed-in user, as the documents are.
 */
@Controller("/api-docs")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ApiDocsController {

    private final Routes routes;

    public ApiDocsController(Routes routes) {
        this.routes = routes;
    }

    /** Swagger UI, first on the gateway's document, with a link to each document. */
    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> page() {
        List<Document> documents = new ArrayList<>();
        documents.add(Document.of("gateway"));
        routes.all().keySet().forEach(service -> documents.add(Document.of(service)));
        return new ModelAndView<>("gateway/api-docs", Map.of("documents", documents));
    }

    public record Document(String name, String href) {
        static Document of(String process) {
            return new Document(process, "/api/" + process + "/openapi.yml");
        }
    }
}
