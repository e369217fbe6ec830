package se.huset.launcher;

/** The launcher's voice: a step, a line under it, a warning. */
final class Console {

    private Console() {
    }

    static void step(String text) {
        System.out.println("==> " + text);
    }

    static void say(String text) {
        System.out.println(text);
    }

    static void warn(String text) {
        System.err.println("huset: warning: " + text);
    }
}
