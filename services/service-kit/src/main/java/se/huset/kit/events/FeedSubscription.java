package se.huset.kit.events;

/** The fixed parts of a {@link FeedConsumer}: the service it reads, its cursor's name, the producer's base URL. */
public abstract class FeedSubscription implements FeedConsumer {

    private final String source;
    private final String name;
    private final String baseUrl;

    protected FeedSubscription(String source, String name, String baseUrl) {
        this.source = source;
        this.name = name;
        this.baseUrl = baseUrl;
    }

    @Override
    public final String source() {
        return source;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String baseUrl() {
        return baseUrl;
    }
}
