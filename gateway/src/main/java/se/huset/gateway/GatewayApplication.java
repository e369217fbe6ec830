package se.huset.gateway;

import se.huset.kit.HusetApplication;

/** The edge of the suite: login and tokens, staff accounts, routing to the services, the home page. */
public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String[] args) {
        HusetApplication.run(GatewayApplication.class, args);
    }
}
