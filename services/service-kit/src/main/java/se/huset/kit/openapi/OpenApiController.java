package se.huset.kit.openapi;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /api/{service}/openapi.yml}: this process's OpenAPI document, generated from its controllers when it is
 * compiled (micronaut-openapi writes {@value #DOCUMENT}); the gateway's Swagger UI reads every process's through the
 * gateway. Any signed-in user may read it: it describes routes, never a client.
 *
 * <p>service-kit's controllers describe their operations with {@code @Operation}, not Javadoc: each service's
 * document is generated from their class files ({@code @OpenAPIInclude}), where Javadoc is gone.
 */
@Controller("/api/${huset.service.name}/openapi.yml")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class OpenApiController {

    public static final String DOCUMENT = "META-INF/swagger/openapi.yml";

    private final Optional<String> document;

    public OpenApiController(ResourceResolver resources) {
        this.document = resources.getResourceAsStream("classpath:" + DOCUMENT).map(OpenApiController::read);
    }

    @Operation(description = """
            This process's OpenAPI document (YAML): every route, with its parameters, answers and the roles that may
            call it, generated from the code when it was built.

            Who may call it: any signed-in user.
            """)
    @Get(produces = MediaType.APPLICATION_YAML)
    public HttpResponse<String> document() {
        return document.map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
