package se.huset.intake;

import se.huset.kit.HusetApplication;

public final class IntakeApplication {

    private IntakeApplication() {
    }

    public static void main(String[] args) {
        HusetApplication.run(IntakeApplication.class, args);
    }
}
