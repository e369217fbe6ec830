package se.huset.intake.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.huset.contracts.intake.ClientIdentity;
import se.huset.contracts.security.Roles;
import se.huset.intake.contact.ContactFilter;
import se.huset.intake.contact.ContactRepository;
import se.huset.kit.consent.Visible;
import se.huset.kit.list.Cursor;
import se.huset.kit.list.ListParams;
import se.huset.kit.list.Page;
import se.huset.kit.problem.ProblemException;
import se.huset.kit.security.Staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Controller("/api/intake/clients")
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class ClientController {

    static final int MAX_IDS = 100;

    private final ClientQueries queries;
    private final Clock clock;

    public ClientController(ClientQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The client with a page of their contacts, newest first ({@code ?after=&limit=}, {@code contacts.next}). */
    @Get("/{clientId}")
    public ClientView get(UUID clientId, @Nullable @QueryValue String after, @Nullable @QueryValue String limit,
                          Authentication authentication) {
        return queries.get(Staff.of(authentication), clientId,
                Cursor.parse("after", after, ContactRepository.cursorKeys(ContactFilter.ofClient(clientId))),
                ListParams.limit(limit));
    }

    /**
     * Search by the start of a name (at least 2 characters) or one whole identifier, a page at a time, newest
     * clients first; only clients the reader may see, and nothing said of the others ({@link ClientQueries#search}).
     */
    @Get
    public Page<ClientView.Summary> search(@Nullable @QueryValue String q, @Nullable @QueryValue String limit,
                                           @Nullable @QueryValue String after, Authentication authentication) {
        ClientSearchTerm term = ClientSearchTerm.parse("q", q, LocalDate.now(clock));
        return queries.search(Staff.of(authentication), term, Cursor.parse("after", after, 2),
                ListParams.limit(limit, 20, 100));
    }

    /**
     * Names for another service's worklist: {@code ids} is a comma-separated list of at most 100 client ids.
     * Answers the identities the reader may see ({@code items}) and how many were withheld; never for service
     * tokens, whose jobs need no names.
     */
    @Get("/identities")
    public Visible<ClientIdentity> identities(@Nullable @QueryValue String ids, Authentication authentication) {
        return queries.identities(Staff.of(authentication), parseIds(ids));
    }

    static List<UUID> parseIds(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid("ids", "give one to " + MAX_IDS + " client ids, separated by commas");
        }
        String[] parts = raw.split(",", -1);
        if (parts.length > MAX_IDS) {
            throw ProblemException.invalid("ids", "at most " + MAX_IDS + " client ids at a time");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String part : parts) {
            try {
                ids.add(UUID.fromString(part.strip()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("ids", "every id must be a client id (a UUID)");
            }
        }
        return List.copyOf(ids);
    }
}
