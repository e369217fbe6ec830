package se.huset.followup;

import se.huset.kit.HusetApplication;

public final class FollowupApplication {

    private FollowupApplication() {
    }

    public static void main(String[] args) {
        HusetApplication.run(FollowupApplication.class, args);
    }
}
