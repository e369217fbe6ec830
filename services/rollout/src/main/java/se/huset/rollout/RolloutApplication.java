package se.huset.rollout;

import se.huset.kit.HusetApplication;

public final class RolloutApplication {

    private RolloutApplication() {
    }

    public static void main(String[] args) {
        HusetApplication.run(RolloutApplication.class, args);
    }
}
