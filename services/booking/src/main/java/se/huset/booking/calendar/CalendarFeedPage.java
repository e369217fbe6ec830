package se.huset.booking.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import se.huset.contracts.security.Roles;
import se.huset.kit.web.PageDates;
import se.huset.kit.web.PageMessages;

import java.util.HashMap;
import java.util.Map;

/** A staff member's calendar link for the phone: created or renewed here, shown once. */
@Controller("/booking")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.RECEPTION, Roles.THERAPIST, Roles.SOCIAL_WORKER, Roles.HOUSING_STAFF})
public class CalendarFeedPage {

    private final StaffCalendarRepository calendars;
    private final FeedTokens feedTokens;
    private final CalendarFeedController feedUrls;
    private final PageMessages messages;

    public CalendarFeedPage(StaffCalendarRepository calendars, FeedTokens feedTokens, CalendarFeedController feedUrls,
                            PageMessages messages) {
        this.calendars = calendars;
        this.feedTokens = feedTokens;
        this.feedUrls = feedUrls;
        this.messages = messages;
    }

    @Get("/calendar-feed")
    @Transactional
    public ModelAndView<Map<String, Object>> calendarFeed(HttpRequest<?> request, Authentication auth) {
        return feedPage(messages.forRequest(request).dates(), auth.getName(), null);
    }

    @Post("/calendar-feed")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public ModelAndView<Map<String, Object>> renewCalendarFeed(HttpRequest<?> request, Authentication auth) {
        return feedPage(messages.forRequest(request).dates(), auth.getName(),
                feedTokens.renew(auth.getName()).map(feedUrls::urlFor).orElse(null));
    }

    private ModelAndView<Map<String, Object>> feedPage(PageDates times, String username, @Nullable String url) {
        Map<String, Object> model = new HashMap<>();
        model.put("hasCalendar", calendars.find(username).isPresent());
        model.put("url", url);
        model.put("renewedAt", calendars.feedRenewedAt(username).map(times::dayAndTime).orElse(null));
        return new ModelAndView<>("booking/calendar-feed", model);
    }
}
