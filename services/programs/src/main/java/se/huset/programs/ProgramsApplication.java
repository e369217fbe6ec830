package se.huset.programs;

import se.huset.kit.HusetApplication;

public final class ProgramsApplication {

    private ProgramsApplication() {
    }

    public static void main(String[] args) {
        HusetApplication.run(ProgramsApplication.class, args);
    }
}
